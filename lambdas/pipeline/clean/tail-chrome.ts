import type { NoiseRule } from './noise-rules';

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
    // A sentence that ends 。！？ is the speech's, whatever it says of QR codes (陌生二维码不扫。).
    examples: { hit: ['微信扫一扫在手机阅读、分享本文', '关注我们', '扫描二维码关注“政论文”公众号'], miss: ['我们要关注群众的急难愁盼。', '陌生二维码不扫。', '大家扫描活动海报上的二维码，就可以在客户端上参加网络安全知识答题。'] },
    reason: 'share line',
    pattern: /^(?!.*[。！？!?]\s*$).*(?:扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|微信订阅号|微信訂閱號|公众号|公眾號|关注我们|關注我們)/,
  },
  {
    id: 'comments',
    region: 'tail',
    examples: { hit: ['精选留言', '评论(3)'], miss: ['评论员文章要认真学习。'] },
    reason: 'comments',
    pattern: /^(?:精选留言|精選留言|我要留言|发表评论|發表評論|网友评论|網友評論|评论|評論|留言|写评论|查看评论|条评论)(?:\s*[(（]?\d*[)）]?)?\s*[:：]?$/,
  },
  // A search portal's keyword links after the text (推荐访问:会上 全区 模范 …讲话).
  {
    id: 'keyword-links',
    region: 'tail',
    examples: { hit: ['推荐访问:会上 全区 模范 书记在全区创建模范机关推进会上讲话', '相关搜索：元旦致辞 新年贺词'], miss: ['推荐访问量最大的前十个网站要加强监管。', '相关搜索引擎要依法管理。'] },
    reason: 'keywords/tags line',
    pattern: /^(?:推荐访问|推薦訪問|相关搜索|相關搜索|热门搜索|熱門搜索|热门标签|熱門標籤)\s*[:：]/,
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
