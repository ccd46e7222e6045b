/** Whole-line shapes the line features test: dates as a speech or a CMS writes them, web fields, ids, speaker and record lines. */
import { PIECE_NUMBER } from '../text/page-title-decoration';

export const DATE_ONLY = /^[(（]?(?:中華民國|中华民国|民國|民国)?\s*\d{2,4}\s*[年\-/.]\s*\d{1,2}\s*(?:[月\-/.]\s*(?:\d{1,2}\s*日?)?)?[)）]?$/;
/**
 * A date (and time) as a CMS prints it: digits with separators (2013-10-30, 2024/5/20, 07.11.2019) or a
 * zero-padded month or day (114年01月13日, 2026年02月10日). A speech's own date line is written out
 * (2014年3月5日, （2022年10月23日）): on both gold folders every bare date line in these forms is noise,
 * every one written out is content.
 */
export const WEB_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|(?:中華民國|中华民国|民國|民国)?\s*\d{2,4}\s*年\s*(?:0\d\s*月\s*\d{1,2}|\d{1,2}\s*月\s*0\d)\s*日?)(?:\s*\d{1,2}\s*(?::\d{2}(?::\d{2})?|[时時]\s*\d{1,2}\s*分))?$/;
/** A web field whose value the page put on the next line (来源： / 四川日报, 责任编辑： / 李莎莎). */
export const FIELD_LABEL_ONLY = /^(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|供稿|摄影|攝影|发布者|發布者|发布人|信息来源|文章来源|稿件来源)\s*[:：]\s*$/;
/** A hash or record id on a line of its own (e4c29f31c6964493a14c4ddf6b160169:): a portal's link key. */
export const HASH_ID = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_-]{16,}[:：]?$/;
/** An office and a name (校长 徐扬生, 上海市市长 龚正, 市教育局局长、党委书记 赵青山): the speech's speaker line. */
export const SPEAKER_LINE = /^[\p{Script=Han}（）()、·]{0,24}(?:长|長|书记|書記|主任|主席|代表|委员|委員|总裁|總裁|经理|經理|教授|老师|老師|理事|总统|總統|主委|议员|議員|部长|部長)\s+\p{Script=Han}{2,4}$/u;
/** A meeting record's header field (時  間 …, 地  點 本院議場, 主  席 …, 紀錄: 陳玟佐): the record's own, not a web stamp. */
export const RECORD_META = /^(?:時\s*間|时\s*间|地\s*點|地\s*点|主\s*席|日\s*期|紀\s*錄|纪\s*录|記\s*錄|记\s*录|出\s*席|列\s*席|主\s*持|請\s*假|请\s*假|缺\s*席)(?:\s*[:：]\s*|\s+)\S/;
/**
 * A comment thread's or a forum's own line around each post: a floor (3楼, 沙发, 板凳, 楼主), a reply or
 * vote button (回复, 回复(2), [回复], 支持 反对, 送TA礼物), the client (来自iPhone客户端), the poster's
 * standing (初级粉丝 3, 积分 388, 当前离线, IP属地：), a post stamp (发表于 …). Short lines with no
 * sentence or clause mark only: a speech's sentence about replying to the public is not one.
 */
export const THREAD_META =
  /^(?=.{1,40}$)(?!.*[，。！？；,;])(?!.*[!?]$).*(?:\d+\s*[楼樓#]|^(?:沙发|沙發|板凳|地板|楼主|樓主)$|回复|回覆|回應|^(?:支持|赞|讚|顶|頂)\s*(?:反对|反對|\d+)?$|支持\s*反对|送TA礼物|只看楼主|只看樓主|来自.{0,12}客户端|來自.{0,12}客戶端|粉丝\s*\d|粉絲\s*\d|积分|積分|当前离线|當前離線|当前在线|IP属地|IP屬地|发表于|發表於|博主回复|楼层|樓層)/;
/** A picture's caption (▲ 开学典礼现场（摄影：某某）, 图｜纪念大会现场, 圖/某某攝): the page's, not the speech's. */
export const CAPTION = /^[▲△▼↑]|^图\s*[｜|/:：]|^圖\s*[｜|/:：]|[（(]\s*(?:摄影|攝影|图片来源|圖片來源|图源|圖源)\s*[:：]/;
/**
 * A compilation's bare piece label on a line of its own (第1篇, 篇一, 【毕业典礼校长致辞一】): the page numbering
 * the speeches it holds, never a sentence of one. (With words after the count, 第一篇：我的入党初心, it is a
 * piece's heading, and the structure stage's call.)
 */
export const PIECE_LABEL = new RegExp(`^(?:第\\s*${PIECE_NUMBER}\\s*篇|篇\\s*${PIECE_NUMBER}|[【\\[][^】\\]]{0,30}?[\u4e00-\u9fff]${PIECE_NUMBER}[】\\]])\\s*[:：]?$`);
/**
 * A page title naming its site after a separator (某某大学吧-百度贴吧, 某某文库 - 海量文档免费下载,
 * 7月微党课讲稿_微党课稿件17篇) or a forum engine's credit (Powered by Discuz!): the browser tab's text a copy
 * brings along. Read on short lines that are not prose; one hyphen inside a name (中国-东盟博览会) hits too,
 * so it is a feature the classifier weighs, not a rule.
 */
export const SITE_TITLE = /\p{Script=Han}\s*(?:-|－|_|--)\s*\p{Script=Han}|Powered by/iu;
/** A table of contents' entry: a title, dot leaders and its page (开幕式致辞……………1, 大会报告........5). */
export const TOC_ENTRY = /(?:…{2,}|\.{4,}|·{4,}|．{4,})\s*\d{1,4}\s*$/;
