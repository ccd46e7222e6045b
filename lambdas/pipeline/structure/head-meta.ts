import type { CleanLine } from '../clean';
import type { LineReport } from '../clean/report';
import { HAN, hanCount } from '../text/characters';
import { isSalutation } from '../text/markers';
import { CLOCK, isPublishStamp, MEDIA } from '../text/publish-stamp';
import { PHRASE_BREAK_OR_COLON_RE, PHRASE_BREAK_RE } from '../text/sentences';
import { CLOSING_BRACKETED_DATE, isDateLine, isSubtitleLine } from './meta-lines';
import { isPersonName } from './person-name';
import { isSpeechProse, TITLE_WORD_END } from './title-candidates';
import { hasChromeMarks, isChromeLike, OFFICE_AT_END, SPEECH_FIELD, SPEAKER_LABEL, SPEAKER_LINE } from './title-score';

/**
 * The meta lines printed under the title — subtitle, speaker, date — read from the lines under it,
 * before the running text. Printed centred under the title, a chrome line taken for one is the most
 * visible mistake a page can make, so each is taken only in the shape the gold pages show it in
 * (../shared/corpus and corpus-train, the first 60 lines of all 99 pages):
 *
 * - speaker: the 22 gold speaker lines are all an office and a name (`市委书记 傅贵荣`, `教师代表 刘瑾鸿`),
 *   names (`习近平`, `戚本禹、张春桥、谢富治`) or an office whose holder follows (`国务院总理`). The
 *   short lines the old test ("short, no punctuation, not chrome") also let through under a title are
 *   noise: a stray pair of backticks, a compilation's `一`, a newspaper after 来源： (`四川日报`), a column name
 *   (`香江动态`, `云南要闻`), a site name (`潮州新闻网`);
 * - date: never a web publish stamp (isPublishStamp: seconds, minutes off the quarter hours, a
 *   zero-padded date with a clock time, a web field, a clock time with a publisher: …14:00 人民网); a
 *   meeting's date and time (2024年1月12日 15:00) is
 *   the speech's. A speech gives its date in brackets (`（2022年7月11日）`, 5 of the gold dates), signs
 *   it under the speaker (`上海市市长 龚正` / `2023年1月1日`), or prints it right under the title above the
 *   salutation or speaker; a bare date right under a headline and above prose is a news page's dateline
 *   (`總統參加元旦致詞` / `中華民國84年12月31日`, and 182's stamp: 2 of 2 such lines are noise);
 * - any: the value of a label on the line above (`来源：` / `四川日报`, `编辑：` / a name) is the page's.
 */

/** A name that is a publisher, site, column or organisation: the media, and 中心, 集团, 公司. */
const PUBLISHER_END = new RegExp(`(?:${MEDIA}|中心|集团|集團|公司)$`);

/** Who reports, edits or photographs for the page, not who speaks: 新华社记者 张三, 责任编辑 李四. */
const PAGE_ROLE = /记者|記者|编辑|編輯|责编|責編|通讯员|通訊員|摄影|攝影|撰稿|供稿|来源|來源|作者|出处|出處|校对|校對|审核|審核/;

/** 欧阳晓明同志, 张明先生: a name with the form of address a programme prints after it. */
const HONORIFIC_END = /(?:同志|先生|女士)$/;

const isName = (token: string): boolean => {
  const name = token.replace(HONORIFIC_END, '');
  return isPersonName(name) && !PUBLISHER_END.test(name);
};

/** 李  明, 李　明: a two-character name spaced out to the width of three, closing the line. */
const SPACED_NAME = new RegExp(`(^|\\s)([${HAN}])\\s+([${HAN}])$`, 'u');

/** 县委书记 王建国 / 習近平 / 戚本禹、张春桥 / 国务院总理 / 授课：茹万春: a short line naming who speaks. */
export function isSpeakerLine(text: string): boolean {
  // 市委书记 李  明, 李　明: a two-character name spaced out to the width of three is one name.
  // 校长 王建国（2023年10月15日）: the speaker line signed with the date; the date does not make it another line.
  const t = text.trim().replace(CLOSING_BRACKETED_DATE, '').replace(SPACED_NAME, '$1$2$3');
  if (SPEAKER_LABEL.test(t)) return t.length <= 30 && !PHRASE_BREAK_RE.test(t) && !isChromeLike(t);
  if (t.length > 24 || hanCount(t) < 2 || PHRASE_BREAK_OR_COLON_RE.test(t) || isChromeLike(t) || TITLE_WORD_END.test(t) || PAGE_ROLE.test(t)) return false;
  const tokens = t.split(/\s+/);
  return SPEAKER_LINE.test(t) || OFFICE_AT_END.test(t) || tokens[tokens.length - 1]!.split('、').every(isName);
}

/**
 * 2026年2月3日在四川省第十四届人民代表大会第五次会议上: the subtitle (date and occasion) without its dash,
 * as a portal prints it; the dashed form (——2026年1月28日在…上) is a subtitle line.
 */
function isOccasionLine(text: string): boolean {
  return isDateLine(text) && /日\s*在.{2,50}(?:上|时|時)\s*[)）]?$/.test(text);
}

/** （2022年7月11日）: the bracketed date of a speech. */
const BRACKETED = /^\s*[（(]/;

/** A page label with its value on the next line: 来源：/ 四川日报, 编辑：/ 李莎莎, 发布时间：/ 2024年5月19日. */
const LABEL = /(?:来源|來源|作者|编辑|編輯|责编|責編|记者|記者|通讯员|通訊員|摄影|攝影|供稿|稿源|出处|出處|发布|發布|发布者|發布者|时间|時間|日期|浏览|瀏覽|点击|點擊|标签|標籤|关键词|關鍵詞|审核|審核|校对|校對)(?:次数|次數|量)?\s*[:：]\s*$/;

/**
 * The source line above a kept line, kept or removed by the cleaning (blank lines skipped, at most two):
 * a label the cleaning removed (来源：) still says what the line under it is.
 */
function lineAbove(lines: readonly CleanLine[], removed: readonly LineReport[], last: number): (line: CleanLine) => string | undefined {
  const text = new Map<number, string>();
  for (const l of lines) if (l.line <= last) text.set(l.line, l.text);
  for (const r of removed) if (r.line <= last && !text.has(r.line)) text.set(r.line, r.text);
  return (line) => {
    for (let n = line.line - 1; n >= line.line - 3 && n >= 1; n--) if (text.has(n)) return text.get(n);
    return undefined;
  };
}

/**
 * The line under a bare date is the speech's salutation or its speaker: the date is the speech's own
 * (在…会议上的讲话 / 2024年1月12日 15:00 / 同志们：). Under a news headline the dateline is followed by the
 * report's prose (總統參加元旦致詞 / 中華民國84年12月31日 / 李總統…發表祝詞…), under a page title by its
 * fields (来源：).
 */
function opensSpeech(next: CleanLine | undefined, titled: boolean): boolean {
  return next !== undefined && (isSalutation(next.text) || (titled && isSpeakerLine(next.text)));
}

/** The weekday a meeting's date names: （星期五）, 周五, 週五. */
const WEEKDAY = /[（(]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]\s*[)）]?/g;

/**
 * Chrome words or signs; on a date line that is no stamp, a meeting's clock time (15:00) and weekday
 * (（星期五）) are none — a date line is taken only right under the title or speaker, where no
 * today-widget (`今天是…星期日`) sits.
 */
/** Every clock time on a line (a global copy of CLOCK, made once). */
const CLOCK_ALL = new RegExp(CLOCK.source, 'g');

function hasPageMarks(text: string): boolean {
  return hasChromeMarks(isDateLine(text) && !isPublishStamp(text) ? text.replace(CLOCK_ALL, '').replace(WEEKDAY, '') : text);
}

/** 主持人 张三, 整理：李四: who hosts the meeting or records, edits, checks or photographs the text — no co-signer. */
const NOT_A_SIGNER = /主持|整理|记录|記錄|编辑|編輯|责编|責編|撰稿|执笔|執筆|审核|審核|审校|審校|校对|校對|摄影|攝影|翻译|翻譯|记者|記者|通讯员|通訊員|供稿/;

export interface MetaLines {
  subtitle?: CleanLine;
  speaker?: CleanLine;
  /** Who signs with the speaker, on the lines right under theirs (市委书记 傅贵荣 / 市长 沃勇特: a joint address). */
  coSpeakers?: CleanLine[];
  date?: CleanLine;
}

/**
 * Fills in the meta lines among `lines[from, to)` (the lines under the title, up to the salutation or
 * the first heading), stopping at the running text; chrome between them is skipped. Returns the lines
 * taken (they are not repeated in the body).
 */
export function readMetaLines(lines: readonly CleanLine[], from: number, to: number, removed: readonly LineReport[], meta: MetaLines, titled: boolean): CleanLine[] {
  const taken: CleanLine[] = [];
  // Index of the last speaker line taken (the speaker's or a co-speaker's): a co-speaker stands right under it.
  let speakerAt = -2;
  const above = lineAbove(lines, removed, lines[to]?.line ?? Infinity);
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (isSpeechProse(line.text)) break;
    // 2024年5月19日 星期日, 打印, 字号, 来源：/ 四川日报, an infobox's 演讲者 / 王建国: the page's, not the speech's.
    if (hasPageMarks(line.text) || LABEL.test(above(line) ?? '') || SPEECH_FIELD.test(above(line) ?? '')) continue;
    if (!meta.subtitle && (isSubtitleLine(line.text) || isOccasionLine(line.text))) meta.subtitle = line;
    else if (!meta.date && isDateLine(line.text) && !isPublishStamp(line.text) && (BRACKETED.test(line.text) || meta.speaker || opensSpeech(lines[i + 1], titled))) meta.date = line;
    else if (meta.speaker && titled && speakerAt === i - 1 && isSpeakerLine(line.text) && !isDateLine(line.text) && !NOT_A_SIGNER.test(line.text)) {
      // Right under the speaker line (nothing skipped or taken between), another speaker line: a joint
      // address's second signer — never the meeting's host or the transcript's recorder or editor.
      (meta.coSpeakers ??= []).push(line);
      speakerAt = i;
    } else if (!meta.speaker && titled && isSpeakerLine(line.text)) {
      // 国务院总理 / 李克强: an office closing its line and the holder's name on the next are one speaker line.
      const next = lines[i + 1];
      if (OFFICE_AT_END.test(line.text.trim()) && next && i + 1 < to && isName(next.text.trim()) && !isChromeLike(next.text)) {
        meta.speaker = { line: line.line, text: `${line.text.trim()} ${next.text.trim()}` };
        taken.push(line, next);
        i++;
        speakerAt = i;
        continue;
      }
      meta.speaker = line;
      speakerAt = i;
    } else continue;
    taken.push(line);
  }
  return taken;
}
