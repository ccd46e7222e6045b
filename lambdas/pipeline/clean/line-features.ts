import { hanCount } from '../text/characters';
import { headingMarker, isSalutation, TITLE_ENDING } from '../text/markers';
import { ENDS_SENTENCE_RE, SENTENCE_END_RE, STOPS_PARAGRAPH } from '../text/sentences';
import type { WorkLine } from './lines';
import { endOfArticleMarker, isProse } from './regions';
import { CLOSING } from './speech-end';
import { HEAD_CHROME } from './head-chrome';
import { matchNoise } from './noise-rules';
import { PAGE_FURNITURE } from './page-furniture';
import { TAIL_CHROME, TAIL_STOPPERS, TRAILING_JUNK } from './tail-chrome';
import { charCounts } from './char-counts';
import { headTwins } from './head-twins';
import { CHROME_WORDS, COMPILATION_WORDS, SEO_PHRASES } from './lexicons';
import { CAPTION, DATE_ONLY, FIELD_LABEL_ONLY, HASH_ID, PIECE_LABEL, RECORD_META, SITE_TITLE, TOC_ENTRY, SPEAKER_LINE, THREAD_META, WEB_DATE } from './line-shapes';

/**
 * Shallow features of one line and its neighbours, the input of the learned noise/content decision
 * (boilerpipe's text features, jusText's stop-word density, plus where the line sits on the page and
 * which pattern tables it hits). Every feature is a number in [0, 1]; the names are the keys of the
 * committed weights, so adding a feature means retraining (`npm run train:clean`).
 */
/** Han characters of a paragraph of a speech, as against a comment's remark under it. */
const PARAGRAPH_HAN = 30;

export const FEATURE_NAMES = [
  'bias',
  'length',
  'short',
  'hanShare',
  'latinShare',
  'digitShare',
  'spaceShare',
  'symbolShare',
  'sentenceEnd',
  'endsSentence',
  'clauseDensity',
  'functionWords',
  'chromeWords',
  'url',
  'pipeArrow',
  'bullet',
  'bracketed',
  'dateTime',
  'labelColon',
  'fileName',
  'fromTop',
  'firstLines',
  'lastLines',
  'head',
  'afterLastProse',
  'afterStopper',
  'repeated',
  'repeatedOften',
  'containsNextHead',
  'furnitureRule',
  'headChromeRule',
  'tailStopperRule',
  'tailChromeRule',
  'junkRule',
  'ruleRemoved',
  'ruleSuspected',
  'headingMarker',
  'salutation',
  'titleEnding',
  'prose',
  'prevProse',
  'nextProse',
  'shortRun',
  'proseNearby',
  'sandwiched',
  'twinBelow',
  'twinAbove',
  'compilationWords',
  'seoPhrases',
  'dateOnly',
  'tiny',
  'afterColon',
  'farAboveBody',
  'continuesSentence',
  'dateAboveHeadLine',
  'headLabel',
  'tailLabel',
  'clockTime',
  'webDate',
  'fieldValue',
  'hashId',
  'afterEndMarker',
  'speakerLine',
  'recordMeta',
  'threadMeta',
  'threadAbove',
  'threadBelow',
  'repeatedShape',
  'caption',
  'afterClosing',
  'pieceLabel',
  'siteTitle',
  'tocEntry',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Float64Array;

const clip = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** What the pattern rules decided for the page: the region boundaries and each line's outcome. */
export interface RuleOutcome {
  /** Index (into the work lines) of the first body line. */
  readonly bodyStart: number;
  /** Index of the first tail stopper (read-more, paywall), or -1. */
  readonly stopper: number;
  /** Lines the rules left in as suspected. */
  readonly suspected: ReadonlySet<number>;
}

/**
 * Features of every non-blank line of the page (blank lines get none). Linear in the page size: one
 * pass for line features, one for repetition counts, two for distances to prose.
 */
export function lineFeatures(work: readonly WorkLine[], rules: RuleOutcome): (FeatureVector | null)[] {
  const present = work.map((w, i) => (w.text === '' ? -1 : i)).filter((i) => i >= 0);
  const n = present.length;
  const prose = work.map((w) => w.text !== '' && isProse(w.text));
  const counts = new Map<string, number>();
  for (const i of present) counts.set(work[i]!.text, (counts.get(work[i]!.text) ?? 0) + 1);
  let lastProse = -1;
  for (let i = work.length - 1; i >= 0 && lastProse < 0; i--) if (prose[i] && !work[i]!.removed) lastProse = i;

  // Distance (in non-blank lines) to the nearest prose line above and below.
  const above = new Array<number>(work.length).fill(99);
  const below = new Array<number>(work.length).fill(99);
  let d = 99;
  for (const i of present) {
    above[i] = d;
    d = prose[i] ? 1 : d + 1;
  }
  d = 99;
  for (let k = present.length - 1; k >= 0; k--) {
    const i = present[k]!;
    below[i] = d;
    d = prose[i] ? 1 : d + 1;
  }
  // Length of the run of short non-prose lines each line belongs to (menus come one item per line).
  const run = new Array<number>(work.length).fill(0);
  for (let k = 0; k < present.length; ) {
    let e = k;
    while (e < present.length && !prose[present[e]!] && work[present[e]!]!.text.length <= 12) e++;
    for (let j = k; j < e; j++) run[present[j]!] = e - k;
    k = e === k ? k + 1 : e;
  }

  // Head lines that say the same thing twice: a page title and the speech title (which one is noise
  // depends on its decorations and place, so both directions are features).
  const twins = headTwins(work, present, rules.bodyStart);

  const endMarker = endOfArticleMarker(work, prose);

  // A comment thread: its own lines (floors, reply buttons, post stamps) within three non-blank lines
  // above and below — what sits between them (a poster's name, a short comment) is the thread's too.
  const thread = work.map((w) => w.text !== '' && THREAD_META.test(w.text.trim()));
  const threadAbove = new Array<boolean>(work.length).fill(false);
  const threadBelow = new Array<boolean>(work.length).fill(false);
  present.forEach((i, rank) => {
    for (let d = 1; d <= 3; d++) {
      const up = present[rank - d];
      const down = present[rank + d];
      if (up !== undefined && thread[up]) threadAbove[i] = true;
      if (down !== undefined && thread[down]) threadBelow[i] = true;
    }
  });
  // A running head or footer repeats with its page number changed (某某市人民政府公报 2024年第2期 — 3 —).
  const shapeOf = (text: string): string => text.replace(/\d+/g, '#');
  const shape = work.map((w) => (w.text.length <= 60 ? shapeOf(w.text) : ''));
  const shapes = new Map<string, number>();
  for (const i of present) if (work[i]!.text.length <= 60) shapes.set(shape[i]!, (shapes.get(shape[i]!) ?? 0) + 1);
  // Where the speech has ended: the page's last closing formula (谢谢大家！, 此致 敬礼, 祝…！) with no
  // paragraph of prose after it. A closing that a paragraph follows is no end: 谢谢主持人！ opens a
  // speech, and taking it for the end put the speech's own last lines below it. A comment thread's
  // short remarks (说得真好，学习了！) are no paragraph: the closing above them still ends the speech.
  let closing = -1;
  for (let k = present.length - 1; k >= 0; k--) {
    const text = work[present[k]!]!.text;
    if (text.length <= 80 && CLOSING.test(text)) {
      closing = k;
      break;
    }
    if (isProse(text) && hanCount(text) >= PARAGRAPH_HAN) break;
  }

  const firstBody = present.findIndex((i) => i >= rules.bodyStart);
  const bodyRank = firstBody < 0 ? n : firstBody;

  const out: (FeatureVector | null)[] = work.map(() => null);
  let kept: number | undefined;
  present.forEach((i, rank) => {
    const w = work[i]!;
    const text = w.text;
    const len = text.length;
    const f = new Float64Array(FEATURE_NAMES.length);
    let k = 0;
    const set = (value: number | boolean): void => {
      f[k++] = typeof value === 'boolean' ? (value ? 1 : 0) : clip(value);
    };
    const nextHead = present[rank + 1] !== undefined ? work[present[rank + 1]!]!.text : '';
    set(1);
    set(Math.log(1 + len) / Math.log(300));
    set(len <= 6);
    // Shares and word densities are read on the first 400 characters: enough to tell a paragraph,
    // and constant work per line however long it is.
    const sample = text.length > 400 ? text.slice(0, 400) : text;
    const sampleLen = sample.length;
    const c = charCounts(sample);
    set(c.han / sampleLen);
    set(c.latin / sampleLen);
    set(c.digit / sampleLen);
    set((c.space / sampleLen) * 4);
    set((c.symbol / sampleLen) * 4);
    set(SENTENCE_END_RE.test(text));
    set(ENDS_SENTENCE_RE.test(text));
    set(c.clause / (sampleLen / 15 + 1));
    set((c.functionWord / sampleLen) * 4);
    set(CHROME_WORDS.count(sample) / (sampleLen / 8 + 1));
    set(/https?:|www\.|\.(?:com|cn|net|org|gov|edu)\b|\.s?html?\b/i.test(text));
    set(/[|｜>›»＞→]/.test(text));
    set(/^[•·●○◆■▪\-*–—]\s*\S/.test(text) && !/^——/.test(text));
    set(/^[【\[〔].*[】\]〕]$/.test(text));
    set(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}/.test(text));
    set(/^[^，。！？,.!?]{1,10}[:：]/.test(text));
    set(/\.(?:docx?|pdf|jpe?g|png|gif|txt|pptx?|xlsx?|wps|zip|rar)\b|\d\s*(?:KB|MB|kb|M)\b/.test(text));
    set(1 - rank / Math.max(1, n - 1));
    set(rank < 3);
    set(rank >= n - 3);
    set(i < rules.bodyStart);
    set(lastProse >= 0 && i > lastProse);
    set(rules.stopper >= 0 && i > rules.stopper);
    set((counts.get(text) ?? 0) >= 2);
    set((counts.get(text) ?? 0) >= 3);
    set(i < rules.bodyStart && nextHead.length >= 4 && text.length > nextHead.length && text.includes(nextHead));
    set(matchNoise(text, PAGE_FURNITURE) !== null);
    set(matchNoise(text, HEAD_CHROME) !== null);
    set(text.length <= 80 && matchNoise(text, TAIL_STOPPERS) !== null);
    set(matchNoise(text, TAIL_CHROME) !== null);
    set(TRAILING_JUNK.test(text));
    set(w.removed);
    set(rules.suspected.has(w.line));
    set(headingMarker(text) !== null);
    set(isSalutation(text));
    set(TITLE_ENDING.test(text));
    set(prose[i]!);
    set(above[i] === 1);
    set(below[i] === 1);
    set(run[i]! / 8);
    set(1 / Math.min(above[i]!, below[i]!));
    set(above[i]! <= 3 && below[i]! <= 3);
    set(twins.below.has(i));
    set(twins.above.has(i));
    set(COMPILATION_WORDS.test(text));
    set(SEO_PHRASES.count(sample) > 0);
    set(DATE_ONLY.test(text));
    set(len <= 2);
    const prev = present[rank - 1];
    set(prev !== undefined && /[：:]$/.test(work[prev]!.text));
    // Menus and banners sit well above the speech; its title, subtitle and speaker right above it.
    set(i < rules.bodyStart ? (bodyRank - rank - 2) / 6 : 0);
    // The rest of a hard-wrapped sentence: the line above is long and stops mid-sentence.
    // (Page furniture the rules removed in between does not count.)
    set(kept !== undefined && work[kept]!.text.length >= 15 && !STOPS_PARAGRAPH.test(work[kept]!.text));
    if (!w.removed) kept = i;
    // A publish date sits above the page's headline; the speech's own date sits under its title.
    set(DATE_ONLY.test(text) && i < rules.bodyStart && nextHead.length >= 6 && !DATE_ONLY.test(nextHead) && !isSalutation(nextHead) && !isProse(nextHead));
    // Interactions a linear score cannot form by itself: a short unpunctuated label far above the
    // speech (a menu item, a column name) or after its last paragraph (a link, a footer item).
    const label = len <= 12 && c.clause === 0 && !SENTENCE_END_RE.test(text) && !TITLE_ENDING.test(text);
    set(label && i < rules.bodyStart && bodyRank - rank > 3);
    set(label && lastProse >= 0 && i > lastProse);
    // A clock time with seconds, or a date with a time: a CMS stamp, not a speech's own date line.
    set(/\d{1,2}:\d{2}:\d{2}|\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}/.test(sample));
    set(WEB_DATE.test(text.trim()));
    set(prev !== undefined && FIELD_LABEL_ONLY.test(work[prev]!.text) && len <= 20 && c.clause === 0 && !SENTENCE_END_RE.test(text));
    set(HASH_ID.test(text.trim()));
    set(endMarker >= 0 && i > endMarker);
    set(SPEAKER_LINE.test(text.trim()));
    set(RECORD_META.test(text.trim()));
    set(thread[i]!);
    set(threadAbove[i]!);
    set(threadBelow[i]!);
    set(len <= 60 && c.han >= 4 && !prose[i] && (shapes.get(shape[i]!) ?? 0) >= 2);
    set(CAPTION.test(text));
    // Lines after the closing: the first two are the signature and the date, what follows the page's.
    set(closing >= 0 && rank > closing + 2 ? (rank - closing - 2) / 4 : 0);
    set(PIECE_LABEL.test(text.trim()));
    set(len <= 60 && !prose[i] && SITE_TITLE.test(text));
    set(len <= 80 && TOC_ENTRY.test(text));
    out[i] = f;
  });
  return out;
}
