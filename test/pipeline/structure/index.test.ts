import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { blockText } from '../../../lambdas/pipeline/model';
import { structure } from '../../../lambdas/pipeline/structure';

const run = (...texts: string[]) =>
  structure({ lines: texts.map((text, i) => ({ text, line: i + 1 })), bodyStartLine: 1, report: emptyReport() }).blocks.map((b) => [b.kind, blockText(b)]);

describe('structure: the salutation', () => {
  it('splits a salutation glued to the first paragraph off it', () => {
    expect(run('在全县安全生产工作会议上的讲话', '同志们：经县政府研究决定，今天召开全县安全生产工作会议。')).toEqual([
      ['title', '在全县安全生产工作会议上的讲话'],
      ['salutation', '同志们：'],
      ['paragraph', '经县政府研究决定，今天召开全县安全生产工作会议。'],
    ]);
  });

  it('leaves a sentence that merely addresses the audience in its paragraph', () => {
    expect(run('在全县安全生产工作会议上的讲话', '今天，我想对大家说：安全生产是头等大事。')).toEqual([
      ['title', '在全县安全生产工作会议上的讲话'],
      ['paragraph', '今天，我想对大家说：安全生产是头等大事。'],
    ]);
  });
});
