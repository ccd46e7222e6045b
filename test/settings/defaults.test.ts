import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LAST_SEGMENT_BYTES } from '../../lambdas/local/key-guard';
import { convert } from '../../lambdas/pipeline';
import { MAX_UPLOAD_NAME_BYTES, OUTPUT_NAME_ROOM_BYTES } from '../../lambdas/settings/defaults';

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const SIMPLIFIED = new TextEncoder().encode('在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n');
const TRADITIONAL = readFileSync(join(__dirname, '..', '..', 'samples', 'alumni-day-address-trad-utf16.txt'));

describe('the shared upload-name limit', () => {
  it('leaves room for every name an output adds to its upload\'s name, in either script', async () => {
    const fileName = `${'讲'.repeat(65)}.TXT`;
    const stem = fileName.slice(0, -'.txt'.length);
    const made = [...(await convert(SIMPLIFIED, { sourceName: fileName })).files, ...(await convert(TRADITIONAL, { sourceName: fileName })).files].map((f) => f.name);
    expect(made).toEqual(expect.arrayContaining([`${stem}.zh-Hant.docx`, `${stem}.zh-Hans.docx`, `${stem}.json`]));
    // The handler's own reports: `<stem>.error.json`, and `<file name>.<16 hex>.error.json` beside another source's.
    const names = [...made, `${stem}.error.json`, `${fileName}.0123456789abcdef.error.json`];
    for (const name of names) expect(bytes(name) - bytes(fileName), name).toBeLessThanOrEqual(OUTPUT_NAME_ROOM_BYTES);
    expect(bytes(fileName)).toBeLessThanOrEqual(MAX_UPLOAD_NAME_BYTES);
  });

  it('keeps every output name of the longest upload name within one file name of the local S3 server', () => {
    expect(MAX_UPLOAD_NAME_BYTES + OUTPUT_NAME_ROOM_BYTES).toBeLessThanOrEqual(MAX_LAST_SEGMENT_BYTES);
  });
});
