import { describe, expect, it } from 'vitest';
import { OUTPUT_ENDINGS } from '../../lambdas/handler/output-names';
import { convert } from '../../lambdas/pipeline';
import { TRANSCRIPT } from './harness';

/** The same speech in Traditional characters: its converted edition is zh-Hans. */
const TRADITIONAL = '在全市教育工作會議上的講話\n同志們：\n今天我們召開全市教育工作會議，主要任務是總結過去一年的工作。\n一、充分肯定過去一年取得的成績\n過去一年，全市教育系統堅持立德樹人，各項工作取得了新的進展。';

describe('OUTPUT_ENDINGS (what stale outputs and the web page go by)', () => {
  it('names every file convert() writes, for both editions and Simplified only, and nothing it never writes', async () => {
    const written = new Set<string>();
    for (const [text, traditional] of [[TRANSCRIPT, { variant: 'tw' }], [TRADITIONAL, { variant: 'tw' }], [TRANSCRIPT, false]] as const) {
      const result = await convert(new TextEncoder().encode(text), { sourceName: 'a.b.txt', traditional });
      for (const file of result.files) {
        expect(file.name.startsWith('a.b.'), file.name).toBe(true);
        written.add(file.name.slice('a.b'.length));
      }
    }
    expect([...written].sort()).toEqual([...OUTPUT_ENDINGS].sort());
  });
});
