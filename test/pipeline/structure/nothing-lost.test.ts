import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineReport } from '../../../lambdas/pipeline/clean/report';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { documentText } from '../../../lambdas/pipeline/model';
import { structure } from '../../../lambdas/pipeline/structure';

/**
 * Whatever the structure stage decides (title among candidates, split titles, glued salutations and
 * headings, decorations removed), every character of its input reaches the document or is listed as
 * a removed fragment or line. Whitespace at a split may go.
 */
const pieces = [
  '在全县安全生产工作会议上的讲话', '政府工作报', '告', '作开幕式领导讲话致辞5篇', '建军节演讲稿范文（一）', '正文复制', '首页 > 新闻',
  '打印', '县委书记 王建国', '（2024年3月18日）', '——在全县工作推进会上的讲话', '同志们：', '尊敬的各位来宾：', '小学元旦致辞 篇1 亲爱的同学们：',
  '一、', '（一）', '1.', '（1）', '壹、', '二、', '篇一', '今年以来，', '我县', '“', '。', '，', '；', '：', ' ',
  '提高站位，统一思想', '要立足资源禀赋，发展壮大特色产业。', '近年来，形势依然复杂，任务依然繁重，要压紧各项措施，让群众有更多获得感。',
];

const chars = (text: string): string[] => [...text.replace(/\s+/g, '')].sort();

describe('structure: nothing is lost', () => {
  it('keeps every non-space character of its input in the document or the removed fragments', () => {
    const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), (texts) => {
        const lines = texts.map((text, i) => ({ text, line: i + 1 }));
        const removed: LineReport[] = [];
        const report = emptyReport();
        const doc = structure({ lines, bodyStartLine: 1, report }, removed);
        // Listed: fragments (decorations) and whole lines (a compilation's piece labels above the title).
        const out = documentText(doc) + [...removed, ...report.removed].map((r) => r.text).join('');
        expect(chars(out)).toEqual(chars(texts.join('')));
      }),
      { numRuns: 400, seed: 11 },
    );
  });
});
