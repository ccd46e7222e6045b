import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { blockText } from '../../../lambdas/pipeline/model';
import { structure } from '../../../lambdas/pipeline/structure';
import { rejoinBrokenMarkers } from '../../../lambdas/pipeline/structure/broken-marker';

const run = (...texts: string[]) =>
  structure({ lines: texts.map((text, i) => ({ text, line: i + 1 })), bodyStartLine: 1, report: emptyReport() }).blocks.map((b) => [b.kind, blockText(b)]);

describe('a heading marker broken over two lines', () => {
  it('is one heading when the opening bracket stands alone above the rest of the marker', () => {
    const blocks = run(
      '在全县工作会议上的讲话',
      '一、过去一年的工作',
      '（一）农业生产稳中有进。',
      '粮食总产量再创新高，农民收入稳步增长。',
      '（',
      '二）项目建设提速增效。',
      '重点项目完成投资超过年度计划。',
    );
    expect(blocks.filter(([kind]) => kind === 'heading')).toEqual([
      ['heading', '一、过去一年的工作'],
      ['heading', '（一）农业生产稳中有进。'],
      ['heading', '（二）项目建设提速增效。'],
    ]);
  });

  it('leaves a lone bracket that opens no marker, and loses nothing', () => {
    const lines = [{ line: 1, text: '（' }, { line: 2, text: '注：以上数据为初步统计）' }];
    expect(rejoinBrokenMarkers(lines)).toEqual(lines);
    expect(rejoinBrokenMarkers([{ line: 4, text: '(' }, { line: 5, text: '3)加强队伍建设。' }])).toEqual([{ line: 4, text: '(3)加强队伍建设。' }]);
  });
});
