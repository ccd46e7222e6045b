/**
 * Patterns of whole lines that web pages and PDF exports add around a speech. Each pattern is
 * anchored and short-line-bound so that a real sentence mentioning the same words is never matched.
 */

export interface NoisePattern {
  readonly reason: string;
  readonly pattern: RegExp;
}

/** Page furniture: safe to drop anywhere in the text. */
export const PAGE_FURNITURE: readonly NoisePattern[] = [
  { reason: 'page number', pattern: /^[-—–－~～]\s*\d{1,4}\s*[-—–－~～]$/ },
  { reason: 'page number', pattern: /^第\s*\d{1,4}\s*页\s*[,，/、]?\s*(?:共\s*\d{1,4}\s*页)?$/ },
  { reason: 'page number', pattern: /^(?:P|p|Page|PAGE|page)\s*\.?\s*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/ },
  { reason: 'page number', pattern: /^\d{1,4}\s*\/\s*\d{1,4}$/ },
  { reason: 'page number', pattern: /^\d{1,4}$/ },
  { reason: 'page title with page number', pattern: /^Page\s+\d{1,4}\s*[-–—|]\s*\S.{0,60}$/ },
];

/** Site chrome found above a speech. */
export const HEAD_CHROME: readonly NoisePattern[] = [
  { reason: 'mobile/desktop switch', pattern: /^(?:手机版|电脑版|手機版|電腦版|移动版|触屏版|简体版|繁体版|繁體版|简体|繁體)$/ },
  { reason: 'breadcrumb', pattern: /^(?:您的当前位置|当前位置|您的位置|你的位置|您現在的位置|当前页面|位置)\s*[:：]/ },
  { reason: 'breadcrumb', pattern: /^(?:首页|首頁|主页|网站首页)\s*[>›»/＞]/ },
  { reason: 'breadcrumb', pattern: /^[^。！？]{0,40}[>›»＞][^。！？]{0,40}[>›»＞][^。！？]*$/ },
  { reason: 'toolbar', pattern: /^(?:\s*[【\[]\s*(?:收藏|打印|关闭|關閉|纠错|糾錯|分享|字号|字體|字体|大|中|小|返回|打印本页|关闭窗口|加入收藏|推荐|评论)\s*[】\]]\s*)+$/ },
  { reason: 'toolbar', pattern: /^(?:字号|字體|字体)\s*[:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?/ },
  {
    reason: 'publish/source line',
    pattern: /^(?:来源|來源|发布时间|發布時間|发布日期|發佈日期|时间|時間|日期|作者|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|浏览次数|阅读|閱讀|点击|點擊|访问量|文章来源|信息来源|发布者|发布人)\s*[:：]/,
  },
  { reason: 'publish/source line', pattern: /^(?:网友|網友)\s*(?:分享|投稿|整理)?\s*(?:时间|時間)?\s*[:：]?\s*$/ },
  // Date *and* time (or a view count): a CMS stamp. A bare 2024年8月30日 is the speech's own date and stays.
  { reason: 'publish time', pattern: /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\d+)?(?:\s*(?:阅读|浏览|点击|次))?$/ },
  { reason: 'publish time', pattern: /^\d{4}-\d{1,2}-\d{1,2}\s+\d+\s*(?:阅读|浏览|点击|次)?$/ },
  { reason: 'publish time', pattern: /^(?:发布|發布|更新|更新时间)?\s*[:：]?\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}/ },
  { reason: 'SEO intro', pattern: /(?:以下是|下面是|这是|這是|本文是)[^。]{0,12}(?:小编|小編|本站|网友)[^。]{0,30}(?:整理|收集|精心|为大家|為大家|分享)/ },
  { reason: 'SEO intro', pattern: /(?:欢迎阅读|歡迎閱讀|仅供参考|僅供參考|供大家参考|供大家參考|希望对大家有所帮助|希望對大家有所幫助|欢迎大家阅读|欢迎借鉴)[。！!,，]?(?:.{0,20})$/ },
  // Only site-like endings: a title such as 织密织牢社会保障网 also ends in 网.
  { reason: 'site name', pattern: /^[^\s。，！？]{1,16}(?:范文网|範文網|文库|文庫|新闻网|新聞網|资讯网|資訊網|门户网|門戶網|门户网站|教育网|教育網|党建网|黨建網|学习网|學習網|文秘网|秘书网|公文网|写作网|参考网|资料网|网站|網站|官网|官網|在线|在線)$/ },
  { reason: 'WeChat header', pattern: /^(?:点击|點擊|点|戳)[^。，]{0,8}(?:蓝字|藍字|关注|關注)[^。，]{0,10}$/ },
  { reason: 'WeChat byline', pattern: /^(?:原创|原創)\s+.{0,30}(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)/ },
  { reason: 'keywords/tags line', pattern: /^(?:关键词|關鍵詞|标签|標籤|关键字|推荐访问|推薦訪問|相关搜索|tags?)\s*[:：]/i },
];

/** A line that ends the speech on a scraped page: everything after it is chrome unless it reads as content. */
export const TAIL_STOPPERS: readonly NoisePattern[] = [
  { reason: 'read-more link', pattern: /^(?:展开)?(?:阅读全文|閱讀全文|查看全文|展开全文|展開全文|点击查看全文|余下全文|剩余\d*%?未读|继续阅读)[>》»…\s]*$/ },
  { reason: 'paywall', pattern: /^[(（]\s*(?:想阅读|想閱讀|阅读完整|閱讀完整|登录后|登錄後|登陆后)[^)）]{0,40}[)）]$|^(?:想阅读完全部|想閱讀完全部)[^。]{0,40}$/ },
  // Anchored at the line start: 任务未完，决不收兵 or 为老年人开通会员通道 are sentences, not paywalls.
  { reason: 'paywall', pattern: /^[(（【]?\s*(?:试读结束|試讀結束|开通(?:VIP|会员|會員)|開通(?:VIP|會員)|成为VIP|充值VIP|下载后阅读|下載後閱讀|全文约\s*\d+\s*字|全文共\s*\d+\s*字|未完[，,]|当前显示\s*\d+\s*字)/i },
];

/** Chrome found below a speech (share, comments, related lists, download links, footer). */
export const TAIL_CHROME: readonly NoisePattern[] = [
  { reason: 'share line', pattern: /^(?:分享|分享到|分享本文|转发|轉發)\s*[:：]?.{0,30}$/ },
  { reason: 'share line', pattern: /(?:扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|微信订阅号|微信訂閱號|公众号|公眾號|关注我们|關注我們)/ },
  { reason: 'comments', pattern: /^(?:精选留言|精選留言|我要留言|发表评论|發表評論|网友评论|網友評論|评论|評論|留言|写评论|查看评论|条评论)(?:\s*[(（]?\d*[)）]?)?\s*[:：]?$/ },
  { reason: 'related list', pattern: /^(?:相关内容|相關內容|相关文章|相關文章|相关阅读|相關閱讀|相关推荐|相關推薦|热门推荐|熱門推薦|热门文章|本周热门|本月热门|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|延伸阅读|热门排行|最新文章|精彩推荐|为你推荐)\s*[:：]?$/ },
  { reason: 'navigation', pattern: /^(?:上一篇|下一篇|上一页|下一页|返回顶部|返回首页|返回列表|回到顶部|返回頂部)\s*[:：]?.{0,60}$/ },
  { reason: 'footer', pattern: /^(?:联系客服|聯繫客服|联系我们|关于我们|版权声明|免责声明|網站地圖|网站地图|在线客服|意见反馈)\s*$/ },
  { reason: 'footer', pattern: /(?:版权所有|版權所有|Copyright|©|ICP备|ICP證|ICP证|公网安备)/i },
  { reason: 'end marker', pattern: /^[（(【\[]\s*(?:完|全文完|END|End|end)\s*[)）】\]]$|^-{1,}\s*(?:END|End|完)\s*-{1,}$/ },
  { reason: 'editor credit', pattern: /^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|供稿|来源|來源|作者|摄影|攝影|排版|美编)\s*[:：][^。]{0,30}$/ },
  { reason: 'WeChat footer', pattern: /^(?:阅读原文|閱讀原文|写留言|寫留言|(?:分享|点赞|點讚|在看|收藏|转发)(?:[、，,\s·|]*(?:分享|点赞|點讚|在看|收藏|转发))*)$/ },
  { reason: 'download link', pattern: /^(?:点击)?(?:下载|下載|免费下载|立即下载|下载文档|下载本文|下载全文|文档下载|word下载|原文下载)(?:[:：].{0,60}|.{0,12})$/i },
];

/** Leftovers at the very end of a scraped page: digits, quotes, brackets and semicolons only. */
export const TRAILING_JUNK = /^[\d\s"'`“”‘’()（）\[\]{}<>;；,，.。:!?/\\|_=+&^%$#@~-]+$/;

export function matchNoise(text: string, patterns: readonly NoisePattern[]): string | null {
  for (const { reason, pattern } of patterns) if (pattern.test(text)) return reason;
  return null;
}
