import type { CleanLine } from '../clean';
import type { RemovalReason } from '../clean/report';
import { HAN, hanCount } from '../text/characters';
import { headingMarker, isSalutation, subtitleWords } from '../text/markers';
import { isOrganisationName } from '../text/organisation';
import { REPORTING_VERBS } from '../text/reporting-verbs';
import { PHRASE_BREAK_OR_COLON_RE, SENTENCE_END_RE } from '../text/sentences';
import { gluedTitle, repeatedTitleInside, repeatedTitleStart } from './glued-title';
import { isDateLine, isSubtitleLine } from './meta-lines';
import { isPersonName } from './person-name';
import { isPieceHeader } from './piece-label';
import { PLACE_FEATURES, type PlaceFeature } from './title-features';
import { GENRE_FEATURE_IDS, OFFICE_AT_END, SPEAKER_LABEL, SPEAKER_LINE, excludedFromTitle, genreOnly, isCaption, isChromeLike, namesGenre, TITLE_FEATURES, TITLE_WORD, titleLineFeatures } from './title-score';
import { splitHeadline, titleAsPrinted, type Headline } from './title-text';

/**
 * The readings of a page's head as its title (head.ts chooses among them): every line above the
 * running text, two lines joined where a title was split, a headline's title part, a title glued to
 * the salutation or to the first paragraph, each with its features — the line's own
 * (title-score.ts) and where it sits on the page (PLACE_FEATURES).
 */

const TITLE_LINE_FEATURE_COUNT = TITLE_FEATURES.length;

/** The line features that name what the speech is (讲话, 在…上的讲话), by their place among TITLE_FEATURES. */
const GENRE_FEATURES = GENRE_FEATURE_IDS.map((id) => TITLE_FEATURES.findIndex((f) => f.id === id));

/** Who speaks and that they spoke, in a news headline around a speech's title. */
const REPORTING = new RegExp(`${REPORTING_VERBS}|发布|發布|寄语|寄語|书记|書記|市长|市長|省长|省長|县长|縣長|主席|总理|總理|部长|部長|总统|總統|校长|校長`);

export const TITLE_WORD_END = new RegExp(`${TITLE_WORD.source}$`);

/** A paragraph of the speech itself: a long line of sentences that is not site chrome (judged on its start). */
export function isSpeechProse(text: string): boolean {
  const start = text.slice(0, 400);
  return start.length >= 40 && SENTENCE_END_RE.test(start) && !isChromeLike(start);
}

/**
 * A release's sentence introducing the speech under its headline: `…發表蛇年新春賀辭，全文如下：`, `以下是行政長官…
 * 在…開幕禮的致辭：` — it ends with a colon after 如下 or a genre word (the gold keeps it as content, the text
 * follows it).
 */
function introducesSpeech(text: string): boolean {
  return /(?:如下|如次)[：:]$/.test(text) || (/[：:]$/.test(text) && TITLE_WORD_END.test(text.slice(0, -1).trimEnd()) && !isSalutation(text));
}

/** Lines the title may come from: everything above the salutation, or else above the first heading, at most the first 12. */
export function headWindow(lines: readonly CleanLine[]): number {
  const limit = Math.min(lines.length, 30);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!.text;
    if (isSalutation(text) || (headingMarker(text) !== null && !isPieceHeader(text))) return i;
  }
  return Math.min(lines.length, 12);
}

/** Where a title continues on the next line: 政府工作报 / 告, 在全县…工作会议上的 / 讲话. */
function continuation(first: string, next: string | undefined): string | null {
  if (next === undefined || first.length > 60 || TITLE_WORD_END.test(first) || next.length > 30 || PHRASE_BREAK_OR_COLON_RE.test(next)) return null;
  if (isSalutation(next) || isSubtitleLine(next) || isDateLine(next) || isChromeLike(first) || /[：:]/.test(first)) return null;
  // A line that is a whole title by itself (云南要闻 / 2026年政府工作报告) is not the end of the line above.
  if (TITLE_WORD_END.test(next) && next.length > 4 && !/[的上在和与與暨及之]$/.test(first)) return null;
  return TITLE_WORD_END.test(first + next) ? first + next : null;
}

export interface Candidate {
  readonly index: number;
  /** 1 or 2 lines. */
  readonly span: number;
  readonly text: string;
  readonly score: number;
  /** What follows a title glued to the salutation or the first paragraph on its line: it stays in the body. */
  readonly rest?: string;
  /** What the title's line loses besides the title (a repeated copy, a piece index): listed in the manifest. */
  readonly dropped?: readonly { readonly text: string; readonly reason: RemovalReason }[];
  /** The speaker or subtitle a headline carried after a dash. */
  readonly headline?: Headline;
}

/**
 * 小学元旦致辞范文 篇1 亲爱的同学们、老师们：/ …的讲话尊敬的各位来宾：: a title glued to the salutation
 * (a flattened page). The split is taken at a space or where the salutation's own words begin.
 */
function titleBeforeSalutation(text: string): { title: string; salutation: string } | null {
  if (text.length > 100) return null;
  const cuts = new Set<number>();
  for (const m of text.matchAll(/\s+|尊敬的|亲爱的|親愛的|(?<!的)各位/g)) cuts.add(m[0].trim() === '' ? m.index + m[0].length : m.index);
  // The latest cut first: the salutation is the shortest tail that still reads as one.
  for (const cut of [...cuts].sort((a, b) => b - a)) {
    const title = text.slice(0, cut).trim();
    const salutation = text.slice(cut).trim();
    if (title.length >= 4 && isSalutation(salutation) && !excludedFromTitle(title) && namesGenre(title)) return { title, salutation };
  }
  return null;
}

/**
 * What the context features need of each of the first lines, computed once: chrome, speech prose,
 * and the start of the line without spaces (a title repeated on the page is in a short line or at
 * the start of a long one; reading only the start keeps the head linear in the size of the page).
 */
interface HeadLine {
  readonly text: string;
  readonly chrome: boolean;
  /** A rule of stars or dashes (＊＊＊＊, ------): no letter, digit or ideograph, so it says nothing. */
  readonly separator: boolean;
  readonly prose: boolean;
  readonly key: string;
}

function headLines(lines: readonly CleanLine[]): HeadLine[] {
  return lines.slice(0, 41).map((l) => {
    const start = l.text.slice(0, 400);
    return { text: l.text, chrome: isChromeLike(start), separator: !/[\p{L}\p{N}]/u.test(start), prose: isSpeechProse(l.text), key: start.replace(/\s+/g, '') };
  });
}

const HAN_RUN = new RegExp(`[${HAN}]{2,}`, 'gu');

/** The pairs of adjacent Han characters of a text (within runs of Han characters), each as one number. */
function hanPairs(text: string): number[] {
  const pairs: number[] = [];
  for (const [run] of text.matchAll(HAN_RUN)) for (let i = 0; i + 1 < run.length; i++) pairs.push(run.charCodeAt(i) * 0x10000 + run.charCodeAt(i + 1));
  return pairs;
}

/** The Han pairs of the speech prose among the first lines (each read up to 400 characters): what the speech talks about. */
function bodyPairs(head: readonly HeadLine[]): Set<number> {
  const pairs = new Set<number>();
  for (const l of head) if (l.prose) for (const p of hanPairs(l.text.slice(0, 400))) pairs.add(p);
  return pairs;
}

/** The share of a candidate's Han pairs that the speech's prose uses: a title's words recur in the speech, a site name's or a menu's do not. */
function recurrence(text: string, body: ReadonlySet<number>): number {
  const pairs = hanPairs(text);
  return pairs.length === 0 ? 0 : pairs.filter((p) => body.has(p)).length / pairs.length;
}

/** A line that is only a Chinese name (李克强, 　万闻华). */
const PERSON_NAME = new RegExp(`^\\s*[${HAN}]{2,4}\\s*$`, 'u');

type CandidateKind = 'line' | 'headline' | 'glued-salutation' | 'glued-body';

/** The speech starts right under a line: a subtitle, date, speaker line, the salutation, the first heading or a release's sentence introducing the text. */
function opensSpeech(t: string): boolean {
  return (
    isSubtitleLine(t) ||
    isDateLine(t) ||
    isSalutation(t) ||
    SPEAKER_LINE.test(t) ||
    SPEAKER_LABEL.test(t) ||
    (headingMarker(t) !== null && !isPieceHeader(t)) ||
    introducesSpeech(t)
  );
}

/** The first line from `from` on (to the head window's end) that is neither chrome nor a rule of stars. */
function nextContent(head: readonly HeadLine[], from: number, window: number): { line: HeadLine; at: number } | undefined {
  for (let j = from; j <= window && j < head.length; j++) if (!head[j]!.chrome && !head[j]!.separator) return { line: head[j]!, at: j };
  return undefined;
}

/**
 * A line that reads as who speaks or issues the speech, or when, not as a title: an office and a name, a name closing
 * the line (某某市图书馆馆长　某某), an organisation (临河县人民政府, 共青团临河县委员会), a date (某某某　2024年3月: a month;
 * a year alone is a title's, 2025年政府工作报告).
 */
function speakerOrDate(t: string): boolean {
  const last = t.trim().split(/\s+/).pop()!;
  return SPEAKER_LINE.test(t) || isOrganisationName(t) || OFFICE_AT_END.test(t) || SPEAKER_LABEL.test(t) || /[\d〇一二三四五六七八九十]\s*月/.test(t) || isPersonName(last.replace(/[（(].*$/, ''));
}

/**
 * The line under a candidate is another title the speech attaches to (a headline over the speech's own
 * title: `市委书记某某在…大会上强调…` / `在…大会上的讲话`, `XX市2025年政府工作报告` / `政府工作报告`, `…隆重举行毕业典礼` /
 * `以梦为马 不负韶华` / `同学们：`): it is title-shaped — no sentence, no chrome, not a speaker or date line, not
 * the candidate again — and names the genre (on its line or in a dash subtitle under it) or is followed by
 * the speech's start.
 */
function titleUnder(head: readonly HeadLine[], window: number, from: number, key: string): boolean {
  let under = nextContent(head, from, window);
  // A news report's lead paragraph (…隆重举行…。下面是校长的讲话：), a release's sentence introducing the text
  // (校長致詞全文如下：), a dateline or a photo caption may sit between them.
  const between = (l: HeadLine): boolean => SENTENCE_END_RE.test(l.text) || introducesSpeech(l.text) || isDateLine(l.text) || isCaption(l.text);
  for (let k = 0; k < 3 && under !== undefined && between(under.line); k++) under = nextContent(head, under.at + 1, window);
  if (under === undefined) return false;
  const t = under.line.text;
  if (titleAsPrinted(t).text.replace(/\s+/g, '') === key || excludedFromTitle(t) || speakerOrDate(t) || opensSpeech(t) || isCaption(t)) return false;
  const after = nextContent(head, under.at + 1, window)?.line.text;
  const genre = (text: string): boolean => {
    const f = titleLineFeatures(text);
    return GENRE_FEATURES.some((j) => f[j] === 1);
  };
  // Named by its genre (新年贺词), or a phrase of six or more ideographs the speech opens under (某某某議員, a name and
  // an office, is neither).
  if (genre(t)) return hanCount(t) >= 4;
  return hanCount(t) >= 6 && after !== undefined && (opensSpeech(after) || (isSubtitleLine(after) && genre(subtitleWords(after))));
}

/** A candidate's features: `no-title` (0), the line's own features, then where it sits on the page (PLACE_FEATURES). */
function candidateFeatures(head: readonly HeadLine[], body: ReadonlySet<number>, window: number, index: number, text: string, span: number, kind: CandidateKind, headline?: Headline): Float64Array {
  const place: Record<PlaceFeature, boolean> = Object.fromEntries(PLACE_FEATURES.map((f) => [f, false])) as Record<PlaceFeature, boolean>;
  const next = head.slice(index + span, window + 1).find((l) => !l.chrome && !l.separator);
  // The speech starts right under it (opensSpeech: one feature, each kind alone is rare on the training pages).
  if (next !== undefined && opensSpeech(next.text)) place['next-meta'] = true;
  else if (next?.prose) place['next-prose'] = true;
  place['first-line'] = index === 0;
  const key = text.replace(/\s+/g, '');
  // The page repeats the speech title in its short lines (page title, breadcrumb, document copy);
  // prose that mentions it says nothing. The same whole line three times is a compilation's banner.
  const others = key.length >= 4 ? head.filter((l, j) => (j < index || j >= index + span) && l.text.length <= 80) : [];
  if (others.filter((l) => l.key === key).length >= 2) place['repeated-twice'] = true;
  else if (others.some((l) => l.key.includes(key))) place['repeated-once'] = true;
  place['after-prose'] = head.slice(0, index).some((l) => l.prose);
  place.headline = kind === 'headline';
  place['glued-salutation'] = kind === 'glued-salutation';
  place['glued-body'] = kind === 'glued-body';
  place.joined = span === 2;
  place['last-in-head'] = index + span === window;
  // A short line naming no genre, or only genre words: a menu item, a name, a column (元旦献词 and 开学致辞 are short titles).
  place.short = text.length < 6 && (!TITLE_WORD.test(text) || genreOnly(text));
  place['title-under'] = titleUnder(head, window, index + span, titleAsPrinted(text).text.replace(/\s+/g, ''));
  const x = Float64Array.from([0, ...titleLineFeatures(text), ...PLACE_FEATURES.map((f) => (place[f] ? 1 : 0))]);
  // A theme title names its genre in the dash subtitle under it (做一个…的人 / ——在…上的讲话): the title and
  // its subtitle are one title block, as on a line `标题——在…上的讲话`, so the block's genre is the title's.
  // So is a headline's title part and the subtitle after its dash on the same line (行胜于言——在…毕业典礼上的演讲).
  const subtitleText = headline?.kind === 'subtitle' ? headline.tail : next !== undefined && isSubtitleLine(next.text) ? subtitleWords(next.text) : null;
  if (subtitleText !== null) {
    const subtitle = titleLineFeatures(subtitleText);
    const genre = GENRE_FEATURES.filter((j) => subtitle[j] === 1);
    for (const j of genre) x[1 + j] = 1;
    // A short title over a subtitle naming the genre is a theme title, not a menu item.
    if (genre.length > 0) x[1 + TITLE_LINE_FEATURE_COUNT + PLACE_FEATURES.indexOf('short')] = 0;
  }
  // 泰州市人民政府市长 / 万闻华: an office over a name on the next line is the speaker line split in two.
  if (OFFICE_AT_END.test(text) && PERSON_NAME.test(head[index + span]?.text ?? '')) x[1 + TITLE_FEATURES.findIndex((f) => f.id === 'speaker-line')] = 1;
  x[1 + TITLE_LINE_FEATURE_COUNT + PLACE_FEATURES.indexOf('body-recurrence')] = recurrence(text, body);
  return x;
}

/** One way of reading a line of the head as the title, with its features. */
export interface TitleCandidate extends Candidate {
  readonly features: Float64Array;
}

/**
 * Every reading of the head's lines as the title (unscored): what the model scores and the training
 * script learns from. Besides the lines (or two joined, or a headline's title part), a title glued to
 * the salutation and one glued to the first paragraph under a page title that carries it.
 */
export function titleCandidates(lines: readonly CleanLine[]): TitleCandidate[] {
  const window = headWindow(lines);
  const head = headLines(lines);
  const body = bodyPairs(head);
  const out: TitleCandidate[] = [];
  const add = (index: number, span: number, text: string, kind: CandidateKind, extra: Partial<Candidate> = {}): void => {
    out.push({ index, span, text, score: 0, features: candidateFeatures(head, body, window, index, text, span, kind, extra.headline), ...extra });
  };
  for (let i = 0; i < window; i++) {
    const text = lines[i]!.text;
    const joined = continuation(text, lines[i + 1]?.text);
    const headline = joined || text.length > 80 ? null : splitHeadline(text);
    const candidate = joined ?? headline?.title ?? text;
    if (excludedFromTitle(candidate)) continue;
    add(i, joined ? 2 : 1, candidate, headline ? 'headline' : 'line', headline ? { headline } : {});
  }
  for (let i = 0; i <= window && i < lines.length; i++) {
    const text = lines[i]!.text;
    const glued = /[:：]$/.test(text) ? titleBeforeSalutation(text) : null;
    if (glued) add(i, 1, glued.title, 'glued-salutation', { rest: glued.salutation });
  }
  const glued = gluedTitle(lines, window);
  if (glued) add(glued.index, 1, glued.text, 'glued-body', { rest: lines[glued.index]!.text.slice(glued.length).trimStart() });
  const repeated = repeatedTitleStart(lines, window) ?? repeatedTitleInside(lines, window);
  if (repeated) add(repeated.index, 1, repeated.title, 'glued-body', { rest: repeated.rest, dropped: repeated.dropped });
  markContainers(out);
  return out;
}

/** Sets `contains-candidate` on a candidate whose printed text holds another candidate's (of another line) inside it. */
function markContainers(candidates: TitleCandidate[]): void {
  const at = 1 + TITLE_LINE_FEATURE_COUNT + PLACE_FEATURES.indexOf('contains-candidate');
  const printed = candidates.map((c) => titleAsPrinted(c.text).text.replace(/\s+/g, ''));
  candidates.forEach((c, i) => {
    // Around it, an office or a verb of reporting (上海市市长龚正发表2023年元旦献词 around 元旦献词): a news
    // headline about the speech. 党课：… or 在… around a copy are the same title's own words.
    const reports = (inner: string): boolean => REPORTING.test(printed[i]!.replace(inner, '|'));
    if (printed.some((inner, j) => candidates[j]!.index !== c.index && inner.length >= 4 && printed[i]!.includes(inner) && reports(inner))) c.features[at] = 1;
  });
}
