import { hanCount } from './characters';

/**
 * Whether a date line is a web page's publish stamp or a speech's own date. One definition for the
 * cleaning (its publish-datetime rule leaves a speech's date alone) and the structure stage (which
 * prints a speech's date under the title).
 */

/** How the name of a newspaper, agency, site, app or column ends: 四川日报, 新华社, 人民网, 央视新闻客户端, 云南要闻. */
export const MEDIA = '报|報|社|网|網|客户端|客戶端|电视台|電視台|电台|電台|平台|刊|杂志|雜誌|新闻|新聞|要闻|要聞|资讯|資訊|快讯|快訊|频道|頻道|动态|動態|在线|在線|之声|之聲';
/** A medium named on a date line (人民网, 来自：人民日报): who published the page. A venue (县会议中心) is no medium. */
const MEDIA_END = new RegExp(`(?:${MEDIA})$`);

/**
 * A clock time: 07:41, 15:00, 9時2分, 下午3时, 9点30分. The minutes (if written) are group 1 or 2.
 */
export const CLOCK = /(?<!\d)\d{1,2}\s*[:：]\s*(\d{2})(?!\d)|(?<!\d)\d{1,2}\s*[时時点點](?:\s*(\d{1,2})\s*分)?/;
/** Seconds (09:16:39, 16时17分00秒): only a machine writes them. */
const SECONDS = /\d{1,2}\s*[:：]\s*\d{2}\s*[:：]\s*\d{2}|\d\s*秒/;
/** A month or a day written with a leading zero (2026年02月10日): a CMS's format. */
const ZERO_PADDED = /年\s*0\d\s*月|月\s*0\d\s*日/;
/** A web field on the line (来源：, 浏览, 作者, 发布, 更新, 来自): the page's record of the article. */
const WEB_FIELD = /来源|來源|来自|來自|作者|编辑|編輯|浏览|瀏覽|点击|點擊|阅读|閱讀|查看|发布|發布|發佈|发表|發表|更新/;

/** A word of the line that names a medium: 2024年1月12日 14:00 人民网, … | 人民日报. */
function namesMedium(text: string): boolean {
  return text.split(/[\s|｜:：]+/).some((word) => hanCount(word) >= 2 && MEDIA_END.test(word));
}

/**
 * A web page's publish stamp rather than the speech's date. A speech's date may carry the time its
 * meeting was called for (2024年1月12日 15:00, 2024年1月12日上午9:00, 下午3时): on the hour, half or
 * quarter hour. A stamp records the moment a page was saved: seconds (14 of the 21 stamps the 99 pages
 * print), minutes off the quarter hours (07时41分, 9時2分, 19:20, 19:16, 11:12, 00:11, 17:17: the other 7), a zero-padded month or day together with a clock time
 * (2026年02月10日 07时41分), a web field on the line (来源：, 浏览, 来自：人民日报), or a clock time with the
 * medium that published the page (2024年1月12日 14:00 人民网, … 15:00 中国政府网). A zero-padded date alone
 * (2024年01月05日) is not one: many government pages print a speech's date so.
 */
export function isPublishStamp(text: string): boolean {
  if (WEB_FIELD.test(text) || SECONDS.test(text)) return true;
  const clock = CLOCK.exec(text);
  if (!clock) return false;
  const minutes = Number(clock[1] ?? clock[2] ?? 0);
  return minutes % 15 !== 0 || ZERO_PADDED.test(text) || namesMedium(text);
}
