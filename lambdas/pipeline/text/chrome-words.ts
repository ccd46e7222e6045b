/**
 * Words of site chrome — navigation, toolbars, accounts, sharing, portals' page meta — in one table for
 * the structure stage (a title candidate showing one is chrome), the cleaning's glued-head split and the
 * line classifier's chrome density (clean/lexicons.ts counts the words with `prose: false`; adding a word
 * here changes a learned feature: retrain with train:clean and train:title, measure with eval:clean).
 * Each word says two things about where else it occurs:
 *
 * - `title`: 'never' — no speech title uses it (首页, 登录, 二维码); 'unless-genre-end' — a real title may
 *   (在新闻发布会上的讲话, 在全民阅读活动上的致辞, 在…论坛上的演讲), so it is chrome only on a line that does not end
 *   like a speech title; 'allowed' — titles use it freely (新闻, 视频会议, 会员代表大会), not a title screen;
 * - `prose`: a speech's own sentences use it (欢迎各位, 查看现场, 访问企业, 为您提供…服务), so counting it
 *   in a line would weigh against content.
 */

export type TitleUse = 'never' | 'unless-genre-end' | 'allowed';

export interface ChromeWord {
  readonly word: string;
  readonly title: TitleUse;
  readonly prose: boolean;
}

const group = (words: string, title: TitleUse, prose = false): ChromeWord[] => words.split(' ').map((word) => ({ word, title, prose }));

export const CHROME_WORDS: readonly ChromeWord[] = [
  // Navigation and the page's place in the site: a menu, a breadcrumb, skip links, prev/next links.
  ...group('首页 首頁 主页 回首頁 返回 导航 導航 选单 選單 跳到 跳转 跳轉 当前位置 您的位置 您现在的位置 位置： 网站地图 網站地圖 上一篇 下一篇 上一則 下一則 无障碍 無障礙', 'never'),
  // A toolbar's buttons: print, font size, copy, forward, bookmark, search, download, login.
  ...group('打印 列印 字号 字號 字体 字體 字级 字級 复制 複製 轉寄 收藏 搜索 搜尋 下载 下載 登录 登錄 登入 注册 註冊 点击 點擊 浏览 瀏覽 點閱', 'never'),
  // The site and its apps: a site names itself, its mobile version, its app and QR code, a desktop shortcut.
  ...group('网站 網站 本站 本網站 手机版 手機版 客户端 客戶端 APP 二维码 二維碼 桌面', 'never'),
  // A portal's columns and page meta: 版面, 新闻中心, 热门, 投稿, a field label (名称：), a citation widget (引用), a today-widget (星期).
  ...group('版面 新聞與 新闻中心 热门 熱門 投稿 名称： 名稱： 星期', 'never'),
  // What a portal's SEO intro says of the text it offers (小编, 供大家参考, 精心收集…): never a title.
  ...group('小编 小編 供大家参考 供大家參考 对大家有所帮助 對大家有所幫助 精心收集 特意整理 为大家整理 為大家整理', 'never'),
  // Never a title, but a speech says them too (引用…的话, 为您提供优质服务).
  ...group('引用 为您提供 為您提供', 'never', true),
  // Page meta and sharing words a title may carry (在新闻发布会上的讲话, 在全民阅读活动上的致辞, 作者代表发言).
  ...group('分享 阅读 閱讀 发布 發布 来源 來源 作者 编辑 編輯', 'unless-genre-end'),
  // The same, and a speech's prose uses them too (欢迎各位, 查看现场, 访问企业, 发表讲话, 论坛, 主题, 位置).
  ...group('發表 发表 查看 欢迎 歡迎 论坛 論壇 主題 访问 訪問 位置', 'unless-genre-end', true),
  // Chrome that titles use freely (新闻发布会, 视频会议, 会员代表大会, 版权保护, 手机 in 手机…): counted as a density only.
  ...group('检索 关闭 關閉 评论 評論 留言 推荐 推薦 相关 相關 栏目 欄目 频道 頻道 菜单 菜單 官网 官網 手机 手機 微信 微博 订阅 訂閱 版权 版權 客服 会员 會員 VIP', 'allowed'),
  ...group('文档 文檔 范文 範文 大全 文库 文庫 主要內容 主要内容 友情链接 联系我们 聯絡我們 关于我们 關於我們 设为 設為 扫描 掃描 發佈 点赞 在看 转发 轉發 举报 舉報 更多 专题 專題 English RSS', 'allowed'),
  ...group('新闻 新聞 欢迎来到 歡迎來到 欢迎访问 歡迎訪問 欢迎光临 歡迎光臨 发表时间 發表時間 发表于 發表於 更新日期 更新时间 查看数 访问人数 訪問人數 附件 视频 視頻 影片 图片 圖片', 'allowed'),
  ...group('表单 表單 提交 请稍后 請稍後 权限 權限 预览 預覽 免费获取 立即下载 付费 付費 充值 隐私权', 'allowed'),
];

/** The words with a title use, as a regex alternation (none holds a regex metacharacter). */
export function chromeWordAlternation(title: TitleUse): string {
  return CHROME_WORDS.filter((w) => w.title === title).map((w) => w.word).join('|');
}

/**
 * A chrome word no title uses standing as a word of its own (首页, 打印, a today-widget's 星期五) or
 * naming a field (附件下载：…): a toolbar's, a menu's or a form's. Inside a longer word it is a title's
 * (在北斗卫星导航产业…的致辞, 在全国政府网站无障碍建设…的讲话, 星期一的坚守).
 */
const NEVER_IN_TITLE_WORD = new RegExp(`^(?:(?:${chromeWordAlternation('never')})[一二三四五六日天]?)+$`, 'i');
const NEVER_IN_TITLE_FIELD = new RegExp(`(?:${chromeWordAlternation('never')})[:：]`, 'i');
export const hasStandaloneChromeWord = (text: string): boolean =>
  NEVER_IN_TITLE_FIELD.test(text) || text.split(/[\s\u3000:：|｜>＞]+/).some((word) => NEVER_IN_TITLE_WORD.test(word));
