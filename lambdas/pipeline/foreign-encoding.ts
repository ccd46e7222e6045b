/**
 * GB18030 decodes nearly any double-byte text without an error, so a file in another East Asian
 * encoding comes out as valid but meaningless Chinese: Japanese Shift-JIS as rare characters of GBK's
 * extension rows, Korean EUC-KR as common characters in Korean's word spacing, Japanese EUC-JP as kana
 * (the same rows as in GB2312) between wrong characters. These measures, taken on the GB18030 reading,
 * tell such text from Chinese; each threshold sits far from every real page of the corpora
 * (test/pipeline/foreign-encoding.test.ts).
 */

/** Fewer Han characters than this are too few to judge. */
const MIN_HAN = 10;
/**
 * Share of Han characters in GB2312's first level (the 3755 most used), below which the text is not
 * Chinese: Simplified pages have 0.97–1, Traditional ones 0.59 or more (most common characters are
 * shared); Shift-JIS read as GB18030 has about 0.
 */
const MIN_LEVEL1_SHARE = 0.35;
/** Share of Han characters followed by a space and another one: at most 0.04 in Chinese pages, 0.3 in Korean. */
const MAX_SPACED_SHARE = 0.15;
/** Kana among kana and Han: Chinese pages at most 0.04 (a link to a Japanese edition); Japanese a third or more. */
const MAX_KANA_SHARE = 0.1;

let level1: ReadonlySet<string> | null = null;
/** GB2312 level 1 is rows 0xB0–0xD7 of its code table (0xD7FA–0xD7FE are empty): read from GB18030 itself. */
function gb2312Level1(): ReadonlySet<string> {
  if (level1 === null) {
    const bytes: number[] = [];
    for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= (lead === 0xd7 ? 0xf9 : 0xfe); trail++) bytes.push(lead, trail);
    level1 = new Set(new TextDecoder('gb18030').decode(Uint8Array.from(bytes)));
  }
  return level1;
}

// Broader than text/'s Han range on purpose: the thresholds below were measured with it (々, 〇, radicals count).
const HAN = /\p{Script=Han}/u;
const KANA = /[\u3041-\u309f\u30a1-\u30ff]/u;

/** Shares measured on a decoded text (exported for the tests that keep the thresholds honest). */
export function chineseMeasures(text: string): { han: number; level1: number; spaced: number; kana: number } {
  const common = gb2312Level1();
  let han = 0;
  let inLevel1 = 0;
  let spaced = 0;
  let kana = 0;
  let previous = '';
  let beforePrevious = '';
  for (const ch of text) {
    if (HAN.test(ch)) {
      han++;
      if (common.has(ch)) inLevel1++;
      if (previous === ' ' && HAN.test(beforePrevious)) spaced++;
    } else if (KANA.test(ch)) kana++;
    beforePrevious = previous;
    previous = ch;
  }
  return { han, level1: inLevel1 / Math.max(1, han), spaced: spaced / Math.max(1, han), kana: kana / Math.max(1, han + kana) };
}

/**
 * The most used characters of Chinese, in both scripts (的 是 在 这/這 们/們 …): a third or more of the Han
 * characters of a real speech, while text decoded in the wrong Chinese encoding (Big5 bytes read as
 * GB18030, or the reverse) is made of valid but unrelated characters and has at most 0.05 of them.
 */
const MOST_USED = new Set(Array.from('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经這為個國們時來對會發動過說產種後學經'));

/** A reading with at least this share of the most used characters is Chinese (real speeches 0.14 and up, misreadings 0.05 at most). */
export const MIN_MOST_USED = 0.08;

/** Share of `text`'s Han characters among the most used ones (0 without Han characters). */
export function mostUsedShare(text: string): number {
  let han = 0;
  let used = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (MOST_USED.has(ch)) used++;
  }
  return used / Math.max(1, han);
}

/** Encodings GB18030 misreads, tried by name once the GB18030 reading looks foreign. */
const CANDIDATES: ReadonlyArray<readonly [label: string, name: string, script: RegExp]> = [
  ['shift_jis', 'Japanese Shift-JIS', KANA],
  ['euc-jp', 'Japanese EUC-JP', KANA],
  ['euc-kr', 'Korean EUC-KR', /[\uac00-\ud7a3]/u],
];

function likelyEncoding(bytes: Uint8Array): string | null {
  for (const [label, name, script] of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const letters = [...text].filter((ch) => ch.codePointAt(0)! > 0x7f);
    if (letters.length > 0 && letters.filter((ch) => script.test(ch)).length / letters.length > 0.3) return name;
  }
  return null;
}

/**
 * Why `text`, the GB18030 reading of `bytes`, is not Chinese (a sentence naming the likely encoding
 * when one is found), or null when it reads as Chinese or is too short to tell.
 */
export function foreignEncodingReason(bytes: Uint8Array, text: string): string | null {
  // Chinese made of Chinese's most used characters is Chinese, whatever else it holds: words split by
  // spaces (speech-recognition output), a quoted Japanese greeting, a short Traditional text in GBK. Every
  // misreading measured has none of them (0.000); real pages have 0.14 and up.
  if (mostUsedShare(text) >= MIN_MOST_USED) return null;
  const measures = chineseMeasures(text);
  if (measures.han < MIN_HAN) return null;
  if (measures.level1 >= MIN_LEVEL1_SHARE && measures.spaced <= MAX_SPACED_SHARE && measures.kana <= MAX_KANA_SHARE) return null;
  const likely = likelyEncoding(bytes);
  return `Read as GB18030 it is not Chinese but a jumble of characters${likely === null ? '' : `: it looks like ${likely}`}, which this converter does not read.`;
}
