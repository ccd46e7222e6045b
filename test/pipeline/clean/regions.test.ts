import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';
import { PORTAL_ANNOUNCEMENT } from '../../../lambdas/pipeline/clean/regions';

const INTRO = '语言可以帮助我们交流思想，发言稿可以按照用途、性质等来划分，那么对于发言稿的格式你了解过吗？为满足你的需求，本网特地编辑了“元旦致辞范文”，如果合你所需，不妨马上收藏本页。';
const SPEECH = '亲爱的同学们、老师们：大家新年好！今晨当新年钟声悠然响起，我们欣喜，新的一年又来到了，承载着新的希望。';

describe("a portal's announcement glued before the speech", () => {
  it('goes as a fragment with the portal sentences above it; the speech after it stays whole', () => {
    const cleaned = clean(`元旦致辞范文\n${INTRO} ${SPEECH}\n`);
    expect(cleaned.report.removedFragments.map((f) => f.text.trim())).toContain(INTRO);
    const text = cleaned.lines.map((l) => l.text).join('\n');
    expect(text).not.toContain('收藏本页');
    expect(text).not.toContain('语言可以帮助');
    expect(text).toContain('今晨当新年钟声悠然响起');
  });

  it('is only a portal asking to be bookmarked, never a speaker who had something compiled', () => {
    expect(PORTAL_ANNOUNCEMENT.test(INTRO)).toBe(true);
    for (const sentence of ['市委办公室特意整理了有关材料，请大家认真学习。', '我们特地编辑了一本手册，供大家参考。', '请同志们收藏本页的通知。']) {
      expect(PORTAL_ANNOUNCEMENT.test(sentence), sentence).toBe(false);
    }
  });
});
