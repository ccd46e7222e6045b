/**
 * What a speech calls itself at the end of its title (讲话, 致辞, 报告, 主持词…), in one table for the
 * cleaning and the structure stage. Three tests read it, each a list of its own before this table:
 *
 * - `rejoin` — `TITLE_ENDING` (text/markers.ts): a title split over two lines is rejoined when the two
 *   end so; the line classifier's "ends like a title" feature;
 * - `genre-end` — `endsWithTitleGenre` (text/markers.ts): the cleaning's guards and span features, the
 *   structure's collection-banner and headline tests;
 * - `title` — the title decision's genre evidence (structure/title-score.ts), the widest; and
 *   `occasion`, the occasion words it reads in the genre's place (…县长就职).
 *
 * The lists differ where the committed line and span models were trained on them as they were (讲授 is
 * no `genre-end` word, 典礼 no `title` word, the 辞 forms and 感言, 倡议书… only `title` words); making
 * them one changes those models' features, so it waits for their retraining. Words written with 词 are
 * written with 辞 too, in both scripts.
 */

export type GenreUse = 'rejoin' | 'genre-end' | 'title' | 'occasion';

interface GenreWord {
  readonly word: string;
  readonly uses: readonly GenreUse[];
}

const group = (words: string, uses: readonly GenreUse[]): GenreWord[] => words.split(' ').map((word) => ({ word, uses }));

const GENRE_WORDS: readonly GenreWord[] = [
  // What most gold titles end with: 讲话, 报告, 发言, 致辞, 党课, 讲稿, 演讲, 讲座, 总结, 动员, 辅导, 体会, 通知, 主持词.
  ...group('讲话 講話 报告 報告 发言 發言 致辞 致辭 党课 黨課 讲稿 講稿 演讲 演講 讲座 講座 总结 總結 动员 動員 辅导 輔導 体会 體會 的通知 主持词 主持詞', ['rejoin', 'genre-end', 'title']),
  // A lecture (讲授): rejoined and the title's, not one the cleaning's guards read.
  ...group('讲授', ['rejoin', 'title']),
  // Kinds of address a title ends with: a report to a body, words of greeting, thanks or welcome, a talk, a declaration.
  ...group('汇报 匯報 致词 致詞 献词 獻詞 贺词 賀詞 祝词 祝詞 演说 演說 主持稿 谈话 談話 宣言 寄语 寄語 开幕词 開幕詞 闭幕词 閉幕詞 欢迎词 歡迎詞 答谢词 答謝詞', ['genre-end', 'title']),
  // The occasion in the genre's place: an inauguration (…县长就职) …
  ...group('就职 就職', ['genre-end', 'occasion']),
  // … a ceremony (…开学典礼): the cleaning's guards read it, the title decision does not (its titles name the speech: …典礼上的讲话).
  ...group('典礼 典禮', ['genre-end']),
  // The title decision's alone: a manuscript (发言稿), 辞 written for 词, toasts and award citations, a speech's
  // own words (感言), open letters and proposals, lecture notes and outlines, opinions, a council's questions
  // and answers, minutes and records.
  ...group('发言稿 演讲稿 講辭 讲辞 献辞 獻辭 贺辞 賀辭 祝辞 祝辭 开幕辞 開幕辭 闭幕辞 閉幕辭 欢迎辞 歡迎辭 答谢辞 答謝辭 祝酒词 祝酒詞 颁奖词 頒獎詞', ['title']),
  ...group('感言 倡议书 倡議書 公开信 公開信 贺信 賀信 讲义 講義 提纲 提綱 意见 意見 质询 質詢 答询 答詢 纪要 紀要 会议记录 會議記錄 会议纪录 會議紀錄', ['title']),
];

/**
 * The words one test reads, as a regex alternation (no member holds a metacharacter), shorter words first:
 * a word that starts another (发言, 发言稿) is the one found where both are.
 */
export function genreAlternation(use: GenreUse): string {
  const words = GENRE_WORDS.filter((w) => w.uses.includes(use)).map((w) => w.word);
  return words.sort((a, b) => a.length - b.length).join('|');
}
