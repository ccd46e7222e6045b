import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
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

describe('a bracket broken off inside a sentence', () => {
  it('is a hard wrap, not a heading: the sentence is one paragraph, and nothing is lost', () => {
    const blocks = run(
      '在全县经济工作会议上的讲话',
      '一、2023年工作回顾',
      '（',
      '一）经济运行稳中向好',
      '全县地区生产总值增长6.5%。',
      '今年全县生产总值预计增长',
      '（',
      '12）个百分点以上的目标要确保完成。',
    );
    expect(blocks.filter(([kind]) => kind === 'heading')).toEqual([
      ['heading', '一、2023年工作回顾'],
      ['heading', '（一）经济运行稳中向好'],
    ]);
    expect(blocks).toContainEqual(['paragraph', '今年全县生产总值预计增长（12）个百分点以上的目标要确保完成。']);
  });

  it('still rejoins a marker that starts or continues its series under a line without a full stop', () => {
    const blocks = run('在全县工作会议上的讲话', '一、坚持稳中求进', '（', '1）稳住工业基本盘', '抓好重点企业运行调度', '（', '2）扩大有效投资');
    expect(blocks.filter(([kind]) => kind === 'heading').map(([, text]) => text)).toEqual(['一、坚持稳中求进', '（1）稳住工业基本盘', '（2）扩大有效投资']);
  });
});

describe('the report of a bracket rejoined with its marker', () => {
  it('no longer lists the bracket as suspected nor warns of suspected noise: it is part of a heading', () => {
    const text = [
      '在全县经济工作会议上的讲话',
      '同志们：',
      '今天，我们召开全县经济工作会议，主要任务是总结2023年经济工作，分析当前形势，部署今年重点任务。',
      '一、2023年工作回顾',
      '（',
      '一）经济运行稳中向好',
      '全县地区生产总值增长6.5%，一般公共预算收入增长8.2%。',
      '（',
      '二）改革开放持续深化',
      '我们深化“放管服”改革，营商环境持续优化。',
      '今年全县生产总值预计增长',
      '（',
      '12）个百分点以上的目标要确保完成。',
    ].join('\n');
    const parsed = parseSpeech(Buffer.from(text, 'utf8'));
    expect(parsed.document.blocks.filter((b) => b.kind === 'heading').map(blockText)).toEqual(expect.arrayContaining(['一、2023年工作回顾', '（一）经济运行稳中向好', '（二）改革开放持续深化']));
    expect(parsed.cleaned.report.suspected.filter((s) => s.text.trim() === '（')).toEqual([]);
    expect(parsed.warnings.map((w) => w.code)).not.toContain('suspected-noise');
  });
});
