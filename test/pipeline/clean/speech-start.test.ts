import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { defaultLineModel } from '../../../lambdas/pipeline/clean/line-classifier';
import { chooseCandidate } from '../../../lambdas/pipeline/clean/span-model';
import { MAX_TOP, TOP_FEATURE_NAMES, topCandidates } from '../../../lambdas/pipeline/clean/speech-first-line';
import { MAX_CANDIDATES, START_FEATURE_NAMES, startCandidates } from '../../../lambdas/pipeline/clean/speech-start';

const para = (n: number) => `第${n}段，我们要坚持问题导向，聚焦群众急难愁盼，切实把各项工作抓实抓细抓到位，推动工作再上新台阶。`;
const work = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text, removed: false }));
const parse = (lines: string[]) => parseSpeech(Buffer.from(lines.join('\n'), 'utf8'));

describe('where the speech starts (span model)', () => {
  it('has one committed weight per start feature', () => {
    expect(defaultLineModel.span.features).toEqual([...START_FEATURE_NAMES]);
    expect(defaultLineModel.span.start).toHaveLength(START_FEATURE_NAMES.length);
    expect(defaultLineModel.span.topFeatures).toEqual([...TOP_FEATURE_NAMES]);
    expect(defaultLineModel.span.top).toHaveLength(TOP_FEATURE_NAMES.length);
  });

  it('weighs only the first few lines that could open the speech: a page of thousands of paragraphs costs no more', () => {
    const lines = work(['首页', ...Array.from({ length: 3000 }, (_, i) => para(i))]);
    const candidates = startCandidates(lines, lines.map(() => 0.1));
    expect(candidates).toHaveLength(MAX_CANDIDATES);
    expect(candidates[0]!.index).toBe(1);
  });

  it('weighs at most MAX_TOP head lines above the start as the speech’s first line', () => {
    const lines = work([...Array.from({ length: 500 }, (_, i) => `栏目${i}`), '同志们：', para(1)]);
    const candidates = topCandidates(lines, lines.map(() => 0.5), 500);
    expect(candidates).toHaveLength(MAX_TOP + 1);
    expect(candidates.at(-1)!.index).toBe(500);
  });

  it('puts the confidence as the chosen opening’s softmax share and lists what it skips', () => {
    const model = { ...defaultLineModel.span, start: START_FEATURE_NAMES.map((name) => (name === 'salutation' ? 2 : 0)) };
    const candidates = startCandidates(work(['演讲稿是在较为隆重的仪式上发表的讲话文稿，我们一起来看看吧。', '同志们：', para(1)]), [0.5, 0, 0]);
    const start = chooseCandidate(candidates, model.start);
    expect(start.index).toBe(1);
    expect(start.skipped).toEqual([0]);
    expect(start.confidence).toBeCloseTo(Math.exp(2) / (Math.exp(2) + 2), 6);
  });

  it('removes a portal’s prose intro above the title and salutation, listing it with its reason', () => {
    const page = ['首页 | 范文大全 | 讲话稿', '讲话稿通常是指在会议上发表的讲话文稿，内容要求观点鲜明、条理清楚，是常用的一种文体。', '在全县安全生产工作会议上的讲话', '同志们：', para(1), para(2)];
    const { cleaned, document } = parse(page);
    expect(document.title).toBe('在全县安全生产工作会议上的讲话');
    expect(cleaned.report.removed.find((r) => r.line === 2)?.reason).toBe('above the speech (span model)');
    expect(document.blocks.map((b) => b.runs.map((r) => r.text).join(''))).toContain(para(1));
  });

  it('removes a history note right above the salutation, though it names no portal or genre word', () => {
    const page = ['更新时间：2018-06-10 19:16 作者：才子老师', '中国共产党于1921年7月成立，再过一天我们又要迎来建党纪念日。把7月1日作为党的诞辰纪念日，是1938年提出来的。', '同志们：', para(1), para(2)];
    expect(parse(page).cleaned.report.removed.map((r) => [r.line, r.reason])).toContainEqual([2, 'above the speech (span model)']);
  });

  it('keeps the first paragraph of a speech that has no salutation', () => {
    const { cleaned } = parse(['在全县安全生产工作会议上的讲话', para(1), para(2), para(3)]);
    expect(cleaned.report.removed).toEqual([]);
  });

  it('keeps a title with a comma above the salutation (structure judges titles)', () => {
    const { cleaned } = parse(['党课：喜迎二十大，奋进新征程', '同志们：', para(1), para(2)]);
    expect(cleaned.report.removed.map((r) => r.line)).not.toContain(1);
  });

  it('puts a forum’s name above the thread’s headline outside the speech (removed or suspected), and keeps the headline as the title', () => {
    const page = ['沿著菊島旅行-澎湖自助旅行論壇', '查看: 1298|引用: 0', '打印 上一主題 下一主題', '跳轉到指定樓層', '澎湖縣第17屆縣長交接 陳光復宣誓就職', para(1), para(2)];
    const { cleaned, document } = parse(page);
    expect(document.title).toBe('澎湖縣第17屆縣長交接 陳光復宣誓就職');
    const listed = [...cleaned.report.removed, ...cleaned.report.suspected].find((r) => r.line === 1);
    expect(listed?.reason).toMatch(/above the speech \(span model\)|page chrome \(line classifier\)/);
  });

  it('keeps a news headline set between toolbar and stamp lines (the speech’s first line), whatever its neighbours score', () => {
    const page = ['社團法人中華溝通分析協會家醫館', '首頁 > 政治 > 新聞內文', '列印 轉寄好友 分享: 字級設定:', '第十六屆嘉義縣長就職典禮', 'TNN台灣地方新聞/更新日期: 2009-12-20 16:17:00', para(1), para(2)];
    expect(parse(page).document.title).toBe('第十六屆嘉義縣長就職典禮');
  });
});
