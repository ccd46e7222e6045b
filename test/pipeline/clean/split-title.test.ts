import { describe, expect, it } from 'vitest';
import { rejoinSplitTitle } from '../../../lambdas/pipeline/clean/split-title';

const work = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text, removed: false }));

describe('a speech title hard-wrapped in the head', () => {
  it('rejoins 政府工作报 / 告 and leaves the tail line blank', () => {
    const lines = work(['政府工作报', '告', '', '各位代表：', '现在，我代表国务院，向大会报告政府工作，请予审议。']);
    rejoinSplitTitle(lines);
    expect(lines.map((w) => w.text).slice(0, 2)).toEqual(['政府工作报告', '']);
  });

  it('leaves lines that are titles alone, and never joins below the first prose line', () => {
    const whole = work(['在全县工作会议上的讲话', '告', '同志们：']);
    rejoinSplitTitle(whole);
    expect(whole[0]!.text).toBe('在全县工作会议上的讲话');
    const body = work(['同志们：', '今天，我们召开会议，研究部署工作。', '听取工作报', '告']);
    rejoinSplitTitle(body);
    expect(body.map((w) => w.text)).toEqual(['同志们：', '今天，我们召开会议，研究部署工作。', '听取工作报', '告']);
  });
});
