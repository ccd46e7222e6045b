/** Word lists the line features count: chrome words, SEO and notice phrases, a portal's title decorations. */
import { CHROME_WORDS as CHROME_TABLE } from '../text/chrome-words';

/**
 * A word list matched in one pass over the text (words indexed by their first character): a regex
 * alternation of a hundred words costs a hundred tries at every position of a long paragraph.
 */
export function lexicon(words: string): { count: (text: string) => number } {
  const byFirst = new Map<number, string[]>();
  for (const word of words.split(' ')) {
    for (const form of new Set([word, word.toLowerCase(), word.toUpperCase()])) {
      const list = byFirst.get(form.charCodeAt(0)) ?? [];
      list.push(form);
      byFirst.set(form.charCodeAt(0), list);
    }
  }
  return {
    count(text) {
      let hits = 0;
      for (let i = 0; i < text.length; i++) {
        const list = byFirst.get(text.charCodeAt(i));
        if (list === undefined) continue;
        for (const word of list) {
          if (text.startsWith(word, i)) {
            hits++;
            i += word.length - 1;
            break;
          }
        }
      }
      return hits;
    },
  };
}

/**
 * Words of page chrome, counted per line: the one table of text/chrome-words.ts (navigation, toolbars,
 * accounts, sharing, portals' page meta), less the words a speech's own sentences use too (欢迎, 查看,
 * 访问, 发表): counted, they weighed against content and let the guards condemn a sentence for them
 * (counting them as a feature of their own cost 0.009 of noise lines cross-validated: left out).
 */
export const CHROME_WORDS = lexicon(CHROME_TABLE.filter((w) => !w.prose).map((w) => w.word).join(' '));
/** How a portal decorates a page title: 范文, 5篇, 篇一, 精选, 大全, 模板, .docx, 1000字. */
// A number is matched from its first digit only ((?<!\d)): tried from every digit of a long run, each try
// scanned the rest of the run, and a line of 80k digits took 22 s (quadratic). Same matches.
export const COMPILATION_WORDS = /范文|範文|(?<!\d)\d+\s*篇|篇\s*[一二三四五六七八九十\d]|[（(【]共?\d+篇[)）】]|精选|精選|大全|模板|实用|實用|合集|汇编|匯編|\.docx?|(?<!\d)\d+字$/;
/**
 * What an SEO intro, a portal's filler or a notice says about the text rather than in it. Not a
 * speaker's own openers (下面是我讲的三点意见。, 以下是…, 精心组织): every SEO intro in the gold that has
 * them also has 小编, 为大家 or 整理.
 */
export const SEO_PHRASES = lexicon(
  '侵权 侵權 转载 轉載 免责 免責 隐私 隱私 不代表 请勿 請勿 小编 小編 一起来看看 一起來看看 欢迎阅读 歡迎閱讀 仅供参考 僅供參考 希望对 希望對 希望能 为大家 為大家 欢迎参考 歡迎參考 不代表本站 整理了 收集整理 大家想知道 怎么写 怎麼寫 如何写 拼音 特意整理 供大家',
);

/** Chrome words a line names itself (首页, 登录, 下载, 本站…). */
export function chromeWordCount(text: string): number {
  return CHROME_WORDS.count(text);
}

/** Whether a line speaks about the page (以下是小编…, 仅供参考, 转载, 侵权…) rather than in the speech. */
export function hasSeoPhrase(text: string): boolean {
  return SEO_PHRASES.count(text) > 0;
}
