/** Word lists the line features count: chrome words, SEO and notice phrases, a portal's title decorations. */

/**
 * A word list matched in one pass over the text (words indexed by their first character): a regex
 * alternation of a hundred words costs a hundred tries at every position of a long paragraph.
 */
export function lexicon(words: string): { count: (text: string) => number } {
  const byFirst = new Map<number, string[]>();
  for (const word of words.split(' ')) {
    for (const form of new Set([word, word.toLowerCase(), word.toUpperCase()])) {
      const list = byFirst.get(form.charCodeAt(0)) ?? [];
      list.push(form);
      byFirst.set(form.charCodeAt(0), list);
    }
  }
  return {
    count(text) {
      let hits = 0;
      for (let i = 0; i < text.length; i++) {
        const list = byFirst.get(text.charCodeAt(i));
        if (list === undefined) continue;
        for (const word of list) {
          if (text.startsWith(word, i)) {
            hits++;
            i += word.length - 1;
            break;
          }
        }
      }
      return hits;
    },
  };
}

/** Words of page chrome (navigation, accounts, sharing, portals, licences), Simplified and Traditional. */
export const CHROME_WORDS = lexicon(
  '首页 首頁 登录 登錄 登入 注册 註冊 搜索 搜尋 检索 下载 下載 收藏 分享 打印 列印 关闭 關閉 字号 字體 字体 浏览 瀏覽 阅读 閱讀 点击 點擊 评论 評論 留言 热门 熱門 推荐 推薦 相关 相關 返回 栏目 欄目 频道 頻道 导航 導航 菜单 選單 菜單 网站 網站 本站 官网 官網 手机 手機 微信 微博 APP 客户端 客戶端 订阅 訂閱 版权 版權 客服 会员 會員 VIP 文档 文檔 范文 範文 大全 文库 文庫 跳到 主要內容 主要内容 无障碍 無障礙 友情链接 网站地图 網站地圖 联系我们 聯絡我們 关于我们 關於我們 投稿 设为 設為 扫描 掃描 二维码 二維碼 上一篇 下一篇 发布 發布 發佈 来源 來源 编辑 編輯 作者 点赞 在看 转发 轉發 复制 複製 举报 舉報 更多 专题 專題 English RSS 新闻 新聞 欢迎来到 歡迎來到 欢迎访问 歡迎訪問 欢迎光临 歡迎光臨 发表时间 發表時間 发表于 發表於 更新日期 更新时间 查看数 访问人数 訪問人數 附件 视频 視頻 影片 图片 圖片 表单 表單 提交 请稍后 請稍後 权限 權限 预览 預覽 免费获取 立即下载 付费 付費 充值 客服 隐私权 星期',
);
/** How a portal decorates a page title: 范文, 5篇, 篇一, 精选, 大全, 模板, .docx, 1000字. */
// A number is matched from its first digit only ((?<!\d)): tried from every digit of a long run, each try
// scanned the rest of the run, and a line of 80k digits took 22 s (quadratic). Same matches.
export const COMPILATION_WORDS = /范文|範文|(?<!\d)\d+\s*篇|篇\s*[一二三四五六七八九十\d]|[（(【]共?\d+篇[)）】]|精选|精選|大全|模板|实用|實用|合集|汇编|匯編|\.docx?|(?<!\d)\d+字$/;
/**
 * What an SEO intro, a portal's filler or a notice says about the text rather than in it. Not a
 * speaker's own openers (下面是我讲的三点意见。, 以下是…, 精心组织): every SEO intro in the gold that has
 * them also has 小编, 为大家 or 整理.
 */
export const SEO_PHRASES = lexicon(
  '侵权 侵權 转载 轉載 免责 免責 隐私 隱私 不代表 请勿 請勿 小编 小編 一起来看看 一起來看看 欢迎阅读 歡迎閱讀 仅供参考 僅供參考 希望对 希望對 希望能 为大家 為大家 欢迎参考 歡迎參考 不代表本站 整理了 收集整理 大家想知道 怎么写 怎麼寫 如何写 拼音 特意整理 供大家',
);

/** Chrome words a line names itself (首页, 登录, 下载, 本站…). */
export function chromeWordCount(text: string): number {
  return CHROME_WORDS.count(text);
}

/** Whether a line speaks about the page (以下是小编…, 仅供参考, 转载, 侵权…) rather than in the speech. */
export function hasSeoPhrase(text: string): boolean {
  return SEO_PHRASES.count(text) > 0;
}
