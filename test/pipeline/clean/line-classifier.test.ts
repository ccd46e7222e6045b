import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { CONTEXT_NAMES, contextFeatures, defaultLineModel, noiseProbabilities } from '../../../lambdas/pipeline/clean/line-classifier';
import { FEATURE_NAMES, lineFeatures } from '../../../lambdas/pipeline/clean/line-features';
import { hasPages } from '../../../scripts/clean-model/pages';
import { MODEL_PATH, serializeModel, trainingPages, trainModel } from '../../../scripts/clean-model/train';

const para = (n: number) => `第${n}段内容是关于加强基层治理的思考，我们要坚持问题导向，聚焦群众急难愁盼，切实把各项工作抓实抓细抓到位。`;

describe('line classifier', () => {
  it('has one weight per feature (stage 1) and per feature and context score (stage 2)', () => {
    expect(defaultLineModel.features).toEqual([...FEATURE_NAMES]);
    expect(defaultLineModel.stage1).toHaveLength(FEATURE_NAMES.length);
    expect(defaultLineModel.stage2).toHaveLength(FEATURE_NAMES.length + CONTEXT_NAMES.length);
  });

  it('refuses weights trained on other features instead of scoring with them', () => {
    expect(() => noiseProbabilities([], { ...defaultLineModel, features: ['bias'] })).toThrow(/train:clean/);
  });

  it('gives blank lines no features and neighbours of the page edge a neutral context', () => {
    const work = ['标题', '', para(1)].map((text, i) => ({ line: i + 1, text, removed: false }));
    const features = lineFeatures(work, { bodyStart: 2, stopper: -1, suspected: new Set() });
    expect(features[1]).toBeNull();
    expect(features[0]).toHaveLength(FEATURE_NAMES.length);
    expect([...contextFeatures([0.9, null, 0.1])[0]!]).toEqual([0.5, 0.1, 0.5, 0.5, 0.5]);
  });

  it('removes menus, banners and footers around a speech it has never seen, listing each', () => {
    const page = ['跳到主要内容', '欢迎访问本市政府门户网站', '首页 | 政务公开 | 互动交流', '在全市安全生产工作会议上的讲话', '同志们：', para(1), para(2), '联系我们', '网站地图'].join('\n');
    const { cleaned, document } = parseSpeech(Buffer.from(page, 'utf8'));
    expect(document.title).toBe('在全市安全生产工作会议上的讲话');
    expect(cleaned.report.removed.map((r) => r.line)).toEqual([1, 2, 3, 8, 9]);
  });

  it('keeps a line between two paragraphs even when it scores as chrome (suspected at most)', () => {
    const { cleaned } = parseSpeech(Buffer.from([para(1), '首页 | 新闻 | 登录', para(2)].join('\n'), 'utf8'));
    expect(cleaned.report.removed).toEqual([]);
    expect(cleaned.report.suspected.map((s) => s.line)).toEqual([2]);
  });
});

describe('what a score alone never removes', () => {
  it("removes a related article's headline after an end-of-article marker, but not a sentence there", () => {
    const tail = ['责任编辑：', '李莎莎', '扫一扫在手机打开当前页', '相关链接>>', 'e4c29f31c6964493a14c4ddf6b160169:', '四川干部群众热议政府工作报告 以奋勇争先之姿，乘势而为', '打印本页', '关闭窗口'];
    const page = ['2026年政府工作报告', '各位代表：', para(1), para(2), para(3), para(4), ...tail];
    const parsed = parseSpeech(Buffer.from(page.join('\n'), 'utf8'));
    expect(parsed.cleaned.report.removed.map((r) => r.line)).toEqual([7, 8, 9, 10, 11, 12, 13, 14]);
    // The score alone never takes the sentence; the span decision may, sure that a paragraph after
    // 相关链接>> is the page's (below the speech), and lists it so.
    const withSentence = [...page.slice(0, 11), para(5), ...tail.slice(6)];
    const removed = parseSpeech(Buffer.from(withSentence.join('\n'), 'utf8')).cleaned.report.removed.find((r) => r.line === 12);
    expect(removed?.reason ?? 'kept').not.toBe('page chrome (line classifier)');
  });

  it('keeps a head line named like a speech among chrome lines (structure decides the title)', () => {
    const page = ['电子报阅读机', '当前报纸名称：某某日报', '新春献词', '字号：', '版面：第01版 上一篇 下一篇', para(1), para(2)].join('\n');
    const { cleaned } = parseSpeech(Buffer.from(page, 'utf8'));
    expect(cleaned.report.removed.map((r) => r.text)).not.toContain('新春献词');
  });

  it("keeps a page's only paragraph, even with a chrome word in it", () => {
    const { document } = parseSpeech(Buffer.from('手机版\n范文大全里的这段话，我们也要认真学习领会。\n', 'utf8'));
    expect(document.blocks.map((b) => b.runs.map((r) => r.text).join(''))).toContain('范文大全里的这段话，我们也要认真学习领会。');
  });
});

describe.skipIf(!hasPages('corpus-train'))('npm run train:clean', () => {
  it('reproduces the committed weights byte for byte', () => {
    expect(serializeModel(trainModel(trainingPages()))).toBe(readFileSync(MODEL_PATH, 'utf8'));
  });
});
if (!hasPages('corpus-train')) console.warn('[speech-press] ../shared/corpus-train not found: the weights reproduction test is SKIPPED');
