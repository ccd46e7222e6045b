import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { outlineOf } from '../../../lambdas/pipeline/manifest';

const body = '我县非煤矿山点多面广量大，小散乱问题长期存在，安全基础薄弱，隐患突出，必须下决心整治。';

describe('a heading sitting mid-line after a lead sentence', () => {
  it('is split out after a full- or half-width colon, with the heading glued after it', () => {
    for (const colon of ['：', ':']) {
      const { document } = parseSpeech(Buffer.from(`同志们${colon}今天召开会议，下面我讲三点意见${colon}一、周密部署，立即行动，扎实开展专项整治工作（一）开展专项整治工作的必要性${body}`));
      expect(outlineOf(document)).toEqual([
        { level: 1, text: '一、周密部署，立即行动，扎实开展专项整治工作' },
        { level: 2, text: '（一）开展专项整治工作的必要性' },
      ]);
    }
  });
});
