import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from '../../lambdas/pipeline/decode';
import { chineseMeasures } from '../../lambdas/pipeline/foreign-encoding';
import { InputRejectedError } from '../../lambdas/pipeline/errors';
import { repoRoot, sampleFiles, sharedDir } from '../support/shared';

/**
 * A double-byte encoder built from the runtime's own decoder (Node has no encoder for these): every
 * lead/trail pair is decoded once and the table inverted. Characters it cannot write are left out.
 */
function encoderFor(label: string): (text: string) => Buffer {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder(label, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      try {
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if ([...ch].length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a character in this encoding
      }
    }
  }
  return (text) => Buffer.from([...text].flatMap((ch) => (ch.codePointAt(0)! < 0x80 ? [ch.codePointAt(0)!] : (table.get(ch) ?? []))));
}

const JAPANESE = '本日はお忙しいところ、お集まりいただきありがとうございます。\n私たちは、地域の皆様と共に、安全で安心なまちづくりを進めてまいりました。\n今後とも、皆様のご支援とご協力をよろしくお願い申し上げます。\n';
const KOREAN = '존경하는 국민 여러분, 오늘 이 자리에 함께해 주셔서 감사합니다.\n우리는 지난 한 해 동안 많은 어려움을 함께 이겨냈습니다.\n앞으로도 국민 여러분과 함께 더 나은 미래를 만들어 가겠습니다.\n';

function refusal(bytes: Uint8Array): InputRejectedError {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof InputRejectedError) return error;
    throw error;
  }
  throw new Error(`accepted as Chinese: ${decode(bytes).text.slice(0, 40)}`);
}

describe('decode: text in a Japanese or Korean encoding, which GB18030 reads without an error', () => {
  it('is refused as bad-encoding naming the encoding, not read as gibberish (Shift-JIS) nor as "only page noise" (EUC-KR)', () => {
    for (const [label, text, name] of [['shift_jis', JAPANESE, 'Japanese Shift-JIS'], ['euc-jp', JAPANESE, 'Japanese EUC-JP'], ['euc-kr', KOREAN, 'Korean EUC-KR']] as const) {
      const error = refusal(encoderFor(label)(text));
      expect(error.code, label).toBe('bad-encoding');
      expect(error.message).toContain(`it looks like ${name}`);
      expect(error.message).toContain('Save it as UTF-8');
    }
  });

  it('gives short texts the benefit of the doubt (too few characters to judge)', () => {
    // Neither 講 nor 話 is a common Simplified character, and their GBK bytes are no Big5: only MIN_HAN lets them through.
    expect(decode(encoderFor('gb18030')('講話\n')).encoding).toBe('gb18030');
  });
});

/** Every real page this project has: its own, the holdout, the samples and, when present, ../shared's corpora. */
function realPages(): string[] {
  const folders = [join(repoRoot, 'own-pages', 'raw'), join(repoRoot, 'holdout', 'raw'), join(sharedDir, 'corpus', 'raw'), join(sharedDir, 'corpus-train', 'raw')];
  const absent = folders.filter((folder) => !existsSync(folder));
  if (absent.length > 0) console.warn(`[speech-press] foreign-encoding.test: ${absent.join(', ')} not found: those pages are SKIPPED`);
  return [...folders.filter(existsSync).flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.txt')).map((f) => join(folder, f))), ...sampleFiles()];
}

describe('decode: every real page, Simplified or Traditional, written in GB18030', () => {
  const toGb = encoderFor('gb18030');
  const pages = realPages().flatMap((path) => {
    try {
      return [{ path, text: decode(readFileSync(path)).text }];
    } catch {
      return []; // pages refused as they are (test/samples.test.ts and the corpus tests say which)
    }
  });

  it('is still read as GB18030, each measure far from its threshold', () => {
    expect(pages.length).toBeGreaterThan(50);
    let lowestLevel1 = 1;
    let mostSpaced = 0;
    let mostKana = 0;
    for (const { path, text } of pages) {
      const decoded = decode(toGb(text));
      expect(decoded.encoding, path).toBe('gb18030');
      const measures = chineseMeasures(decoded.text);
      lowestLevel1 = Math.min(lowestLevel1, measures.level1);
      mostSpaced = Math.max(mostSpaced, measures.spaced);
      mostKana = Math.max(mostKana, measures.kana);
    }
    // The margins behind the thresholds in foreign-encoding.ts (0.35, 0.15 and 0.1; a Taiwanese page
    // links its Japanese edition in kana: 0.036).
    expect(lowestLevel1).toBeGreaterThan(0.5);
    expect(mostSpaced).toBeLessThan(0.075);
    expect(mostKana).toBeLessThan(0.05);
  });
});

describe('decode: every real Traditional page written in Big5 (Taiwan and Hong Kong sites)', () => {
  const toBig5 = encoderFor('big5');
  const traditional = realPages().filter((path) => /_trad\.txt$/.test(path)).flatMap((path) => {
    try {
      return [{ path, text: decode(readFileSync(path)).text }];
    } catch {
      return [];
    }
  });

  it('is read as Big5, every character Big5 can write the same — not as GB18030, which reads it without an error as unrelated characters', () => {
    expect(traditional.length).toBeGreaterThan(10);
    for (const { path, text } of traditional) {
      const bytes = toBig5(text);
      expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes), path).not.toBe(text); // the misreading is valid GB18030
      const decoded = decode(bytes);
      expect(decoded.encoding, path).toBe('big5');
      expect(decoded.text, path).toBe(new TextDecoder('big5').decode(bytes));
    }
  });
});

describe('decode: Chinese that holds what a foreign encoding would show (a reviewer found these refused)', () => {
  const toGb = encoderFor('gb18030');
  it('reads words split by spaces, a quoted Japanese greeting and a short Traditional text in GBK as GB18030', () => {
    for (const text of [
      '各位 同学 大家 好 今天 我们 在 这里 召开 会议 主要 讨论 明年 的 工作 安排 希望 大家 积极 发言\n',
      '今天我们请到了日本的山田先生。他说：ありがとう。我们表示热烈欢迎。\n',
      '請各單位認真組織學習，聯繫實際，帶著問題學，確保學習教育取得實效。\n',
    ]) {
      const decoded = decode(toGb(text));
      expect(decoded.encoding, text).toBe('gb18030');
      expect(decoded.text).toBe(text);
    }
  });

  it('refuses Big5 holding Hong Kong HKSCS characters, which would print blank, naming the cause', () => {
    // 哋 and 喺 are HKSCS pairs, which the runtime's Big5 decoder reads as U+E5A2 and U+ECD8 (private use).
    const hkscs = encoderFor('big5')('各位市民：我們今天在這裡開會，大家一起討論明年的工作。'.repeat(3) + '我\uE5A2要繼續努力，\uECD8新一年做得更好。');
    expect(new TextDecoder('big5').decode(hkscs)).toContain('\uE5A2');
    const error = refusal(hkscs);
    expect(error.code).toBe('bad-encoding');
    expect(error.message).toContain('HKSCS');
  });
});
