/**
 * A sentence in which the site speaks of itself: a disclaimer, a privacy notice, a portal's blurb
 * (本站不保证该用户上传的文档完整性…, 不代表本站观点, 本網站使用相關技術…, 本站内容包括…). No speaker says it;
 * a page whose only kept text is such a notice holds no speech. The four lines of the 99 gold pages
 * that name the site (本站, 本網站) are all noise; 本站 alone is not enough (a speech may say it of a
 * station, 本站全体职工), so a notice's words must be there too.
 */
const SITE = /本站|本網站|本网站|本[网網](?![络絡格])|本平台|本文库|本文庫|本公众号|本公眾號/;
const NOTICE = /不保证|不保證|不予|不代表|不承担|不承擔|观点|觀點|隐私|隱私|版权|版權|转载|轉載|侵权|侵權|免责|免責|声明|聲明|申明|敬告|为您提供|為您提供|内容包括|內容包括|上传|上傳|下载|下載/;

export function isSiteNotice(text: string): boolean {
  return SITE.test(text) && NOTICE.test(text);
}
