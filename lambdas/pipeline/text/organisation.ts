import { hanCount } from './characters';
import { PHRASE_BREAK_OR_COLON_RE } from './sentences';

/**
 * What an organisation's name ends with: a government and its offices (人民政府, 委员会, 县委, 教育局, 办公室), a school
 * (第一中学, 实验小学, 学院), a company (有限公司, 集团), an association (协会, 联合会), a hospital, a bank. A bare 局 after
 * 新/开/布… (奋力开新局) and 中心 (以人民为中心) are a theme's words, not a name's.
 */
const ORGANISATION_END = new RegExp(
  '(?:人民政府|政府|委员会|委員會|[县縣市省区區党黨工团團纪紀]委|[^新开開布大全格变變破]局|厅|廳|办公室|辦公室|[县縣市省区區府]办|[縣市省區府]辦|' +
    '学校|學校|中学|中學|小学|小學|大学|大學|学院|學院|幼儿园|幼兒園|公司|集团|集團|协会|協會|学会|學會|联合会|聯合會|商会|商會|' +
    '工会|工會|银行|銀行|医院|醫院|研究院|研究所|法院|检察院|檢察院|妇联|婦聯|政协|政協|支部)$',
);

/**
 * A line naming an organisation, or several (中共临河县委 临河县人民政府): the issuer or the speaker's body printed
 * under a speech's title (`2024年政府工作报告` / `临河县人民政府`), never a title of its own.
 */
export function isOrganisationName(text: string): boolean {
  const t = text.trim();
  if (t.length > 40 || hanCount(t) < 4 || PHRASE_BREAK_OR_COLON_RE.test(t)) return false;
  return t.split(/\s+/).every((name) => ORGANISATION_END.test(name));
}
