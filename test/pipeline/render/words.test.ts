import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { taggedWords } from '../../../lambdas/pipeline/render/words';

describe('taggedWords (jieba words and parts of speech)', () => {
  it('tags the words of a title with their parts of speech', () => {
    expect(taggedWords('在全市党组织书记抓基层党建工作会议上的讲话').map((w) => `${w.word}/${w.tag}`)).toEqual([
      '在/p',
      '全市/n',
      '党组织/nt',
      '书记/n',
      '抓/v',
      '基层/n',
      '党建/j',
      '工作/vn',
      '会议/n',
      '上/f',
      '的/uj',
      '讲话/n',
    ]);
  });

  it('cuts Traditional text where it cuts its Simplified form, keeping the Traditional characters', () => {
    const hans = taggedWords('在教育系统全面从严治党和党风廉政建设工作会议上的讲话');
    const hant = taggedWords('在教育系統全面從嚴治黨和黨風廉政建設工作會議上的講話');
    expect(hant.map((w) => w.word.length)).toEqual(hans.map((w) => w.word.length));
    expect(hant.map((w) => w.tag)).toEqual(hans.map((w) => w.tag));
    expect(hant.map((w) => w.word).join('')).toBe('在教育系統全面從嚴治黨和黨風廉政建設工作會議上的講話');
  });

  it('gives back the text exactly, whatever it holds (Latin, digits, marks, spaces, astral characters)', () => {
    const piece = fc.constantFrom('在', '全市', '會議', '讲话', '，', '“', '”', ' ', '2023', 'GB/T', 'XXXX', '𠀀', '——', '（一）');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(taggedWords(text).map((w) => w.word).join('')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
