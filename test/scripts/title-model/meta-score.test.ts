import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { normGold } from '../../../scripts/clean-model/score';
import { scoreMeta } from '../../../scripts/title-model/meta-score';

const TEXT = ['在全县工作会议上的讲话', '县委书记 王建国', '（2024年5月19日）', '同志们：', '今天我们召开会议，主要任务是总结工作、部署任务，希望大家认真抓好落实。'].join('\n');

describe('scoreMeta', () => {
  const document = parseSpeech(Buffer.from(TEXT, 'utf8')).document;

  it('counts the meta lines a document prints, none from noise when the gold keeps them', () => {
    expect(scoreMeta(document, { title: '在全县工作会议上的讲话', noise_line_numbers: [] }, normGold)).toEqual({ values: 2, fromNoise: [] });
  });

  it('names a meta line the gold calls noise, by its line or inside a noise fragment', () => {
    expect(scoreMeta(document, { title: '在全县工作会议上的讲话', noise_line_numbers: [3] }, normGold).fromNoise).toEqual(['date=（2024年5月19日）']);
    expect(scoreMeta(document, { title: '在全县工作会议上的讲话', noise_fragments: ['来源：县委书记 王建国'] }, normGold).fromNoise).toEqual(['speaker=县委书记 王建国']);
  });

  it('scores a rejected page (no document) as printing nothing', () => {
    expect(scoreMeta(null, { title: null }, normGold)).toEqual({ values: 0, fromNoise: [] });
  });
});
