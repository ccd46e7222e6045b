import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { TITLE_MODEL_FEATURES } from '../../../lambdas/pipeline/structure/title-features';
import { learnedTitleModel } from '../../../lambdas/pipeline/structure/title-model';
import { hasPages, type GoldPage } from '../../../scripts/clean-model/pages';
import { candidateRows, fitTitleModel, serializeTitleModel, TITLE_MODEL_PATH, titleTrainingPages, trainTitleModel } from '../../../scripts/title-model/train';

const page = (name: string, lines: string[], title: string | null): GoldPage => ({
  folder: 'corpus-train',
  name,
  site: name.split('_')[1]!,
  bytes: Buffer.from(lines.join('\n'), 'utf8'),
  gold: { title },
});

const prose = '今天我们召开会议，主要任务是总结工作、部署任务，希望大家认真抓好落实，推动各项工作再上新台阶。';
const toy = [
  page('1_a_x', ['首页 > 领导讲话', '在全县工作会议上的讲话', '同志们：', prose], '在全县工作会议上的讲话'),
  page('2_b_x', ['市政府网站', '在全市招商大会上的致辞', '（2024年3月1日）', '各位来宾：', prose], '在全市招商大会上的致辞'),
  page('3_c_x', ['学习园地', '春季开学典礼讲话', '老师们、同学们：', prose], '春季开学典礼讲话'),
  page('4_d_x', ['通知公告', '关于做好防汛工作的通知', prose], null),
];
const unseen = ['网站首页', '在全区教育工作会议上的讲话', '同志们：', prose].join('\n');

describe('npm run train:title', () => {
  it('labels the candidate that prints as the gold title, and no other', () => {
    const { rows, labels } = candidateRows(toy[0]!);
    expect(labels.filter((y) => y === 1)).toHaveLength(1);
    expect(rows.every((r) => r.length === TITLE_MODEL_FEATURES.length)).toBe(true);
  });

  it('fits the same weights from the same readings, and they pick the title of a page it did not see', () => {
    const choices = toy.map((p) => candidateRows(p));
    const model = fitTitleModel(choices);
    expect(serializeTitleModel(fitTitleModel(choices))).toBe(serializeTitleModel(model));
    expect(parseSpeech(Buffer.from(unseen, 'utf8'), { titleModel: model }).document.title).toBe('在全区教育工作会议上的讲话');
  });

  it('trains from pages end to end, the synthetic pages added', () => {
    // Pages of one site make no cross-fitting folds, so the committed line classifier cleans them instead of
    // three refitted ones (~3 s of CPU for four toy pages); the cross-fitted path runs, and is reproduced byte
    // for byte, on the gold pages below.
    const model = trainTitleModel(toy.map((p) => ({ ...p, site: 'a' })));
    expect(model.features).toEqual([...TITLE_MODEL_FEATURES]);
    expect(parseSpeech(Buffer.from(unseen, 'utf8'), { titleModel: model }).document.title).toBe('在全区教育工作会议上的讲话');
  });

  it('refuses weights trained on other features instead of scoring with them', () => {
    const text = ['在全县工作会议上的讲话', '同志们：', prose].join('\n');
    expect(() => parseSpeech(Buffer.from(text, 'utf8'), { titleModel: { ...learnedTitleModel, features: ['bias'] } })).toThrow(/train:title/);
  });
});

describe.skipIf(!hasPages('corpus-train'))('npm run train:title on the gold pages', () => {
  it('reproduces the committed weights byte for byte', () => {
    // The rows are the candidates the cleaning stage leaves: a change to cleaning or to the title features needs `npm run train:title`.
    expect(serializeTitleModel(trainTitleModel(titleTrainingPages())), 'title-model.json is stale: run npm run train:title').toBe(readFileSync(TITLE_MODEL_PATH, 'utf8'));
  });
});
if (!hasPages('corpus-train')) console.warn('[speech-press] ../shared/corpus-train not found: the title weights reproduction test is SKIPPED');
