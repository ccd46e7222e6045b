/**
 * A site's disclaimer: the site names itself (本站, 本網站, 本平台, 本文库…) and disclaims — it does not
 * guarantee a document complete or accurate (本站不保证该用户上传的文档完整性), does not share an
 * author's views (不代表本站观点), accepts no liability (不承担…责任), entertains no complaint (本站不予受理),
 * reserves its rights (本网站保留一切权利), or heads it so (免责声明). No speaker says it.
 *
 * Deliberately narrow: the words a notice is made of (为您提供, 转载, 不予, 版权, 侵权, 上传, 下载, 观点)
 * are a speech's words too (本站全体职工要…坚决不予放行无票旅客。, 本平台…始终坚持为您提供优质服务，对侵权
 * 内容决不姑息。, 十年来，本站…从不转载未经核实的消息。), and 本站 alone is a station's. The clean stage's
 * chrome words (clean/lexicons.ts) weigh a line among others; this list decides alone, so it holds only
 * the disclaiming constructions.
 */
const SITE = /本站|本網站|本网站|本[网網](?![络絡格点點])|本平台|本文库|本文庫|本公众号|本公眾號/;
const DISCLAIMER = /免责声明|免責聲明|不(?:保证|保證)[^。！？!?]{0,30}(?:完整|准确|準確|真实|真實|正确|正確|可靠|有效)|不代表[^。！？!?]{0,12}(?:观点|觀點|立场|立場)|不(?:承担|承擔)[^。！？!?]{0,30}(?:责任|責任)|不予受理|保留(?:一切|所有)(?:权利|權利)/;

export function isSiteDisclaimer(text: string): boolean {
  return SITE.test(text) && DISCLAIMER.test(text);
}
