import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { convert, parseSpeech, renderConvertedEdition, type ConversionResult } from '../../lambdas/pipeline';
import { EditionThread, wantsEditionThread } from '../../lambdas/pipeline/edition-thread';
import { repoRoot } from '../support/shared';

/**
 * The converted-script edition made on a second thread must be the very edition this thread would make:
 * the same bytes, the same manifest entry, and on failure the same error.
 */

// A worker runs JavaScript: the fixture program bundled as bin/run.mjs bundles the CLI (under node_modules,
// so the fonts are found from it as from the CLI's bundle).
const bundleDir = join(repoRoot, 'node_modules', '.cache', 'speech-press-test');
mkdirSync(bundleDir, { recursive: true });
const entry = join(bundleDir, `edition-thread-entry-${process.pid}.cjs`);
buildSync({
  entryPoints: [join(repoRoot, 'test', 'fixtures', 'edition-thread-entry.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile: entry,
  logLevel: 'error',
  external: ['harfbuzzjs'],
});
const thread = new EditionThread(entry);
afterAll(async () => {
  await thread.close();
  rmSync(entry, { force: true });
});

const sample = readFileSync(join(repoRoot, 'samples', 'rural-revitalization-pdf.txt'));
const traditionalSample = readFileSync(join(repoRoot, 'samples', 'alumni-day-address-trad-utf16.txt'));

function sameFiles(a: ConversionResult, b: ConversionResult): void {
  expect(b.files.map((f) => f.name)).toEqual(a.files.map((f) => f.name));
  a.files.forEach((file, i) => expect(Buffer.from(b.files[i]!.body).equals(Buffer.from(file.body)), file.name).toBe(true));
}

describe('EditionThread', () => {
  it('makes the Traditional edition on its thread, byte for byte what convert() makes on one thread', async () => {
    const alone = await convert(sample, { sourceName: 'a.txt' });
    const together = await convert(sample, { sourceName: 'a.txt', convertedEditionMaker: thread.make });
    sameFiles(alone, together);
    expect(together.manifest).toEqual(alone.manifest);
    expect(thread.failures).toEqual([]);
    expect(thread.died).toBeUndefined();
  });

  it('makes the Simplified edition of a Traditional source and other variants the same way, one job after another', async () => {
    for (const [bytes, traditional] of [
      [traditionalSample, { variant: 'tw' }],
      [sample, { variant: 'hk', quotes: false }],
    ] as const) {
      const alone = await convert(bytes, { sourceName: 'b.txt', traditional });
      sameFiles(alone, await convert(bytes, { sourceName: 'b.txt', traditional, convertedEditionMaker: thread.make }));
    }
    expect(thread.failures).toEqual([]);
  });

  it('throws the error the edition throws on one thread when it fails on its own', async () => {
    const { document } = parseSpeech(sample);
    const bad = { variant: 'nope' } as unknown as Parameters<typeof renderConvertedEdition>[2];
    const here = await renderConvertedEdition(document, 'a', bad).then(() => null, (error: Error) => error);
    expect(here).toBeInstanceOf(Error);
    const there = await thread.make(document, 'a', bad).then(() => null, (error: Error) => error);
    expect(there?.constructor).toBe(here!.constructor);
    expect(there?.message).toBe(here!.message);
    expect(thread.failures).toHaveLength(1);
    expect(thread.failures[0]).toContain(here!.message);
    thread.failures.length = 0;
  });

  it('still makes the edition, here, when its thread cannot start', async () => {
    const broken = new EditionThread(join(repoRoot, 'test', 'fixtures', 'no-such-entry.mjs'));
    const alone = await convert(sample, { sourceName: 'a.txt' });
    sameFiles(alone, await convert(sample, { sourceName: 'a.txt', convertedEditionMaker: broken.make }));
    expect(broken.failures).toHaveLength(1);
    expect(broken.died).toBeDefined();
    await broken.close();
  });
});

describe('EditionThread and V8 flags', () => {
  // A fresh process, since this one's main thread may have set them already (harfbuzz, other tests).
  it("sets the pipeline's V8 flags on the main thread before its worker starts, so no thread changes them while another runs", () => {
    const program = join(bundleDir, `edition-thread-flags-${process.pid}.cjs`);
    buildSync({
      stdin: {
        contents: [
          "const { EditionThread } = require('./lambdas/pipeline/edition-thread');",
          "const { pipelineV8FlagsApplied } = require('./lambdas/pipeline/render/pdf/adapters/v8-flags.mjs');",
          'const before = pipelineV8FlagsApplied();',
          "const thread = new EditionThread(require('node:path').join(__dirname, 'no-such-entry.cjs'));",
          'console.log(JSON.stringify({ before, after: pipelineV8FlagsApplied() }));',
          'thread.close();',
        ].join('\n'),
        resolveDir: repoRoot,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      outfile: program,
      logLevel: 'error',
    });
    try {
      const out = execFileSync(process.execPath, [program], { encoding: 'utf8' });
      expect(JSON.parse(out)).toEqual({ before: false, after: true });
    } finally {
      rmSync(program, { force: true });
    }
  });
});

describe('wantsEditionThread', () => {
  it('uses a thread only when asked (its start-up costs more than it saves here)', () => {
    expect(wantsEditionThread({})).toBe(false);
    expect(wantsEditionThread({ SPEECH_PRESS_EDITION_THREAD: 'off' })).toBe(false);
    expect(wantsEditionThread({ SPEECH_PRESS_EDITION_THREAD: 'on' })).toBe(true);
  });
});
