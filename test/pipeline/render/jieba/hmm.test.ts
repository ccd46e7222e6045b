import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Hmm, splitByMatches } from '../../../../lambdas/pipeline/render/jieba/hmm';
import { repoRoot } from '../../../support/shared';

const hmm = Hmm.parse(readFileSync(join(repoRoot, 'assets', 'jieba', 'hmm.model'), 'utf8'));

describe("jieba's HMM for words the dictionary lacks", () => {
  it("cuts jieba-rs's own example as jieba-rs's test expects", () => {
    expect(hmm.cut('小明硕士毕业于中国科学院计算所')).toEqual(['小明', '硕士', '毕业于', '中国', '科学院', '计算', '所']);
  });

  it('keeps Latin and numbers (with a decimal part and a percent sign) whole, and anything else as it comes', () => {
    expect(hmm.cut('增长3.5%达到GDP')).toEqual(['增长', '3.5%', '达到', 'GDP']);
    expect(hmm.cut('中')).toEqual(['中']);
    expect(hmm.cut('——')).toEqual(['——']);
  });

  it('refuses a model that is not laid out as jieba-rs’s', () => {
    expect(() => Hmm.parse('#\n0 0\n')).toThrow(/4 states/);
  });
});

describe('splitByMatches', () => {
  it('gives pieces that concatenate to the text, marking the matches', () => {
    expect(splitByMatches('ab12cd3', /[0-9]+/gu)).toEqual([
      ['ab', false],
      ['12', true],
      ['cd', false],
      ['3', true],
    ]);
    expect(splitByMatches('', /x/gu)).toEqual([]);
  });
});
