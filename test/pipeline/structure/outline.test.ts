import { describe, expect, it } from 'vitest';
import { outlineOf } from '../../../lambdas/pipeline/structure/outline';

const body = '要立足资源禀赋，发展壮大特色产业，推动一二三产业融合发展，让农民更多分享产业增值收益。';

/** The heading texts and levels the outline finds in these lines. */
function headings(...texts: string[]): [number, string][] {
  const { lines, entries } = outlineOf(texts.map((text, i) => ({ text, line: i + 1 })));
  return lines.flatMap((l, i) => (entries[i] ? [[entries[i]!.level, l.text.slice(0, entries[i]!.headLength)] as [number, string]] : []));
}

describe('numbered lines that are headings', () => {
  it('keeps standalone and run-in headings at all four levels', () => {
    expect(headings('一、总体要求', body, '（一）明确目标。' + body, '1.抓好落实', body, '（1）建立台账。' + body)).toEqual([
      [1, '一、总体要求'],
      [2, '（一）明确目标。'],
      [3, '1.抓好落实'],
      [4, '（1）建立台账。'],
    ]);
  });

  it('ends a run-in heading after the quote its sentence closes', () => {
    expect(headings('（一）牢记“干部就要有担当。”' + body)).toEqual([[2, '（一）牢记“干部就要有担当。”']]);
  });

  it('puts 壹、 above 一、 and moves the other levels down', () => {
    expect(headings('壹、 迎面而來的五大挑戰', body, '一、人口對策：照顧家人同樣是國家的責任', body)).toEqual([
      [1, '壹、 迎面而來的五大挑戰'],
      [2, '一、人口對策：照顧家人同樣是國家的責任'],
    ]);
  });

  it('takes short phrases between paragraphs, each above a section numbered from 一、, for part headings one level up', () => {
    const opening = '现在，我代表区人民政府，向大会作政府工作报告，请予审议，并请区政协委员和其他列席人员提出意见。';
    expect(
      headings(opening, '2009年工作回顾', body, '一、坚持保发展，区域经济持续稳步增长', body, '（一）项目建设。' + body, '2010年工作安排', body, '一、着力扩大内需', body),
    ).toEqual([
      [1, '2009年工作回顾'],
      [2, '一、坚持保发展，区域经济持续稳步增长'],
      [3, '（一）项目建设。'],
      [1, '2010年工作安排'],
      [2, '一、着力扩大内需'],
    ]);
    // A lone one names the year its part reports on (an excerpt whose next part is cut off).
    expect(headings(opening, '2009年工作回顾', body, '一、坚持保发展，区域经济持续稳步增长', body)).toEqual([
      [1, '2009年工作回顾'],
      [2, '一、坚持保发展，区域经济持续稳步增长'],
    ]);
    // Not without a section numbered from 一、 under it, nor a salutation's words, a wrapped fragment or a date.
    expect(headings(opening, '2009年工作回顾', body, body)).toEqual([]);
    expect(headings(opening, '女士们先生们', body, '一、总体要求', body)).toEqual([[1, '一、总体要求']]);
    expect(headings('今年全县生产总值预计增长，全面推进乡村振兴', '巴黎协定', body, '一、总体要求', body)).toEqual([[1, '一、总体要求']]);
    expect(headings(opening, '2010年1月12日', body, '一、总体要求', body)).toEqual([[1, '一、总体要求']]);
  });

  it('keeps a lone slogan line between paragraphs a paragraph, and the 一、 headings under it at level 1', () => {
    const opening = '今天召开全市科技创新大会，主要任务是深入贯彻落实科技强国战略，动员全市上下加快建设创新型城市，为高质量发展注入强劲动力。';
    const review = '过去一年，全市科技创新工作取得显著成效。研发投入持续增长，高新技术企业数量大幅增加，创新平台建设扎实推进。';
    for (const slogan of ['不忘初心 牢记使命', '实干才能出成效']) {
      expect(headings(opening, slogan, review, '一、充分肯定成绩', body, '二、明确目标任务', body)).toEqual([
        [1, '一、充分肯定成绩'],
        [1, '二、明确目标任务'],
      ]);
    }
  });

  it('takes lead-in phrases standing alone over their sections (一要…, 二要…) for headings on a speech numbering nothing else', () => {
    expect(headings('一要收心归位，迅速进入工作状态', body, '二要谋划开局，抓好当前重点工作', body, '三要守牢底线，确保全镇安全稳定', body)).toEqual([
      [1, '一要收心归位，迅速进入工作状态'],
      [1, '二要谋划开局，抓好当前重点工作'],
      [1, '三要守牢底线，确保全镇安全稳定'],
    ]);
    // Lead-ins opening their paragraphs, a lone one, or beside numbered headings stay lead-ins.
    expect(headings('一要收心归位。' + body, '二要谋划开局。' + body)).toEqual([]);
    expect(headings('一要收心归位，迅速进入工作状态', body)).toEqual([]);
    expect(headings('一、总体要求', '一要收心归位，迅速进入工作状态', body, '二要谋划开局，抓好当前重点工作', body)).toEqual([[1, '一、总体要求']]);
  });

  it('splits a heading glued to its paragraph without punctuation, and a heading glued after it', () => {
    expect(headings('一、明确目标任务，强化工作措施，迅速打开政府工作新局面今年以来，在县委的坚强领导下，各乡镇按照总体部署扎实工作。')).toEqual([
      [1, '一、明确目标任务，强化工作措施，迅速打开政府工作新局面'],
    ]);
    expect(headings('一、周密部署，立即行动，扎实开展专项整治工作（一）开展专项整治工作的必要性我县非煤矿山点多面广量大，小散乱问题长期存在，安全基础薄弱，隐患突出。')).toEqual([
      [1, '一、周密部署，立即行动，扎实开展专项整治工作'],
      [2, '（一）开展专项整治工作的必要性'],
    ]);
  });

  it('splits a heading glued to a paragraph cut off mid-sentence (a page excerpt)', () => {
    expect(headings('（一）开展矿山安全生产专项整治工作的必要性我县非煤矿山点多面广，监管难')).toEqual([[2, '（一）开展矿山安全生产专项整治工作的必要性']]);
  });
});

describe('numbered lines that are not headings', () => {
  it('takes consecutive one-sentence siblings for a list or a table of contents', () => {
    expect(headings('今天讲三个问题：', '（一）如何对待我们伟大的人民解放军；', '（二）阶级观点和阶级路线；', '（三）中学红卫兵的光荣战斗任务。', body)).toEqual([]);
    expect(headings('1.“两重”：是指国家重大战略实施和重点领域安全能力建设。', '2.“两新”：是指大规模设备更新和消费品以旧换新。')).toEqual([]);
  });

  it('takes agenda items read out by the chair for items, not headings', () => {
    expect(headings(body, '一、请安监局局长宣读《关于全县安全事故情况的通报》；', body)).toEqual([]);
  });

  it('takes a line that numbers on inside itself for an enumeration', () => {
    expect(headings('1、市中院2、市检察院3、市公安局4、市司法局5、市人事局')).toEqual([]);
  });

  it('takes 1. followed by a long sentence for a numbered paragraph (press-release style)', () => {
    expect(headings(`1.今年以来，全市上下认真贯彻落实党中央决策部署，经济运行稳中有进，主要指标好于预期，发展质量稳步提升。${body}`)).toEqual([]);
  });

  it('decides a 1./（1） series as a whole: numbered paragraphs when half its items or more open with a long sentence', () => {
    const long = '1、今年以来，全市上下认真贯彻落实党中央决策部署，经济运行稳中有进，主要指标好于预期，发展质量稳步提升。' + body;
    // 155: a preview's chunks, 1、 a long paragraph, 2、 a short first sentence: paragraphs, both.
    expect(headings(long, '2、项目建设加快推进。' + body)).toEqual([]);
    expect(headings(long, `2、${long.slice(2)}`, '3、民生保障持续加强。' + body)).toEqual([]);
    // A new series starts afresh: 1. after the paragraphs is judged with its own series.
    expect(headings(long, '2、项目建设加快推进。' + body, '一、明年工作安排', '1、抓好项目建设。' + body)).toEqual([
      [1, '一、明年工作安排'],
      [3, '1、抓好项目建设。'],
    ]);
  });

  it('keeps run-in headings after one long first item as headings, the long one too (the series is not its first item)', () => {
    const items = [
      '1.着力稳定工业经济增长，确保全年规模以上工业增加值增长8%以上、工业投资增长10%以上。要紧盯重点企业，强化要素保障。',
      '2.加快发展现代服务业。要培育壮大现代物流、电子商务等新业态，推动生产性服务业向专业化延伸。',
      '3.全力扩大有效投资。要坚持项目为王，谋划储备一批打基础、利长远的重大项目。',
    ];
    expect(headings('一、聚焦高质量发展，着力壮大实体经济', ...items)).toEqual([
      [1, '一、聚焦高质量发展，着力壮大实体经济'],
      [3, '1.着力稳定工业经济增长，确保全年规模以上工业增加值增长8%以上、工业投资增长10%以上。'],
      [3, '2.加快发展现代服务业。'],
      [3, '3.全力扩大有效投资。'],
    ]);
  });

  it('takes 四、 with no earlier 一、…三、 for the next item of a lead-in list', () => {
    expect(headings('一是加强学习。' + body, '二是完善制度。' + body, '三是强化监督。' + body, '四、党支部常用文书', body)).toEqual([]);
  });

  it('takes a numbered compilation piece header (1.…篇一) for no heading', () => {
    expect(headings('1.微党课党课比赛领导 篇一', body)).toEqual([]);
  });

  it('keeps the first heading of a text that starts mid-speech', () => {
    expect(headings('三、强化保障', body, '四、改进作风', body)).toEqual([
      [1, '三、强化保障'],
      [1, '四、改进作风'],
    ]);
  });

  it('keeps the headings after a sibling lost to a broken line', () => {
    expect(headings('（一）经济运行稳中有进。', body, '（三）改革开放持续深化。', body)).toEqual([
      [2, '（一）经济运行稳中有进。'],
      [2, '（三）改革开放持续深化。'],
    ]);
  });
});
