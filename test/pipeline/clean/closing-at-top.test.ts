/** A speech that opens by thanking the chair keeps its last lines: a closing formula at the top is no end. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';

const point = (n: number) => `我们要坚持问题导向，强化责任落实，确保各项任务按期完成，推动经济社会高质量发展，这是第${n}点。`;

describe('clean: 谢谢主持人！ at the top of a speech', () => {
  it.each([['谢谢主持人！'], ['主持人好。']])('keeps the short lines that end the speech after %s', (opener) => {
    const page = ['在2024年发展论坛上的致辞', opener, '尊敬的各位来宾，女士们、先生们：', '很高兴参加今天的论坛。', ...[1, 2, 3, 4, 5, 6].map(point), '最后，我用三句话与大家共勉：', '心中有党', '心中有民', '心中有责'];
    const { lines, report } = clean(page.join('\n\n'));
    const kept = lines.map((l) => l.text);
    for (const line of ['最后，我用三句话与大家共勉：', '心中有党', '心中有民', '心中有责']) expect(kept).toContain(line);
    expect(report.removed.map((r) => r.text)).toEqual([]);
  });
});
