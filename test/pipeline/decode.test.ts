import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode } from '../../lambdas/pipeline/decode';
import { InputRejectedError, type RejectionCode } from '../../lambdas/pipeline/errors';
import { convert, parseSpeech } from '../../lambdas/pipeline/index';
import { documentText } from '../../lambdas/pipeline/model';

const speech = '同志们：\n今天我们召开会议，部署下一阶段的工作。\n';

function rejection(bytes: Uint8Array, maxBytes?: number): RejectionCode | 'accepted' {
  try {
    decode(bytes, maxBytes);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(InputRejectedError);
    return (error as InputRejectedError).code;
  }
}

describe('decode: bytes to text', () => {
  it('reads UTF-8 with and without BOM, turning CRLF and CR into LF', () => {
    expect(decode(Buffer.from(speech, 'utf8'))).toEqual({ text: speech, encoding: 'utf-8', bom: false });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(speech.replace(/\n/g, '\r\n'), 'utf8')]);
    expect(decode(bom)).toEqual({ text: speech, encoding: 'utf-8', bom: true });
    expect(decode(Buffer.from('第一行\r第二行', 'utf8')).text).toBe('第一行\n第二行');
  });

  it('reads CRLF, CR CR LF (a CRLF file written again in text mode), CR-only and mixed line ends as the LF text', () => {
    // A real hard-wrapped PDF copy: a line break too many splits its paragraphs mid-word (公示公 / 告制度).
    const lf = readFileSync(new URL('../../samples/rural-revitalization-pdf.txt', import.meta.url), 'utf8');
    const lines = lf.split('\n');
    const mixedEnds = ['\r\n', '\r\r\n', '\r', '\n', '\r\r\r\n'];
    const variants = {
      crlf: lf.replace(/\n/g, '\r\n'),
      crcrlf: lf.replace(/\n/g, '\r\r\n'),
      cr: lf.replace(/\n/g, '\r'),
      // A lone CR before an empty line would make a CRLF with the next end: those take LF.
      mixed: lines.map((line, i) => {
        if (i === lines.length - 1) return line;
        const end = mixedEnds[i % mixedEnds.length]!;
        return line + (end === '\r' && lines[i + 1] === '' ? '\n' : end);
      }).join(''),
    };
    const expected = parseSpeech(Buffer.from(lf, 'utf8')).document;
    for (const [name, text] of Object.entries(variants)) {
      expect(decode(Buffer.from(text, 'utf8')).text, name).toBe(lf);
      const document = parseSpeech(Buffer.from(text, 'utf8')).document;
      expect(document.blocks.length, name).toBe(expected.blocks.length);
      expect(documentText(document), name).toBe(documentText(expected));
    }
    // CRs with no LF after them stay one break each (old Mac files: CR CR is a blank line).
    expect(decode(Buffer.from('第一段\r\r第二段\r第三行', 'utf8')).text).toBe('第一段\n\n第二段\n第三行');
  });

  it('reads UTF-16 LE and BE with a BOM, and without one (Chinese or ASCII)', () => {
    const le = Buffer.from(speech, 'utf16le');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual({ text: speech, encoding: 'utf-16le', bom: true });
    const be = Buffer.from(le).swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: speech, encoding: 'utf-16be', bom: true });
    expect(decode(Buffer.from(speech, 'utf16le'))).toEqual({ text: speech, encoding: 'utf-16le', bom: false });
    expect(decode(Buffer.from(speech, 'utf16le').swap16())).toEqual({ text: speech, encoding: 'utf-16be', bom: false });
    const ascii = 'Speech notes: meeting at 9:00, agenda attached.\n';
    expect(decode(Buffer.from(ascii, 'utf16le'))).toEqual({ text: ascii, encoding: 'utf-16le', bom: false });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    const gbk = Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba]); // 同志们： in GBK
    expect(decode(gbk)).toEqual({ text: '同志们：', encoding: 'gb18030', bom: false });
  });

  it('rejects empty and whitespace-only input as empty-input', () => {
    expect(rejection(new Uint8Array())).toBe('empty-input');
    expect(rejection(Buffer.from(' \n\t\u3000\u00a0\n', 'utf8'))).toBe('empty-input');
  });

  it('rejects PDF, ZIP/DOCX, PNG, JPEG and NUL-laden bytes as binary-input', () => {
    expect(rejection(Buffer.from('%PDF-1.7\n1 0 obj', 'latin1'))).toBe('binary-input');
    expect(rejection(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toBe('binary-input');
    expect(rejection(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('binary-input');
    expect(rejection(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]))).toBe('binary-input');
    expect(rejection(Buffer.from([0x41, 0x00, 0x00, 0x00, 0x42, 0x13, 0x00, 0x07, 0x00]))).toBe('binary-input');
  });

  it('reads a transcript that starts like a BMP, RIFF, GIF or RAR file ("BMW集团…"), in UTF-8 or GB18030', () => {
    for (const start of ['BMW集团在华讲话', 'RIFF项目总结讲话', 'GIF8动图', 'Rar!压缩包说明']) {
      const text = `${start}\n\n同志们：\n今天我们开会。\n`;
      expect(decode(Buffer.from(text, 'utf8')).text).toBe(text);
    }
    // GB18030 bytes of 集团: 0xBC 0xAF 0xCD 0xC5.
    const gb = Buffer.concat([Buffer.from('BMW'), Buffer.from([0xbc, 0xaf, 0xcd, 0xc5]), Buffer.from('\n')]);
    expect(decode(gb)).toMatchObject({ text: 'BMW集团\n', encoding: 'gb18030' });
  });

  it('still rejects real BMP, WAV/WebP (RIFF), GIF and RAR headers as that kind of file', () => {
    const le32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
    const bmp = Buffer.concat([Buffer.from('BM'), le32(70), le32(0), le32(54), le32(40), Buffer.alloc(50, 0x80)]);
    const wav = Buffer.concat([Buffer.from('RIFF'), le32(36), Buffer.from('WAVEfmt '), le32(16), Buffer.alloc(20, 0x41)]);
    const gif = Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]), Buffer.alloc(20, 0x41)]);
    const rar = Buffer.concat([Buffer.from('Rar!'), Buffer.from([0x1a, 0x07, 0x01, 0x00]), Buffer.alloc(20, 0x41)]);
    for (const [bytes, kind] of [[bmp, 'BMP'], [wav, 'WebP/RIFF'], [gif, 'GIF'], [rar, 'RAR']] as const) {
      expect(() => decode(bytes)).toThrow(`The file is a ${kind} file`);
    }
  });

  it('rejects input over the size limit as too-large, before decoding it', () => {
    expect(rejection(Buffer.alloc(11, 0x41), 10)).toBe('too-large');
    expect(rejection(Buffer.alloc(10, 0x41), 10)).toBe('accepted');
  });

  it('rejects bytes that are neither UTF-8 nor plausible GB18030 as bad-encoding', () => {
    // Valid GB18030 byte pairs, but they decode to rarely used symbols and private-use code points.
    const noise = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0xa1 + (i % 7) : 0xfe)));
    expect(rejection(noise)).toBe('bad-encoding');
    expect(rejection(Buffer.from([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]))).toBe('bad-encoding');
  });
});

describe('decode: a UTF-8 file with a few invalid bytes', () => {
  // A real page copy (3380 bytes); the hostile review's repros were made from it.
  const page = readFileSync(new URL('../../samples/school-safety-web.txt', import.meta.url));
  const body = page.indexOf(Buffer.from('下面,我讲三点意见'));
  const message = (bytes: Uint8Array): string => {
    try {
      decode(bytes);
    } catch (error) {
      expect((error as InputRejectedError).code).toBe('bad-encoding');
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('reads a last character cut short, a stray 0xFF and a Latin-1 é as U+FFFD, saying how many and where', () => {
    const lastStop = page.lastIndexOf(Buffer.from('。'));
    const cut = page.subarray(0, lastStop + 1); // a download cut short: the last 。 lost two of its three bytes
    expect(decode(cut).text).toBe(`${page.subarray(0, lastStop).toString('utf8')}\uFFFD`);
    expect(decode(cut).invalidUtf8).toEqual({ encoding: 'utf-8', count: 1, offsets: [lastStop], excerpts: ['责任重于泰山\uFFFD'] });

    const stray = Buffer.concat([page.subarray(0, body), Buffer.from([0xff]), page.subarray(body)]);
    expect(decode(stray)).toMatchObject({ encoding: 'utf-8', invalidUtf8: { count: 1, offsets: [body] } });
    expect(decode(stray).text).toContain('\uFFFD下面');

    const latin1 = Buffer.concat([page.subarray(0, body), Buffer.from('caf\xe9 ', 'latin1'), page.subarray(body)]);
    expect(decode(latin1).invalidUtf8).toEqual({ encoding: 'utf-8', count: 1, offsets: [body + 3], excerpts: ['caf\uFFFD 下面,我讲'] });
    expect(decode(latin1).text).toContain('caf\uFFFD 下面');

    // With a BOM the offsets still count from the file's first byte.
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), stray]);
    expect(decode(bom)).toMatchObject({ bom: true, invalidUtf8: { count: 1, offsets: [body + 3] } });
  });

  it('puts an invalid-utf8 warning in the manifest, and the outputs still come out', async () => {
    const stray = Buffer.concat([page.subarray(0, body), Buffer.from([0xff]), page.subarray(body)]);
    expect(parseSpeech(page).warnings.map((w) => w.code)).not.toContain('invalid-utf8');
    const result = await convert(stray, { sourceName: 'stray.txt' });
    const warning = result.manifest.warnings.find((w) => w.code === 'invalid-utf8');
    // Samples are excerpts of the text around the damage (one line, either side), which staff can search for.
    expect(warning).toMatchObject({ count: 1, samples: ['\uFFFD下面,我讲三'] });
    expect(warning?.message).toContain(`byte offset ${body}`);
    // The PDF draws U+FFFD as □ (render/pdf/draw/stand-ins.ts), so no glyph is missing; the DOCX and clean text keep U+FFFD.
    expect(result.manifest.warnings.map((w) => w.code)).not.toContain('missing-glyph');
    const text = (name: string) => Buffer.from(result.files.find((f) => f.name === name)!.body).toString('utf8');
    expect(text('stray.clean.txt')).toContain('\uFFFD下面');
    expect(result.files.map((f) => f.name)).toEqual(expect.arrayContaining(['stray.docx', 'stray.pdf', 'stray.zh-Hant.pdf']));
  });

  it('still refuses more than a few, or more than one per 1,000 bytes, naming the first bad byte', () => {
    const bad = (at: number) => Buffer.concat([page.subarray(0, at), Buffer.from([0xff]), page.subarray(at)]);
    // n bad bytes, one at the start of each line from the body on, in a page followed by 33 KB of clean text:
    // under 0.1 % either way, so only their count decides.
    const lineStarts = [...page.entries()].filter(([i, byte]) => byte === 0x0a && i >= body).map(([i]) => i + 1);
    const withBad = (n: number): Buffer => {
      const pieces = [page.subarray(0, body)];
      const starts = [body, ...lineStarts.slice(0, n - 1)];
      starts.forEach((start, i) => pieces.push(Buffer.from([0xff]), page.subarray(start, starts[i + 1] ?? page.length)));
      return Buffer.concat([...pieces, ...Array<Buffer>(10).fill(page)]);
    };
    expect(decode(withBad(16)).invalidUtf8?.count).toBe(16);
    expect(message(withBad(17))).toContain(`more than 16 invalid byte sequences, the first at byte offset ${body}`);
    // Under 1,000 bytes, up to the end of that line: one bad sequence is read, a second is one too many.
    const end = page.indexOf(0x0a, body) + 1;
    const short = Buffer.concat([bad(body).subarray(0, end + 1), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(short.length).toBeLessThan(1000);
    expect(message(short)).toContain(`2 invalid byte sequences, the first at byte offset ${body}`);
    expect(message(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), short]))).toContain(`the first at byte offset ${body + 3}`);
  });

  it('reads one bad sequence in a file of any size (a short file whose last character was cut)', () => {
    const line = Buffer.from('同志们：今天我们召开全县工作会议。');
    const cut = line.subarray(0, line.length - 2); // the last 。 lost two of its three bytes
    expect(cut.length).toBeLessThan(100);
    expect(decode(cut)).toMatchObject({ encoding: 'utf-8', text: '同志们：今天我们召开全县工作会议\uFFFD', invalidUtf8: { count: 1, excerpts: ['全县工作会议\uFFFD'] } });
    // An excerpt stays on its line: the text either side of a line break is not what a search finds.
    const twoLines = Buffer.concat([Buffer.from('第一行的最后几个字\r\n'), Buffer.from([0xff]), Buffer.from('第二行\n第三行')]);
    expect(decode(twoLines).invalidUtf8?.excerpts).toEqual(['\uFFFD第二行']);
    // Beyond one, one per 1,000 bytes: two in 1,999 bytes are too many, two in 2,000 are read.
    const two = (size: number) => Buffer.concat([Buffer.from([0xff]), Buffer.from('a'.repeat(size - 3)), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(message(two(1999))).toContain('2 invalid byte sequences');
    expect(decode(two(2000)).invalidUtf8?.count).toBe(2);
  });

  it('reads a GB18030 file with a few damaged bytes (a last character cut, a stray 0xFF) with the same warning', async () => {
    // The sample page in GB18030 (GB2312's two-byte area, by decoding it: Node has no GB18030 encoder).
    const table = new Map<string, number[]>();
    for (let lead = 0xa1; lead <= 0xf7; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        const char = new TextDecoder('gb18030').decode(new Uint8Array([lead, trail]));
        if (char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
      }
    }
    const gbPage = Buffer.from([...page.toString('utf8')].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? []))));
    expect(decode(gbPage)).toMatchObject({ encoding: 'gb18030' });
    const gbBody = gbPage.indexOf(Buffer.from([0xcf, 0xc2, 0xc3, 0xe6])); // 下面
    const stray = Buffer.concat([gbPage.subarray(0, gbBody), Buffer.from([0xff]), gbPage.subarray(gbBody)]);
    expect(decode(stray)).toMatchObject({ encoding: 'gb18030', invalidUtf8: { encoding: 'gb18030', count: 1, excerpts: ['\uFFFD下面,我讲三'] } });
    expect(decode(stray).text).toContain('\uFFFD下面');
    const cut = gbPage.subarray(0, gbPage.lastIndexOf(Buffer.from([0xa1, 0xa3])) + 1); // the last 。 lost its second byte
    expect(decode(cut)).toMatchObject({ encoding: 'gb18030', invalidUtf8: { count: 1, excerpts: ['责任重于泰山\uFFFD'] } });
    const warning = (await convert(stray, { sourceName: 'gb.txt' })).manifest.warnings.find((w) => w.code === 'invalid-utf8');
    expect(warning).toMatchObject({ count: 1, samples: ['\uFFFD下面,我讲三'] });
    expect(warning?.message).toBe('1 invalid byte sequence in this GB18030 file (near “\uFFFD下面,我讲三”) read as \uFFFD (U+FFFD): a character there is damaged or missing; check those places against the original.');
    // Many damaged bytes are still refused, and the message blames no byte offset of a UTF-8 reading it never was.
    const lines = [...gbPage.entries()].filter(([, byte]) => byte === 0x0a).map(([i]) => i);
    const pieces: Buffer[] = [];
    let from = 0;
    for (const at of lines.slice(0, 17)) pieces.push(gbPage.subarray(from, at), Buffer.from([0xff]), Buffer.from('\n')), (from = at + 1);
    const tooMany = Buffer.concat([...pieces, gbPage.subarray(from), ...Array<Buffer>(10).fill(gbPage)]);
    const refusal = message(tooMany);
    expect(refusal).toBe('The file could not be read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (another encoding, damaged, or too short to tell). Save it as UTF-8 and upload it again.');
  });

  it('reads a GB18030 or Big5 file as such first, however few of its bytes are not ASCII', () => {
    const ascii = Buffer.from('Meeting notes, agenda attached. '.repeat(100));
    const gb = Buffer.concat([ascii, Buffer.from([0xcd, 0xac, 0xd6, 0xbe, 0xc3, 0xc7, 0xa3, 0xba]), Buffer.from('\n')]); // 同志们：
    expect(decode(gb)).toMatchObject({ encoding: 'gb18030', text: `${ascii.toString()}同志们：\n` });
    expect(decode(gb).invalidUtf8).toBeUndefined();
  });
});
