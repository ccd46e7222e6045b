import { describe, expect, it } from 'vitest';
import { isPublishStamp } from '../../../lambdas/pipeline/text/publish-stamp';

describe('isPublishStamp', () => {
  it('tells a web publish stamp from a speech date, zero-padded or not', () => {
    for (const t of ['2026年02月10日 07时41分', '中華民國112年2月24日(星期五)9時2分', '2024年5月09日 10:30']) expect(isPublishStamp(t), t).toBe(true);
    for (const t of ['（2022年7月11日）', '2023年1月1日', '(2022年10月23日)', '2024年01月05日', '（2024年03月01日）']) expect(isPublishStamp(t), t).toBe(false);
  });

  it('takes a meeting time on the quarter hours for the speech’s, a saved moment or a web field for a stamp', () => {
    for (const t of ['2024年1月12日 15:00', '2024年1月12日上午9:00', '2023年6月8日下午2:30', '（2024年3月5日 9:45）', '2024年1月12日下午3时', '2024年1月12日上午9时30分']) expect(isPublishStamp(t), t).toBe(false);
    for (const t of ['2024年1月12日 15:07', '2024年1月12日 15:00:00', '2024年1月12日 16时17分', '2024年1月12日 15:00 来源：本网', '2024年1月12日 浏览：12']) expect(isPublishStamp(t), t).toBe(true);
  });
});
