import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { splitFolds } from '../../../scripts/clean-model/folds';
import type { GoldPage } from '../../../scripts/clean-model/pages';
import { documentText } from '../../../lambdas/pipeline/model';
import { scorePage, summarize } from '../../../scripts/clean-model/score';

const documentTextOf = (text: string): string => documentText(parseSpeech(Buffer.from(text, 'utf8')).document);
const visibleLength = (text: string): number => text.replace(/\s+/gu, '').length;

const page = (name: string, text: string, gold: GoldPage['gold']): GoldPage => ({ folder: 'corpus-train', name, site: name.split('_')[1]!, bytes: Buffer.from(text, 'utf8'), gold });

const TEXT = [
  '首页 > 讲话',
  '在全县工作会议上的讲话',
  '同志们：',
  '一、提高站位',
  '今天我们召开会议，主要任务是总结工作、部署任务，希望大家认真抓好落实。',
  '分享到：微信',
].join('\n');

describe('scorePage', () => {
  const parse = (bytes: Uint8Array) => parseSpeech(bytes);

  it('scores a page the text core gets right as perfect', () => {
    const s = scorePage(page('900_a_x', TEXT, { title: '在全县工作会议上的讲话', noise_line_numbers: [1, 6], headings: [{ level: 1, text: '一、提高站位', line: 4 }] }), parse);
    expect(s.titleRight).toBe(true);
    expect(s.headings).toEqual({ tp: 1, predicted: 1, gold: 1 });
    expect(s.noiseLines).toEqual({ removed: 2, gold: 2, missed: [] });
    expect(s.contentChars.lost).toBe(0);
  });

  it('counts a content line the gold keeps but the core removes as lost, and listed', () => {
    const s = scorePage(page('901_b_x', TEXT, { title: '在全县工作会议上的讲话', noise_line_numbers: [6], headings: [] }), parse);
    expect(s.contentLinesRemoved).toEqual([1]);
    expect(s.contentChars.lost).toBe(4); // 首页讲话
    expect(s.contentChars.unlisted).toBe(0);
    expect(s.headings).toEqual({ tp: 0, predicted: 1, gold: 0 });
  });

  it('counts a fragment left in the text as kept even when the cleaning squeezed its spaces', () => {
    const glued = TEXT.replace('希望大家', '希望大家【字体：大 中 小】');
    const s = scorePage(page('903_d_x', glued, { title: '在全县工作会议上的讲话', noise_line_numbers: [1, 6], noise_fragments: ['【字体：大 中 小】'], headings: [] }), parse);
    expect(documentTextOf(glued)).toContain('【字体：大中小】');
    expect(s.noiseChars.removed).toBe(s.noiseChars.gold - visibleLength('【字体：大 中 小】'));
  });

  it('takes a title and heading spaced with U+3000 as the gold NFKC folds it', () => {
    const spaced = TEXT.replace('在全县工作会议上的讲话', '提高站位　狠抓落实').replace('一、提高站位', '一、提高站位　狠抓落实');
    const s = scorePage(page('904_e_x', spaced, { title: '提高站位　狠抓落实', noise_line_numbers: [1, 6], headings: [{ level: 1, text: '一、提高站位　狠抓落实', line: 4 }] }), parse);
    expect(parseSpeech(Buffer.from(spaced, 'utf8')).document.title).toBe('提高站位　狠抓落实');
    expect(s.titleRight).toBe(true);
    expect(s.headings.tp).toBe(1);
  });

  it('leaves toc headings out and treats a rejected page as empty', () => {
    const s = scorePage(page('902_c_x', '第 3 页 共 9 页\n', { title: null, noise_line_numbers: [1], headings: [{ level: 2, text: '(一)目录', line: 1, kind: 'toc' }] }), parse);
    expect(s.rejected).toBe(true);
    expect(s.titleRight).toBe(true);
    expect(s.headings.gold).toBe(0);
    expect(summarize([s]).noiseLineRecall).toBe(1);
  });
});

describe('splitFolds', () => {
  it('keeps every page of a site in one fold', () => {
    const pages = ['1_a_x', '2_a_y', '3_b_x', '4_c_x', '5_d_x', '6_e_x', '7_f_x'].map((n) => page(n, TEXT, { title: null }));
    const folds = splitFolds(pages, 3);
    for (const fold of folds) for (const p of fold) expect(folds.filter((f) => f.some((q) => q.site === p.site)).length).toBe(1);
    expect(folds.flat().length).toBe(pages.length);
  });
});
