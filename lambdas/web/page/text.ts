import type { RemovalReason, SuspicionReason } from '../../pipeline/clean/report';
import type { WarningCode } from '../../pipeline/warnings';

/**
 * Every word the page shows, in Simplified Chinese. The Traditional table is made from this one at
 * build time with the project's own OpenCC converter (build-page.ts), so the two never drift apart.
 * `{name}`-style slots are filled in by `t()`.
 */
export const SIMPLIFIED_TEXT = {
  appTitle: '讲话稿排版',
  appIntro: '上传讲话稿（.txt），自动清理网页杂质，排成公文格式的 Word 和 PDF，并生成繁体版。',
  signOut: '退出登录',
  signingIn: '正在登录……',
  localNotice: '本机模式：仅本机（127.0.0.1）可以访问，无需登录。',
  uploadHeading: '上传讲话稿',
  dropHint: '把一个或多个 .txt 文件拖到这里',
  pickFiles: '选择文件',
  variantLabel: '繁体版',
  variant_tw: '台湾字形（默认）',
  variant_hk: '香港字形',
  variant_t: '通用繁体',
  variant_none: '不生成繁体版',
  pasteHeading: '或者粘贴文字',
  pasteText: '讲话稿全文',
  pasteName: '文件名',
  pasteNamePlaceholder: '例如：在全市工作会议上的讲话',
  pasteSubmit: '上传粘贴的文字',
  pasteNeedsText: '请先粘贴讲话稿文字。',
  pasteNeedsName: '请给这篇讲话稿起一个文件名。',
  documentsHeading: '我的文档',
  documentsEmpty: '还没有文档。上传的讲话稿会显示在这里，最新的在最前面。',
  documentsTruncated: '只显示最新的 {count} 篇。',
  refresh: '刷新',
  step_uploading: '上传中',
  step_uploaded: '已上传',
  step_converting: '转换中',
  step_done: '已完成',
  step_rejected: '无法转换',
  step_failed: '转换失败',
  step_notUploaded: '未上传',
  uploadFailed: '上传失败：{reason}',
  notTxt: '“{name}”不是 .txt 文件，只能转换纯文本讲话稿。',
  failedExplain: '系统多次重试仍未完成转换。请重新上传；如果仍然失败，请联系管理员。',
  downloads: '下载',
  downloadAll: '全部下载（zip）',
  zipping: '正在打包……',
  file_pdf: 'PDF',
  file_docx: 'Word 文档',
  'file_zh-Hant.pdf': '繁体 PDF',
  'file_zh-Hant.docx': '繁体 Word 文档',
  'file_zh-Hans.pdf': '简体 PDF',
  'file_zh-Hans.docx': '简体 Word 文档',
  'file_clean.txt': '清理后的文字',
  'file_zh-Hant.txt': '繁体文字',
  'file_zh-Hans.txt': '简体文字',
  file_json: '处理清单（JSON）',
  'file_error.json': '错误报告（JSON）',
  preview: 'PDF 预览',
  previewLoading: '正在载入预览……',
  previewPage: '第 {page} 页，共 {pages} 页',
  previewMore: '另有 {count} 页未显示，请下载 PDF 查看。',
  previewFailed: '无法预览：{reason}',
  changes: '清理了什么',
  changesLoading: '正在载入……',
  changesNone: '没有删除任何内容，也没有需要注意的地方。',
  removedHeading: '删除的行（{count}）',
  fragmentsHeading: '删除的片段（{count}）',
  suspectedHeading: '存疑但保留的行（{count}）',
  suspectedExplain: '这些行看起来像网页杂质，但没有把握，所以保留在文档里，请核对。',
  warningsHeading: '提醒（{count}）',
  lineNumber: '第 {line} 行',
  updatedAt: '更新于 {time}',
  reject_empty_input: '文件里没有讲话正文：文件是空的，或者只有网页导航、分享按钮、页码之类的内容。',
  reject_binary_input: '这不是文本文件（可能是 PDF、Word 或图片）。请先把讲话稿复制成纯文本，另存为 .txt 再上传。',
  reject_too_large: '文件太大，超过了允许的大小。请拆分后再上传。',
  reject_bad_encoding: '无法识别文件的文字编码。请用记事本等工具另存为 UTF-8 编码的 .txt 再上传。',
  reject_reserved_name: '文件名以保留的后缀结尾（如 .zh-Hant、.clean），请改名后再上传。',
  reject_name_taken: '同一个文件夹里已经有名字只差大小写的讲话稿（例如 a.txt 和 a.TXT），请改名后再上传。',
  reject_bad_key: '文件名或路径不合规（含有“.”或“..”这样的文件夹），请改名后再上传。',
  reject_name_too_long: '文件名太长：最多约 65 个汉字（字母和数字可以多一些）。生成的文档要在文件名后面加上后缀，名字太长就存不下。请缩短文件名后再上传。',
  reject_bad_variant: '所选的繁体版选项无法识别，请重新选择后再上传。',
  reject_internal_error: '系统多次尝试仍无法生成文档，这不是文件本身的问题。请稍后重新上传；如果仍然失败，请联系管理员。',
  rejectUnknown: '这个文件无法转换。',
  api_service_unavailable: '暂时连不上存放文档的服务（不是文件的问题）。请过几秒钟再刷新或重新上传；如果一直这样，请联系管理员。',
  api_server_error: '服务器出错了（不是文件的问题）。请稍后再刷新或重新上传；如果一直这样，请联系管理员。',
  rejectDetail: '详细信息：{message}',
  tooLarge: '“{name}”有 {size}，超过上限 {limit}。',
  warn_placeholder: '文中还有 {count} 处占位符（如 {samples}），打印前请补全。',
  'warn_missing-glyph': '有字体里没有的字符（{samples}），这些字在 PDF 里可能显示不出来。',
  'warn_suspected-noise': '有 {count} 行疑似网页杂质被保留，请核对下面标出的行。',
  'warn_source-truncated': '原文可能不完整：正文在“{samples}”处被截断或中断。打印前请找到全文核对。',
  // The samples are excerpts of the text around each damaged character (not byte offsets): searchable in every output.
  'warn_invalid-utf8': '文件里有 {count} 处字节损坏，读成了 � 号（PDF 里印作 □），在这些文字里：{samples}。那里的字可能缺失或有误，请在文中搜索这些文字，对照原文核对。',
  reason_unknown: '{reason}',
} as const;

export type TextKey = keyof typeof SIMPLIFIED_TEXT;

/** Every warning the pipeline gives has staff's words here: a new code without them fails the typecheck. */
type MissingWarningTexts = Exclude<`warn_${WarningCode}`, TextKey>;
const everyWarningWorded: [MissingWarningTexts] extends [never] ? true : MissingWarningTexts = true;
void everyWarningWorded;
export type TextTable = Record<TextKey, string>;

/**
 * Every reason the manifest gives for a removed or suspected line (`LineReport['reason']`). The
 * tables below are keyed by it, so a reason the pipeline adds without a label here, or a label left
 * for a reason it no longer gives, fails `npm run typecheck` (the page is typechecked on its own).
 */
export type ManifestReason = RemovalReason | SuspicionReason;

/** Why the cleaner removed a line or fragment, in the words the manifest uses → what staff read. */
const REMOVAL_REASONS: Readonly<Record<RemovalReason, string>> = {
  'SEO intro': '网站导语',
  'WeChat byline': '公众号署名',
  'WeChat footer': '公众号页脚',
  'WeChat header': '公众号页眉',
  breadcrumb: '网页导航路径',
  comments: '评论区',
  'compilation number': '合集编号',
  'download link': '下载链接',
  'editor credit': '编辑署名',
  'end marker': '结束标记',
  footer: '网页页脚',
  'foreign-language notice': '外文版网页提示',
  'keywords/tags line': '关键词标签',
  'leaked CSS': '混入的网页样式代码',
  'leaked HTML tag': '混入的网页标签',
  'markdown emphasis': 'Markdown 强调符号',
  'markdown heading mark': 'Markdown 标题符号',
  'mobile/desktop switch': '手机版/电脑版切换',
  navigation: '网页导航',
  'page number': '页码',
  'page title with page number': '带页码的网页标题',
  paywall: '付费提示',
  'photo caption': '新闻图片说明',
  'pinyin gloss': '拼音注音',
  'publish time': '发布时间',
  'publish/source line': '发布/来源信息',
  'read-more link': '“阅读全文”链接',
  'related list': '相关文章列表',
  'share line': '分享按钮',
  'site name': '网站名称',
  'title repeated at the start of the text': '正文开头重复的标题',
  toolbar: '网页工具栏',
  'page chrome after the end of the text': '正文结束后的网页内容',
  'page chrome glued to the text': '粘在正文上的网页内容',
  'page title repeating the title': '重复标题的网页标题',
  'trailing page junk': '页面末尾的乱码',
  'invisible characters only': '只有看不见的字符',
  'page chrome (line classifier)': '网页杂质（模型逐行判断）',
  'above the speech (span model)': '讲话正文之前的网页内容（模型判断）',
  'below the speech (span model)': '讲话正文之后的网页内容（模型判断）',
  'truncated copy of a longer line': '另一行的残缺重复',
  'title repeated': '重复的标题',
  'decoration of a page title': '网页标题上的装饰（如“篇1”“5篇”）',
  'dash before the speaker in a headline': '标题中讲话人前的破折号',
};

/** Suspected-line reasons that are not “looks like” one of the removal reasons. */
const OTHER_SUSPICIONS: Readonly<Record<Exclude<SuspicionReason, `looks like ${RemovalReason}`>, string>> = {
  'looks like page chrome above the speech (span model)': '疑似讲话正文之前的网页内容（模型判断）',
  'looks like a page headline above the title': '疑似网页新闻标题（原在讲话标题之上，现印在标题之后）',
  'looks like page chrome below the speech (span model)': '疑似讲话正文之后的网页内容（模型判断）',
  'text after a read-more or paywall line': '“阅读全文”或付费提示之后的文字',
};

/** “looks like <removal reason>” reads as 疑似 + that reason’s label: one label per kind of noise, not two. */
function suspicionsOf(removals: Readonly<Record<RemovalReason, string>>): Record<`looks like ${RemovalReason}`, string> {
  // Object.fromEntries loses the key type; every RemovalReason key is mapped, so the cast is exact.
  return Object.fromEntries(Object.entries(removals).map(([reason, label]) => [`looks like ${reason}`, `疑似${label}`])) as Record<`looks like ${RemovalReason}`, string>;
}

/** Every manifest reason → what staff read (the Traditional table is made from this one, build-page.ts). */
export const SIMPLIFIED_REASONS: Readonly<Record<ManifestReason, string>> = { ...REMOVAL_REASONS, ...suspicionsOf(REMOVAL_REASONS), ...OTHER_SUSPICIONS };
