import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convert } from '../lambdas/pipeline';
import { repoRoot } from './support/shared';

const work = mkdtempSync(join(tmpdir(), 'speech-press-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// `npm run convert` is `node bin/run.mjs bin/convert.ts` (package.json): the cached bundle, as a user runs it
// (tsx compiled the whole pipeline again on every one of these runs).
// The timeout only stops a run that would never end (it is no assertion: such a run fails on its exit status).
function runCli(...args: string[]) {
  return spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), 'bin/convert.ts', ...args], { cwd: work, encoding: 'utf8', timeout: 120_000 });
}

describe('CLI: npm run convert -- <files…> --out <dir>', () => {
  it('documents its options and outputs in --help', () => {
    const result = runCli('--help');
    expect(result.status).toBe(0);
    for (const word of ['--out', '--variant', '--no-traditional', 'twp', '.error.json', '.clean.txt', '.docx', '.pdf', '.zh-Hant']) {
      expect(result.stdout).toContain(word);
    }
  });

  it('converts good files, reports each rejection with its code, and exits non-zero', () => {
    const good = join(repoRoot, 'samples', 'school-safety-web.txt');
    const inputs: Record<string, Uint8Array> = {
      'empty.txt': new Uint8Array(),
      'scan.txt': Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1'),
      'big.txt': Buffer.alloc(9000, 0x41),
      'garbled.txt': Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0xa1 + (i % 7) : 0xfe))),
    };
    for (const [name, bytes] of Object.entries(inputs)) writeFileSync(join(work, name), bytes);
    const out = join(work, 'out');
    const result = runCli(...Object.keys(inputs), good, '--out', out, '--max-bytes', '8000', '--no-traditional');

    expect(result.status).toBe(1);
    const codes = Object.fromEntries(
      Object.keys(inputs).map((name) => [name, JSON.parse(readFileSync(join(out, name.replace('.txt', '.error.json')), 'utf8')).code]),
    );
    expect(codes).toEqual({ 'empty.txt': 'empty-input', 'scan.txt': 'binary-input', 'big.txt': 'too-large', 'garbled.txt': 'bad-encoding' });
    const stderr = result.stderr.trim().split('\n');
    expect(stderr).toHaveLength(4);
    expect(stderr[0]).toMatch(/^empty\.txt: rejected \(empty-input\): /);

    // The sample stops at a read-more link: the CLI says so, and where.
    expect(result.stdout).toMatch(/school-safety-web\.txt: The source is cut off: at line \d+ the page has “阅读全文”/);

    // The good file after the rejected ones was still converted.
    const manifest = JSON.parse(readFileSync(join(out, 'school-safety-web.json'), 'utf8'));
    expect(manifest.schema).toBe(1);
    expect(manifest.title).toBe('在全市中小学校园安全工作会议上的讲话');
    expect(readFileSync(join(out, 'school-safety-web.clean.txt'), 'utf8').split('\n')[0]).toBe('在全市中小学校园安全工作会议上的讲话');
  });

  // One conversion on one thread serves two tests: the files convert() makes in-process, and the files the
  // edition thread makes (each a whole CLI process: ~1.3 s of CPU, most of it loading fonts). The sample
  // stops at a read-more link, so the printed warning is compared across threads too.
  const input = join(repoRoot, 'samples', 'school-safety-web.txt');
  const launch = (out: string, thread: 'on' | 'off', env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), 'bin/convert.ts', input, '--out', out], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, SPEECH_PRESS_EDITION_THREAD: thread, ...env },
    });
  let oneThreadRun: ReturnType<typeof launch> | undefined;
  const oneThread = () => (oneThreadRun ??= launch(join(work, 'one-thread'), 'off'));

  it('gives, through the bundled launcher behind `npm run convert`, exactly the files convert() makes in-process', async () => {
    const result = oneThread();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const expected = await convert(readFileSync(input), { sourceName: input });
    expect(readdirSync(join(work, 'one-thread')).sort()).toEqual(expected.files.map((file) => file.name).sort());
    for (const file of expected.files) expect(readFileSync(join(work, 'one-thread', file.name)).equals(Buffer.from(file.body)), file.name).toBe(true);
  });

  it('makes the same files and the same errors with the second edition on its own thread as on one thread', () => {
    const one = oneThread();
    const two = launch(join(work, 'two-threads'), 'on');
    // A thread that failed to start would still give the files, with a note on stderr.
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout.replace(/\d+ ms/, '').replace('two-threads', 'one-thread')).toBe(one.stdout.replace(/\d+ ms/, ''));
    const names = readdirSync(join(work, 'one-thread'));
    expect(names).toHaveLength(7);
    for (const name of names) expect(readFileSync(join(work, 'two-threads', name)).equals(readFileSync(join(work, 'one-thread', name))), name).toBe(true);

    // No fonts: the same internal error, exit code 3, whichever thread met it first.
    const noFonts = { SPEECH_PRESS_FONT_DIR: join(work, 'no-fonts-here') };
    const failedOne = launch(join(work, 'failed-one'), 'off', noFonts);
    const failedTwo = launch(join(work, 'failed-two'), 'on', noFonts);
    expect(failedOne.status).toBe(3);
    expect(failedTwo.status).toBe(3);
    const firstLine = (stderr: string) => stderr.split('\n')[0];
    expect(firstLine(failedOne.stderr)).toContain('internal error');
    expect(firstLine(failedTwo.stderr)).toBe(firstLine(failedOne.stderr));
  });

  // Which names are refused, and with which words: test/bin/input-names.test.ts, in-process. Here, that such a
  // refusal ends the process with exit code 2 before anything is written, and that the longest name allowed converts.
  it('refuses an input named like another input\'s output, or too long for its outputs\' names, before writing anything (exit 2)', () => {
    const sample = readFileSync(join(repoRoot, 'samples', 'school-safety-web.txt'));
    for (const name of ['a.txt', 'a.zh-Hant.txt']) writeFileSync(join(work, name), sample);
    const out = join(work, 'reserved');
    const hant = runCli('a.txt', 'a.zh-Hant.txt', '--out', out);
    expect(hant.status).toBe(2);
    expect(hant.stderr).toContain('a.zh-Hant.txt: names ending in ".zh-Hant" before .txt are reserved for outputs');
    expect(hant.stderr).not.toContain('internal error');
    expect(existsSync(out)).toBe(false);
    // 65 characters: the longest the shared limit allows, and its longest output name (`<stem>.zh-Hant.docx`) fits a file name.
    const longest = `${'话'.repeat(65)}.txt`;
    writeFileSync(join(work, longest), sample);
    const converted = runCli(longest, '--out', join(work, 'long'));
    expect(converted.status, converted.stderr).toBe(0);
    expect(existsSync(join(work, 'long', `${'话'.repeat(65)}.zh-Hant.docx`))).toBe(true);
  });

  it('refuses, before converting, to write an output over one of its inputs (a.json, b.pdf, c.docx converted into their own folder)', () => {
    const text = '同志们：\n今天我们开会。\n';
    const own = join(work, 'own');
    mkdirSync(own);
    for (const name of ['a.json', 'b.pdf', 'c.docx']) {
      writeFileSync(join(own, name), text);
      const result = runCli(join(own, name), '--out', own);
      expect(result.status).toBe(2);
      expect(result.stderr.split('\n')[0]).toBe(`convert: ${join(own, name)}: converting ${join(own, name)} into --out ${own} would overwrite it with ${join(own, name)}; give another --out folder or rename the input`);
      expect(readFileSync(join(own, name), 'utf8')).toBe(text);
    }
    expect(readdirSync(own).sort()).toEqual(['a.json', 'b.pdf', 'c.docx']);
  });

  it('refuses an input over --max-bytes without reading it whole, even an endless one (/dev/zero)', () => {
    if (!existsSync('/dev/zero')) return void console.warn('cli.test: no /dev/zero here; the endless input is not tried');
    const result = runCli('/dev/zero', '--max-bytes', '100', '--out', join(work, 'zero'));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('/dev/zero: rejected (too-large): The file is larger than 100 bytes; the limit is 100 bytes. Split the transcript or raise the limit.\n');
    expect(JSON.parse(readFileSync(join(work, 'zero', 'zero.error.json'), 'utf8')).code).toBe('too-large');
  });

  it('says in one line (exit 2) that --out is a file, a dangling link or cannot be created, and never hangs', () => {
    const input = join(repoRoot, 'samples', 'school-safety-web.txt');
    writeFileSync(join(work, 'a-file'), 'x');
    symlinkSync(join(work, 'nowhere'), join(work, 'dangling'));
    const outs = [join(work, 'a-file'), join(work, 'dangling'), ...(process.platform === 'linux' ? ['/proc/x'] : [])];
    if (process.platform !== 'linux') console.warn('cli.test: /proc exists only on Linux; --out /proc/x is not tried');
    for (const out of outs) {
      const result = runCli(input, '--out', out);
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`^convert: --out ${out}: [^\n]+\nTry --help\.\n$`));
    }
  });

  it('refuses a usage error with exit code 2', () => {
    expect(runCli('--variant', 'xx', 'a.txt').status).toBe(2);
    expect(runCli().status).toBe(2);
    expect(existsSync(join(work, 'out', 'a.error.json'))).toBe(false);
  });
});
