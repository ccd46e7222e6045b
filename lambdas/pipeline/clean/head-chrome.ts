import { isPublishStamp } from '../text/publish-stamp';
import type { NoiseRule } from './noise-rules';

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
  // Date *and* time (or a view count): a CMS stamp. A bare 2024年8月30日 is the speech's own date and
  // stays, and so does a meeting's date and time (2024年1月12日 15:00: on the hour, half or quarter
  // hour, no web field or medium): isPublishStamp, structure's test for the date it prints, decides.
  // A name after the time is the medium of a stamp (… 14:00 人民网) or a meeting's venue (… 15:00 县会议中心).
  {
    id: 'publish-datetime',
    region: 'head',
    examples: {
      hit: ['2024-12-12 09:00:02 690', '2024年8月30日 10:17', '07.11.2019  19:20', '2024/5/20 11:12(5/20 21:39 更新)', '2026年02月10日 07时41分', '2024-01-12 15:00:32', '2024年01月12日 15:00', '2024年1月12日 14:00 人民网', '2024年1月12日 15:00 来自：人民日报', '2024年1月12日 15:00 | 人民日报'],
      miss: ['2024年8月30日', '2024年8月30日上午10时召开', '2024年1月12日 15:00', '2024年8月30日 10:30', '2024年1月12日 15:00 县会议中心'],
    },
    reason: 'publish time',
    unless: (text) => !isPublishStamp(text),
    pattern: /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}[./]\d{1,2}[./]\d{4})\s*\d{1,2}(?::\d{2}(?::\d{2})?|[时時]\d{1,2}分)(?:\s+\d+)?(?:\s*(?:阅读|浏览|点击|次))?(?:\s*[(（][^()（）]{0,30}(?:更新|修改)[)）])?(?:\s*(?:[|｜]\s*)?(?:来自|來自)?[:：]?\s*\p{Script=Han}{2,12})?$/u,
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
