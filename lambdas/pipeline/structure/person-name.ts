import { HAN } from '../text/characters';

/**
 * A person's name as a programme or a portal prints it under a title: a surname and one or two given
 * characters (every gold name: 习近平, 傅贵荣, 茹万春, 龚正, 林志嘉), two with a two-character surname
 * (欧阳明, 欧阳晓明), or a transliterated name with a middle dot (买买提·艾力). The surname is what tells a
 * name from any other two or three characters: under an office (市长), 同学们, 大家好, 正文 or 提纲 are
 * the speech's first line or a label, not who speaks.
 */

/**
 * The single-character surnames of the 百家姓 with the common ones it lacks (肖, 付, 覃, 冼, 邝…), in
 * Simplified and Traditional forms (the Traditional ones that differ written out; a conversion's
 * 範/餘/幹/後 are words, the surnames stay 范/余/干/后).
 */
const SINGLE_SURNAMES = new Set(
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍郤璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公晋楚闫法汝鄢涂钦岳帅缑亢况郈有琴商牟佘佴墨哈谯笪年爱阳佟言福' +
    '肖付覃冼邝仝揭粟战麦练邸檀迟' +
    '趙錢孫吳鄭馮陳衛蔣韓楊許呂張嚴華謝鄒竇雲蘇魯韋馬鳳鮑費賀湯羅畢鄔樂時齊顧黃蕭貝計談龐紀項藍閔強賈婁顏鍾駱萬盧經繆應賁鄧單諸鈕龔陸榮儲烏車宮寧欒鈄厲劉龍葉薊懷從賴藺喬陰蒼雙聞黨譚貢勞酈壽邊郟農溫別莊閻連習魚終滿國廣祿闕東歐師鞏厙聶闞簡饒養須豐關荊紅權蓋晉閆欽帥緱況譙愛陽鄺戰麥練遲',
);

/** Two-character surnames (欧阳, 司马, 诸葛…), Simplified and Traditional. */
const COMPOUND_SURNAMES = new Set(
  ('万俟 司马 上官 欧阳 夏侯 诸葛 闻人 东方 赫连 皇甫 尉迟 公羊 澹台 公冶 宗政 濮阳 淳于 单于 太叔 申屠 公孙 仲孙 轩辕 令狐 钟离 宇文 长孙 慕容 鲜于 闾丘 司徒 司空 ' +
    '亓官 司寇 子车 颛孙 端木 巫马 公西 漆雕 乐正 壤驷 公良 拓跋 夹谷 宰父 谷梁 段干 百里 东郭 南门 呼延 归海 羊舌 微生 梁丘 左丘 东门 西门 南宫 第五 独孤 ' +
    '司馬 歐陽 諸葛 聞人 東方 赫連 尉遲 濮陽 單于 公孫 仲孫 軒轅 鍾離 長孫 鮮于 閭丘 子車 顓孫 巫馬 樂正 壤駟 夾谷 東郭 南門 歸海 東門 西門 南宮 獨孤').split(' '),
);

/**
 * Two or three characters that are a surname's and still no name: what a page prints on a line of its
 * own under the title — the audience addressed (同志们, 各位), thanks and greetings, a structural label
 * (全文, 正文, 摘要, 提纲, 开场白, 引言…). A line ending in 们 is an audience, never a name.
 */
const NOT_A_NAME = new Set(
  ('谢谢 謝謝 大家 大家好 各位 你们好 你們好 您好 再见 再見 全文 正文 摘要 提纲 提綱 纲要 綱要 开场白 開場白 引言 前言 序言 导语 導語 按语 按語 ' +
    '结语 結語 结束语 結束語 目录 目錄 附件 附录 附錄 全体 全體 讲话 講話 发言 發言 致辞 致辭 致词 致詞 原文 简介 簡介').split(' '),
);

const HAN_ONLY = new RegExp(`^[${HAN}]+$`, 'u');
const TRANSLITERATED = new RegExp(`^[${HAN}]{1,8}·[${HAN}]{1,8}$`, 'u');

/** A surname of `length` characters and a given name of one or two: 李明, 习近平, 欧阳明, 欧阳晓明. */
function hasSurname(name: string, length: 1 | 2, surnames: ReadonlySet<string>): boolean {
  return surnames.has(name.slice(0, length)) && name.length - length >= 1 && name.length - length <= 2;
}

/** 某某, 某某某: a template's or an anonymised text's name (王某某 is a surname and 某某; 某某镇 is a place). */
const PLACEHOLDER_NAME = /^某{2,3}$/;

export function isPersonName(name: string): boolean {
  if (PLACEHOLDER_NAME.test(name)) return true;
  if (TRANSLITERATED.test(name)) return true;
  if (!HAN_ONLY.test(name) || NOT_A_NAME.has(name) || /[们們]$/.test(name)) return false;
  return hasSurname(name, 2, COMPOUND_SURNAMES) || hasSurname(name, 1, SINGLE_SURNAMES);
}
