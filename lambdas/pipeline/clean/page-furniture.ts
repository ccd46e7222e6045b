/** Page furniture: page numbers, stamps, captions, notices — noise wherever on the page it stands. */
import type { NoiseRule } from './noise-rules';

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
  // A site greeting its visitor by the site's name (欢迎来到010在线作文网!); a speech's welcome names a place or an event.
  {
    id: 'site-welcome',
    region: 'anywhere',
    examples: { hit: ['欢迎来到010在线作文网!', '歡迎光臨本網站', '欢迎访问中国教育在线'], miss: ['欢迎来到美丽的北京！', '欢迎来到第五届进博会现场', '欢迎大家来到网上展厅参观。'] },
    reason: 'site name',
    pattern: /^(?:欢迎来到|欢迎访问|欢迎光临|歡迎來到|歡迎訪問|歡迎光臨)[^，。,！!]{0,20}(?:网|網|网站|網站|在线|在線|平台|论坛|論壇|官网|官網)\s*[!！]?$/,
  },
  // A compilation's piece number alone on its line (第1篇): the page's count, no title of its own.
  {
    id: 'piece-number',
    region: 'anywhere',
    examples: { hit: ['第1篇', '第 12 篇', '第三篇'], miss: ['第1篇：在全县工作会议上的讲话', '第三篇章'] },
    reason: 'compilation number',
    pattern: /^第\s*[一二三四五六七八九十\d]{1,3}\s*篇$/,
  },
  // Quote marks alone on a line that close nothing (`` from a page's markup).
  {
    id: 'stray-quotes',
    region: 'anywhere',
    examples: { hit: ['``', "''"], miss: ['”', '“”'] },
    reason: 'trailing page junk',
    pattern: /^(?:``|''|`)$/,
  },
  // A picture's or a video's place on the page, alone on its line (图片, △点击视频 goes by the score).
  {
    id: 'media-placeholder',
    region: 'anywhere',
    examples: { hit: ['图片', '圖片', '视频'], miss: ['图片展', '图片说明要准确。'] },
    reason: 'photo caption',
    pattern: /^(?:图片|圖片|视频|視頻|影片)$/,
  },
];
