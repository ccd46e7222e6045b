import type { CleanLine } from '../clean';
import type { RemovalReason } from '../clean/report';
import { PIECE_INDEX, PIECE_NUMBER, PRAISE_TAGS, TEXT_KIND_TAGS } from '../text/page-title-decoration';
import { PHRASE_BREAK_RE } from '../text/sentences';
import { SPEAKER_LINE, advertisesCollection, excludedFromTitle, isChromeLike, TITLE_WORD } from './title-score';
import { stripTitleDecoration } from './title-text';

/**
 * Titles a flattened page glued to the first paragraph: readings the title decision weighs beside
 * the lines (title-candidates.ts), each with what stays in the body.
 */

/**
 * A flattened page glues the speech's own title to its first paragraph (七一党课：初心易得 始终难守按照市委…)
 * under a page title that carries the same words with decorations. The longest start of a long line
 * that the page title contains is that title.
 */
export function gluedTitle(lines: readonly CleanLine[], window: number): { index: number; text: string; length: number } | null {
  for (let i = 0; i < Math.min(window + 1, lines.length); i++) {
    const line = lines[i]!.text;
    if (line.length <= 60) continue;
    for (let j = 0; j < i; j++) {
      const page = lines[j]!.text;
      if (page.length > 60 || isChromeLike(page) || SPEAKER_LINE.test(page)) continue;
      // Spaces the page title keeps (初心易得 始终难守) may be gone from the repaired paragraph: the
      // title is taken from the page title, which keeps them, and the paragraph loses its start.
      let longest = 0;
      let from = 0;
      let to = 0;
      for (let s = 0; s < page.length; s++) {
        let k = 0;
        let p = s;
        while (p < page.length && k < line.length) {
          if (page[p] === line[k]) {
            p++;
            k++;
          } else if (/\s/.test(page[p]!)) p++;
          else break;
        }
        if (k > longest) [longest, from, to] = [k, s, p];
      }
      const text = page.slice(from, to).trim();
      // The copy runs to where the page title's own words end (only decorations may follow): 第十六屆嘉義縣長
      // starting a sentence under 第十六屆嘉義縣長就職典禮 is the sentence's subject, not the title.
      const core = stripTitleDecoration(page).text.trimEnd();
      if (longest >= 6 && longest >= page.length * 0.6 && to >= core.length && !excludedFromTitle(text)) return { index: i, text, length: longest };
    }
  }
  return null;
}

/** What a page adds between two copies of its title or after the second: 范文, 模板, spaces; 篇1, （一）. */
const BETWEEN_COPIES = new RegExp(`^(?:${TEXT_KIND_TAGS}|${PRAISE_TAGS}|\\s)*`);
const PIECE_INDEX_AFTER = new RegExp(`^\\s*(?:${PIECE_INDEX}|[（(]${PIECE_NUMBER}[）)])?\\s*`);

export interface RepeatedTitle {
  readonly index: number;
  readonly title: string;
  readonly rest: string;
  readonly dropped: readonly { readonly text: string; readonly reason: RemovalReason }[];
}

/**
 * A document preview flattened into one line: the page title, the document's copy of it and the first
 * paragraph run together (2023年企业新年元旦致辞范文 2023年企业新年元旦致辞篇1 1月1日又称元旦…). A long
 * line starting with a title (up to a genre word), then only decoration, then the same title again: the
 * second copy is the title, the first copy and the piece index are listed as removed, the rest is the
 * paragraph. The longest such title wins; only the first 60 characters are read.
 */
/** Every genre word in a line (matchAll copies the regex, so one shared global one is safe). */
const TITLE_WORDS = new RegExp(TITLE_WORD.source, 'g');

export function repeatedTitleStart(lines: readonly CleanLine[], window: number): RepeatedTitle | null {
  for (let i = 0; i < Math.min(window + 1, lines.length); i++) {
    const line = lines[i]!.text;
    if (line.length <= 60) continue;
    let found: RepeatedTitle | null = null;
    for (const m of line.slice(0, 40).matchAll(TITLE_WORDS)) {
      const end = m.index + m[0].length;
      const title = line.slice(0, end);
      const second = end + BETWEEN_COPIES.exec(line.slice(end))![0].length;
      if (title.length < 4 || !line.startsWith(title, second) || excludedFromTitle(title) || isChromeLike(title)) continue;
      const after = second + title.length;
      const restAt = after + PIECE_INDEX_AFTER.exec(line.slice(after))![0].length;
      if (restAt >= line.length) continue;
      const dropped: { text: string; reason: RemovalReason }[] = [{ text: line.slice(0, second), reason: 'title repeated at the start of the text' }];
      if (line.slice(after, restAt).trim() !== '') dropped.push({ text: line.slice(after, restAt).trim(), reason: 'decoration of a page title' });
      found = { index: i, title, rest: line.slice(restAt), dropped };
    }
    if (found) return found;
  }
  return null;
}


/**
 * A document preview flattened into one line with a cover block in front: the title appears twice in
 * its first characters, the first copy inside the cover (编号：136929198县委常委、县政府负责人全县…主持词201X/X/XX
 * 全县…主持词县委常委、县政府负责人xxx（二○一八年…）同志们：…). Two copies ending with the same genre word,
 * the longer text they share before it being the title; everything before the second copy is the cover
 * (no sentence punctuation, at most 80 characters, advertising no collection: 7月微党课讲稿_微党课稿件17篇
 * repeated is a compilation's banner) and is listed as removed, what follows it is the text.
 * Only the first 160 characters are read.
 */
export function repeatedTitleInside(lines: readonly CleanLine[], window: number): RepeatedTitle | null {
  for (let i = 0; i < Math.min(window + 1, lines.length); i++) {
    const line = lines[i]!.text;
    if (line.length <= 60) continue;
    const head = line.slice(0, 160);
    const words = [...head.matchAll(TITLE_WORDS)];
    for (const second of words) {
      const end2 = second.index + second[0].length;
      for (const first of words) {
        const end1 = first.index + first[0].length;
        if (first[0] !== second[0] || end1 >= second.index) continue;
        // The longest text both copies end with.
        let k = 0;
        while (k < end1 && head[end1 - 1 - k] === head[end2 - 1 - k]) k++;
        const start2 = end2 - k;
        const title = head.slice(start2, end2).trim();
        const cover = head.slice(0, start2);
        if (k < 6 || end1 > start2 || start2 > 80 || PHRASE_BREAK_RE.test(cover) || advertisesCollection(cover) || excludedFromTitle(title) || isChromeLike(title)) continue;
        if (end2 >= line.length) continue;
        return { index: i, title, rest: line.slice(end2).trimStart(), dropped: [{ text: cover, reason: 'title repeated at the start of the text' }] };
      }
    }
  }
  return null;
}
