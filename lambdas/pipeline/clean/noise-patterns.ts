/**
 * Patterns of whole lines that web pages and PDF exports add around a speech. Each pattern is
 * anchored and short-line-bound so that a real sentence mentioning the same words is never matched.
 */

/** Where on the page a rule applies (regions.ts decides which lines are head, body and tail). */
export type NoiseRegion = 'anywhere' | 'head' | 'tail-stopper' | 'tail';

/** Why a whole line was removed, as the manifest says it. */
export type NoiseReason =
  | 'page number'
  | 'page title with page number'
  | 'mobile/desktop switch'
  | 'breadcrumb'
  | 'toolbar'
  | 'publish/source line'
  | 'publish time'
  | 'SEO intro'
  | 'site name'
  | 'WeChat header'
  | 'WeChat byline'
  | 'keywords/tags line'
  | 'read-more link'
  | 'paywall'
  | 'share line'
  | 'comments'
  | 'related list'
  | 'navigation'
  | 'footer'
  | 'end marker'
  | 'editor credit'
  | 'WeChat footer'
  | 'download link'
  | 'foreign-language notice'
  | 'photo caption';

/**
 * One cleaning rule as data: what it matches, where, why, and example lines it must and must not
 * match (test/pipeline/clean/noise-patterns.test.ts checks every example, table by table).
 */
export interface NoiseRule {
  readonly id: string;
  readonly region: NoiseRegion;
  readonly pattern: RegExp;
  readonly reason: NoiseReason;
  readonly examples: { readonly hit: readonly string[]; readonly miss: readonly string[] };
}

/** Page furniture: safe to drop anywhere in the text. */
export const PAGE_FURNITURE: readonly NoiseRule[] = [
  // Japanese kana in a Chinese speech page: a language-edition notice (ある, ページ), never the speech.
  {
    id: 'foreign-notice-kana',
    region: 'anywhere',
    examples: { hit: ['こちらのページは繁体字版です。日本語版「フォーカス台湾」に移動しますか。'], miss: ['中日友好交流的讲话', '引用日语「ありがとう」表示感谢。'] },
    reason: 'foreign-language notice',
    pattern: /^(?=.{0,80}$)(?:[^\p{Script=Hiragana}\p{Script=Katakana}]*[\p{Script=Hiragana}\p{Script=Katakana}]){6}/u,
  },
  // A news photo's caption ends with its credit (……开幕。 宁夏日报记者 王鼎 摄): the page's picture, not the speech.
  {
    id: 'photo-caption',
    region: 'anywhere',
    examples: { hit: ['2月3日，自治区人大会议在银川开幕。 宁夏日报记者 王鼎 摄', '会议现场。（新华社记者 李学仁 摄）', '这是习近平向在场的中外记者挥手致意。 新华社记者 庞兴雷/摄'], miss: ['记者朋友们辛苦了，大家拍摄的照片很好。', '摄影展开幕了。'] },
    reason: 'photo caption',
    pattern: /(?:记者|記者|通讯员|通訊員)\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})?\s*[/／]?\s*(?:摄|攝|摄影|攝影)\s*[)）]?$/u,
  },
  // A CMS stamp: a numeric date or clock time with a web field (来源:, 编辑:, 浏览数:, 查看数:), no sentence,
  // opening with one of them (a headline with its stamp glued on is the title: structure splits it).
  // Anywhere: a headline written as a sentence (新春贺词!…) ends the head above it. A council record's
  // 時間：中華民國112年2月24日 (a Chinese date, no web field) is the record's own.
  {
    id: 'publish-stamp-fields',
    region: 'anywhere',
    examples: {
      hit: ['2014-03-14   来源:记者站     浏览数:', '来源: 编辑:曹佳蓉 2024-02-09 09:16:39 查看数:0', '发布时间：2024-01-02 10:00 来源：新华网', '作者：李明 2023/05/06'],
      miss: ['编辑部于2024-01-02召开会议。', '時間：中華民國112年2月24日(星期五)上午9時', '作者：李明', '2023-2024学年来源：教务处统计', '澎湖縣第17屆縣長交接 陳光復宣誓就職        發布日期:2014-12-25'],
    },
    reason: 'publish time',
    pattern: /^(?=.{0,100}$)(?=.*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}))(?=.*(?:来源|來源|编辑|編輯|作者|浏览|瀏覽|查看|点击|點擊|阅读|閱讀|发布|發布|發佈|发表|發表|更新)(?:时间|時間|日期|数|數|次数|次數|量)?\s*[:：])(?:\d{4}[-/.]|(?:来源|來源|编辑|編輯|作者|浏览|瀏覽|查看|点击|點擊|阅读|閱讀|发布|發布|發佈|发表|發表|更新))[^。！？!?]*$/,
  },
  // A portal's legal notice about its uploads or its privacy terms: the site speaking, never a speaker
  // (a speech about privacy says 隐私 in a sentence of its own, not 请同意…隐私权规范 or 申明敬告:).
  {
    id: 'site-legal-notice',
    region: 'anywhere',
    examples: {
      hit: ['申明敬告: 本站不保证该用户上传的文档完整性,不预览、不比对内容而直接下载产生的反悔问题本站不予受理。', '請同意我們的隱私權規範,才能啟用聽新聞的功能。', '免责声明：本文仅代表作者观点'],
      miss: ['我们要尊重和保护公民的隐私权。', '申明纪律，严肃问责。', '同意的同志请举手。'],
    },
    reason: 'footer',
    pattern: /^(?=.{0,120}$)(?:(?:申明敬告|免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明)\s*[:：]|.{0,12}(?:同意|接受)[^。！？]{0,12}(?:隐私|隱私)(?:权|權)?(?:规范|規範|政策|声明|聲明|条款|條款))/,
  },
  // A weather widget from the site's header bar: a temperature range (18℃~11℃), never a sentence.
  {
    id: 'weather-line',
    region: 'anywhere',
    examples: { hit: ['• 泰州 阵雨转多云 18℃~11℃', '北京 晴 -3℃/5℃'], miss: ['今年平均气温比常年高1.2℃，降水偏少。', '气温在18℃~25℃之间，适宜耕种。'] },
    reason: 'toolbar',
    pattern: /^[^。，！？,]{0,20}-?\d{1,2}\s*(?:℃|°C?)\s*[~～\-—/至]\s*-?\d{1,2}\s*(?:℃|°C?)$/,
  },
  // A web address alone on a line (a video's link between paragraphs): nothing a reader prints.
  {
    id: 'bare-url',
    region: 'anywhere',
    examples: { hit: ['https://www.cpr.cuhk.edu.hk/cutv/detail/1122', 'www.gov.cn/xinwen/2024-03/05/content_1.htm'], miss: ['详见 https://www.gov.cn 的公告。', '政府网站www.gov.cn要办好。'] },
    reason: 'navigation',
    pattern: /^(?:https?:\/\/|www\.)[\w.-]+(?:\/[\w.~%&=?#:+\/-]*)?$/i,
  },
  {
    id: 'page-number-dashes',
    region: 'anywhere',
    examples: { hit: ['- 3 -', '— 12 —', '～5～'], miss: ['-3-5', '— 2024年 —'] },
    reason: 'page number',
    pattern: /^[-—–－~～]\s*\d{1,4}\s*[-—–－~～]$/,
  },
  {
    id: 'page-number-of-pages',
    region: 'anywhere',
    examples: { hit: ['第 2 页 共 9 页', '第3页', '第2页/共5页'], miss: ['第2页的内容很重要', '第二页'] },
    reason: 'page number',
    pattern: /^第\s*\d{1,4}\s*页\s*[,，/、]?\s*(?:共\s*\d{1,4}\s*页)?$/,
  },
  {
    id: 'page-number-p',
    region: 'anywhere',
    examples: { hit: ['P. 2', 'Page 3 of 9', 'p7'], miss: ['Python 3.12 版本发布', 'P2P网贷风险'] },
    reason: 'page number',
    pattern: /^(?:P|p|Page|PAGE|page)\s*\.?\s*\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?$/,
  },
  {
    id: 'page-number-fraction',
    region: 'anywhere',
    examples: { hit: ['3/9', '12 / 40'], miss: ['1/3的干部', '2024/5/20'] },
    reason: 'page number',
    pattern: /^\d{1,4}\s*\/\s*\d{1,4}$/,
  },
  {
    id: 'page-number-bare',
    region: 'anywhere',
    examples: { hit: ['12', '3'], miss: ['12345', '2024年'] },
    reason: 'page number',
    pattern: /^\d{1,4}$/,
  },
  {
    id: 'page-title-page-number',
    region: 'anywhere',
    examples: { hit: ['Page 3 - 讲话稿全文', 'Page 12 | 某某网'], miss: ['Page views grew this year'] },
    reason: 'page title with page number',
    pattern: /^Page\s+\d{1,4}\s*[-–—|]\s*\S.{0,60}$/,
  },
];

/**
 * Shapes that are never content, applied anywhere after the learned decision and not one of its
 * features: the classifier scores such lines as chrome already, and a feature would only move the refit
 * (a document portal's file facts as a rule feature cost fold 2 a span threshold: .851 -> .791 of noise
 * lines). What they catch is what a refit may leave behind.
 */
export const SETTLED_CHROME: readonly NoiseRule[] = [
  // A document portal's file facts, one per line: upload date, size, pages (- 2021-05-07 发布 |, - 37.5 KB |, - 55页).
  {
    id: 'document-facts',
    region: 'anywhere',
    examples: { hit: ['- 2021-05-07 发布 |', '- 2023-04-01 上传 |', '- 37.5 KB |', '- 55页', '• 12 页'], miss: ['- 2021年要做好三件事', '55页的报告要认真学习。', '- 全年完成投资37.5亿元'] },
    reason: 'publish/source line',
    pattern: /^[-•·–]\s*(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:上传|上傳|发布|發布|更新)|\d+(?:\.\d+)?\s*(?:KB|MB|K|M)|\d{1,4}\s*(?:页|頁))\s*[|｜]?$/i,
  },
];

/** Site chrome found above a speech. */
export const HEAD_CHROME: readonly NoiseRule[] = [
  // Above a Chinese speech, a whole sentence in English is the site talking to a visitor (a browser or
  // language-edition notice), not the speech.
  {
    id: 'foreign-notice-latin',
    region: 'head',
    examples: { hit: ['Your browser does not appear to support Traditional Chinese. Would you like to go to CNA’s English website, “Focus Taiwan”?'], miss: ['Speech at the Opening Ceremony', '2024 APEC 工商领导人峰会上的讲话 at the summit of business leaders'] },
    reason: 'foreign-language notice',
    pattern: /^(?!.*\p{Script=Han})[A-Za-z]\S*(?:\s+\S+){6,}$/u,
  },
  {
    id: 'mobile-switch',
    region: 'head',
    examples: { hit: ['手机版', '繁體'], miss: ['手机版面设计要美观。'] },
    reason: 'mobile/desktop switch',
    pattern: /^(?:手机版|电脑版|手機版|電腦版|移动版|触屏版|简体版|繁体版|繁體版|简体|繁體)$/,
  },
  // A stamp or label line that ends with the site's mobile switch (致辞 时间:2021-08-31 手机版).
  {
    id: 'mobile-switch-suffix',
    region: 'head',
    examples: { hit: ['致辞 时间:2021-08-31 手机版', '首页 资讯 手機版'], miss: ['手机版面设计要美观。', '我们推出了政务服务手机版'] },
    reason: 'mobile/desktop switch',
    pattern: /^[^。！？]{0,30}\s(?:手机版|手機版|电脑版|電腦版)$/,
  },
  // A portal asking to be put on the desktop (安装后可以在桌面快捷访问, 添加…到电脑桌面).
  {
    id: 'desktop-shortcut',
    region: 'head',
    examples: { hit: ['安装后可以在桌面快捷访问', '添加文秘家园网 | 公文写作素材范文网站到电脑桌面', '设为首页 收藏本站 电脑桌面'], miss: ['桌面上的文件要整理好。', '把服务送到群众的家门口。'] },
    reason: 'toolbar',
    pattern: /^[^。！？]{0,40}(?:电脑桌面|電腦桌面|桌面快捷|快捷访问|快捷訪問|添加到桌面)[^。！？]{0,10}$/,
  },
  {
    id: 'breadcrumb-label',
    region: 'head',
    examples: { hit: ['当前位置：首页 > 新闻', '您的位置: 首页', '您现在的位置：首页 > 新闻中心 > 领导讲话', '您現在的位置：首頁 > 新聞'], miss: ['位置决定了视野，我们要站得更高。', '您现在的位置很重要，要找准定位。'] },
    reason: 'breadcrumb',
    pattern: /^(?:您的当前位置|当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您現在的位置|当前页面|位置)\s*[:：]/,
  },
  {
    id: 'breadcrumb-home',
    region: 'head',
    examples: { hit: ['首页 > 领导讲话', '网站首页 / 讲话'], miss: ['首页上的文章要认真审核。'] },
    reason: 'breadcrumb',
    pattern: /^(?:首页|首頁|主页|网站首页)\s*[>›»/＞]/,
  },
  {
    id: 'breadcrumb-arrows',
    region: 'head',
    examples: { hit: ['新闻中心 > 领导讲话 > 正文', '首页 » 讲话 » 正文'], miss: ['收入>支出的地区要统筹。'] },
    reason: 'breadcrumb',
    pattern: /^[^。！？]{0,40}[>›»＞][^。！？]{0,40}[>›»＞][^。！？]*$/,
  },
  {
    id: 'toolbar-brackets',
    region: 'head',
    examples: { hit: ['【收藏】【打印】【关闭】', '[打印本页] [关闭窗口]'], miss: ['【一】加强领导'] },
    reason: 'toolbar',
    pattern: /^(?:\s*[【\[]\s*(?:收藏|打印|关闭|關閉|纠错|糾錯|分享|字号|字體|字体|大|中|小|返回|打印本页|关闭窗口|加入收藏|推荐|评论)\s*[】\]]\s*)+$/,
  },
  {
    id: 'toolbar-font-size',
    region: 'head',
    examples: { hit: ['字号：大 中 小', '字体【大】【中】【小】'], miss: ['字号要大一些，便于阅读。'] },
    reason: 'toolbar',
    pattern: /^(?:字号|字體|字体)\s*[:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?/,
  },
  {
    id: 'publish-label',
    region: 'head',
    examples: { hit: ['来源：市政府办公室', '发布时间：2024-01-02', '浏览次数：123', '发表时间:2022-12-09', '查看数：0', '更新日期：2024-05-20'], miss: ['时间就是生命，效率就是金钱。', '发表意见要实事求是。'] },
    reason: 'publish/source line',
    pattern: /^(?:来源|來源|发布时间|發布時間|发布日期|發佈日期|发表时间|發表時間|发表于|發表於|更新时间|更新時間|更新日期|时间|時間|日期|作者|编辑|編輯|责任编辑|責任編輯|浏览|瀏覽|浏览次数|浏览数|瀏覽數|查看数|查看次数|阅读|閱讀|阅读数|閱讀數|点击|點擊|点击数|點擊數|访问量|访问次数|文章来源|信息来源|发布者|发布人)\s*[:：]/,
  },
  {
    id: 'publish-netizen',
    region: 'head',
    examples: { hit: ['网友 分享 时间：', '网友投稿'], miss: ['网友们的意见很中肯。'] },
    reason: 'publish/source line',
    pattern: /^(?:网友|網友)\s*(?:分享|投稿|整理)?\s*(?:时间|時間)?\s*[:：]?\s*$/,
  },
  // Date *and* time (or a view count): a CMS stamp. A bare 2024年8月30日 is the speech's own date and stays.
  {
    id: 'publish-datetime',
    region: 'head',
    examples: {
      hit: ['2024-12-12 09:00:02 690', '2024年8月30日 10:30', '07.11.2019  19:20', '2024/5/20 11:12(5/20 21:39 更新)', '2026年02月10日 07时41分'],
      miss: ['2024年8月30日', '2024年8月30日上午10时召开'],
    },
    reason: 'publish time',
    pattern: /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[./]\d{1,2}[./]\d{4})\s*\d{1,2}(?::\d{2}(?::\d{2})?|[时時]\d{1,2}分)(?:\s+\d+)?(?:\s*(?:阅读|浏览|点击|次))?(?:\s*[(（][^()（）]{0,30}(?:更新|修改)[)）])?$/,
  },
  {
    id: 'publish-date-views',
    region: 'head',
    examples: { hit: ['2024-12-12 690 阅读'], miss: ['2024-12-12'] },
    reason: 'publish time',
    pattern: /^\d{4}-\d{1,2}-\d{1,2}\s+\d+\s*(?:阅读|浏览|点击|次)?$/,
  },
  {
    id: 'publish-prefixed-datetime',
    region: 'head',
    examples: { hit: ['发布：2024-01-02 08:00', '更新时间: 2023-05-06 10:20'], miss: ['2023-05-06'] },
    reason: 'publish time',
    pattern: /^(?:发布|發布|更新|更新时间)?\s*[:：]?\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}/,
  },
  {
    id: 'seo-editor',
    region: 'head',
    examples: { hit: ['以下是小编整理的讲话稿，供大家参考。', '下面是小编为大家收集的致辞范文'], miss: ['以下是我讲的几点意见。'] },
    reason: 'SEO intro',
    pattern: /(?<=^|[。！？!?]\s{0,3})(?:以下是|下面是|这是|這是|本文是)[^。！？]{0,12}(?:小编|小編|本站|网友)[^。！？]{0,30}(?:整理|收集|精心|为大家|為大家|分享)/,
  },
  {
    id: 'seo-phrase',
    region: 'head',
    examples: { hit: ['欢迎阅读！', '仅供参考。', '希望对大家有所帮助'], miss: ['欢迎阅读本报告的各位代表和同志们提出宝贵意见，我们将逐条认真研究吸收。'] },
    reason: 'SEO intro',
    pattern: /(?:欢迎阅读|歡迎閱讀|仅供参考|僅供參考|供大家参考|供大家參考|希望对大家有所帮助|希望對大家有所幫助|欢迎大家阅读|欢迎借鉴)[。！!,，]?(?:.{0,20})$/,
  },
  // Only site-like endings: a title such as 织密织牢社会保障网 also ends in 网.
  {
    id: 'site-name',
    region: 'head',
    examples: { hit: ['第一范文网', '中国教育在线'], miss: ['织密织牢社会保障网'] },
    reason: 'site name',
    pattern: /^[^\s。，！？]{1,16}(?:范文网|範文網|文库|文庫|新闻网|新聞網|资讯网|資訊網|门户网|門戶網|门户网站|教育网|教育網|党建网|黨建網|学习网|學習網|文秘网|秘书网|公文网|写作网|参考网|资料网|网站|網站|官网|官網|在线|在線)$/,
  },
  {
    id: 'wechat-header',
    region: 'head',
    examples: { hit: ['点击上方蓝字关注我们', '点击蓝字 关注我们'], miss: ['点击率不是衡量工作的唯一标准。'] },
    reason: 'WeChat header',
    pattern: /^(?:点击|點擊|点|戳)[^。，]{0,8}(?:蓝字|藍字|关注|關注)[^。，]{0,10}$/,
  },
  {
    id: 'wechat-byline',
    region: 'head',
    examples: { hit: ['原创 县教育局 2024-09-01 10:00'], miss: ['原创作品要保护好。'] },
    reason: 'WeChat byline',
    pattern: /^(?:原创|原創)\s+.{0,30}(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)/,
  },
  {
    id: 'keywords',
    region: 'head',
    examples: { hit: ['关键词：讲话 安全', 'Tags: speech'], miss: ['关键词是落实。'] },
    reason: 'keywords/tags line',
    pattern: /^(?:关键词|關鍵詞|标签|標籤|关键字|推荐访问|推薦訪問|相关搜索|tags?)\s*[:：]/i,
  },
];

/** A line that ends the speech on a scraped page: everything after it is chrome unless it reads as content. */
export const TAIL_STOPPERS: readonly NoiseRule[] = [
  {
    id: 'read-more',
    region: 'tail-stopper',
    examples: { hit: ['阅读全文', '展开全文>>', '继续阅读'], miss: ['阅读全文件后再作决定。'] },
    reason: 'read-more link',
    pattern: /^(?:展开)?(?:阅读全文|閱讀全文|查看全文|展开全文|展開全文|点击查看全文|余下全文|剩余\d*%?未读|继续阅读)[>》»…\s]*$/,
  },
  {
    id: 'paywall-login',
    region: 'tail-stopper',
    examples: { hit: ['（想阅读完全部图文内容，您需要先登陆！）', '想阅读完全部内容请登录'], miss: ['想阅读的同志可以到图书室借阅。'] },
    reason: 'paywall',
    pattern: /^[(（]\s*(?:想阅读|想閱讀|阅读完整|閱讀完整|登录后|登錄後|登陆后)[^)）]{0,40}[)）]$|^(?:想阅读完全部|想閱讀完全部)[^。]{0,40}$/,
  },
  // Anchored at the line start: 任务未完，决不收兵 or 为老年人开通会员通道 are sentences, not paywalls.
  {
    id: 'paywall-vip',
    region: 'tail-stopper',
    examples: { hit: ['试读结束，如需阅读全文请下载', '开通VIP免费下载', '（未完，全文共3000字）', '预览结束，免费获取全文或定制代笔此类文章！', '此处内容需要权限查看', '此處內容需要權限查看'], miss: ['任务未完，决不收兵。', '为老年人开通会员通道。', '预览结束后，请专家组提出意见。'] },
    reason: 'paywall',
    pattern: /^[(（【]?\s*(?:试读结束|試讀結束|预览结束[，,!！]|預覽結束[，,!！]|此处内容需要权限|此處內容需要權限|开通(?:VIP|会员|會員)|開通(?:VIP|會員)|成为VIP|充值VIP|下载后阅读|下載後閱讀|全文约\s*\d+\s*字|全文共\s*\d+\s*字|未完[，,]|当前显示\s*\d+\s*字)/i,
  },
];

/** Chrome found below a speech (share, comments, related lists, download links, footer). */
export const TAIL_CHROME: readonly NoiseRule[] = [
  // A portal's membership advert after the text (每天仅需0.22元,尊享会员权益; …60多万篇范文免费使用).
  {
    id: 'membership-advert',
    region: 'tail',
    examples: { hit: ['每天仅需0.22元,尊享会员权益', '近500万道试题、20多万套资源、50多万篇作文、60多万篇范文免费使用', '开通会员，尊享特权'], miss: ['公园免费使用，群众很满意。', '会员权益要依法保障。'] },
    reason: 'paywall',
    pattern: /^(?=.{0,60}$)(?:.*(?:每天仅需|每天僅需|尊享会员|尊享會員|尊享特权|尊享特權)|.*(?:范文|範文|文档|文檔|资源|資源|试题|試題).{0,6}免费使用$)/,
  },
  {
    id: 'share-line',
    region: 'tail',
    examples: { hit: ['分享到：', '转发 微信 微博'], miss: ['分享快乐是美德。', '分享经验是好事，我们要把成功做法推广开来，形成示范效应，带动全局工作。'] },
    reason: 'share line',
    pattern: /^(?:分享|分享到|分享本文|转发|轉發)\s*[:：]?[^。！？]{0,30}$/,
  },
  {
    id: 'share-qr',
    region: 'tail',
    examples: { hit: ['微信扫一扫在手机阅读、分享本文', '关注我们'], miss: ['我们要关注群众的急难愁盼。'] },
    reason: 'share line',
    pattern: /(?:扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|微信订阅号|微信訂閱號|公众号|公眾號|关注我们|關注我們)/,
  },
  {
    id: 'comments',
    region: 'tail',
    examples: { hit: ['精选留言', '评论(3)'], miss: ['评论员文章要认真学习。'] },
    reason: 'comments',
    pattern: /^(?:精选留言|精選留言|我要留言|发表评论|發表評論|网友评论|網友評論|评论|評論|留言|写评论|查看评论|条评论)(?:\s*[(（]?\d*[)）]?)?\s*[:：]?$/,
  },
  {
    id: 'related-list',
    region: 'tail',
    examples: { hit: ['相关推荐', '猜你喜欢：', '相关链接>>', '相关附件>>', '附件列表'], miss: ['相关部门要认真落实。', '附件列表要按时报送。'] },
    reason: 'related list',
    pattern: /^(?:相关内容|相關內容|相关文章|相關文章|相关阅读|相關閱讀|相关推荐|相關推薦|相关链接|相關連結|相关附件|相關附件|附件列表|附件下载|附件下載|热门推荐|熱門推薦|热门文章|本周热门|本月热门|猜你喜欢|猜你喜歡|推荐阅读|推薦閱讀|延伸阅读|热门排行|最新文章|精彩推荐|为你推荐)\s*[:：]?\s*[>》»]*$/,
  },
  {
    id: 'navigation',
    region: 'tail',
    examples: { hit: ['上一篇：关于工作的讲话', '返回顶部'], miss: ['下一步，我们要认真整改。'] },
    reason: 'navigation',
    pattern: /^(?:上一篇|下一篇|上一页|下一页|返回顶部|返回首页|返回列表|回到顶部|返回頂部)\s*[:：]?.{0,60}$/,
  },
  {
    id: 'print-close',
    examples: { hit: ['打印本页', '关闭窗口', '【打印本页】 【关闭窗口】'], miss: ['打印本页的同志请到办公室。', '关闭窗口期要抓紧。'] },
    region: 'tail',
    reason: 'toolbar',
    pattern: /^(?:\s*[【\[]?\s*(?:打印本页|打印本頁|列印本頁|打印此页|打印文章|关闭窗口|關閉窗口|关闭本页|關閉本頁)\s*[】\]]?\s*)+$/,
  },
  {
    id: 'footer-links',
    region: 'tail',
    examples: { hit: ['联系我们', '网站地图'], miss: ['联系我们的群众是我们的根本。'] },
    reason: 'footer',
    pattern: /^(?:联系客服|聯繫客服|联系我们|关于我们|版权声明|免责声明|網站地圖|网站地图|在线客服|意见反馈)\s*$/,
  },
  {
    id: 'footer-copyright',
    region: 'tail',
    examples: { hit: ['Copyright © 2024 某某网 版权所有', '京ICP备12345678号', 'Public domain', '本文采用知识共享署名-相同方式共享协议'], miss: ['版权保护工作要加强。', '公共领域的服务要加强。'] },
    reason: 'footer',
    pattern: /(?:版权所有|版權所有|Copyright|©|ICP备|ICP證|ICP证|公网安备|Public domain|Creative Commons|CC BY|知识共享|知識共享)/i,
  },
  {
    id: 'end-marker',
    region: 'tail',
    examples: { hit: ['（完）', '-END-', '【全文完】'], miss: ['（完成任务）'] },
    reason: 'end marker',
    pattern: /^[（(【\[]\s*(?:完|全文完|END|End|end)\s*[)）】\]]$|^-{1,}\s*(?:END|End|完)\s*-{1,}$/,
  },
  {
    id: 'editor-credit',
    region: 'tail',
    examples: { hit: ['（责任编辑：李四）', '编辑：王五'], miss: ['编辑部的同志们辛苦了。'] },
    reason: 'editor credit',
    pattern: /^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|供稿|来源|來源|作者|摄影|攝影|排版|美编)\s*[:：][^。]{0,30}$/,
  },
  {
    id: 'wechat-footer',
    region: 'tail',
    examples: { hit: ['阅读原文', '分享、点赞、在看'], miss: ['分享快乐是美德。'] },
    reason: 'WeChat footer',
    pattern: /^(?:阅读原文|閱讀原文|写留言|寫留言|(?:分享|点赞|點讚|在看|收藏|转发)(?:[、，,\s·|]*(?:分享|点赞|點讚|在看|收藏|转发))*)$/,
  },
  {
    id: 'download-link',
    region: 'tail',
    examples: { hit: ['下载文档', '点击下载：讲话稿.docx', '免费下载'], miss: ['下载安装了政务App的群众越来越多，办事更加便捷高效，满意度持续提升。'] },
    reason: 'download link',
    pattern: /^(?:点击)?(?:下载|下載|免费下载|立即下载|下载文档|下载本文|下载全文|文档下载|word下载|原文下载)(?:[:：].{0,60}|.{0,12})$/i,
  },
];

/** Leftovers at the very end of a scraped page: digits, quotes, brackets and semicolons only. */
export const TRAILING_JUNK = /^[\d\s"'`“”‘’()（）\[\]{}<>;；,，.。:!?/\\|_=+&^%$#@~-]+$/;

export function matchNoise(text: string, patterns: readonly NoiseRule[]): NoiseReason | null {
  for (const { reason, pattern } of patterns) if (pattern.test(text)) return reason;
  return null;
}
