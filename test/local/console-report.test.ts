import { describe, expect, it } from 'vitest';
import { resultLine, summariseManifest } from '../../lambdas/local/console-report';
import { convert } from '../../lambdas/pipeline';

const speech = [
  '在全县安全生产工作会议上的讲话',
  '同志们：',
  '今天召开全县安全生产工作会议，主要任务是总结去年工作，部署今年任务。',
  '一、提高认识，压实责任',
  '安全生产事关人民群众生命财产安全，各级各部门要把这项工作摆在更加突出的位置，坚持',
].join('\n');

describe('npm start console line', () => {
  it('prints where a cut-off source stops, not only a warning count', async () => {
    const { manifest } = await convert(Buffer.from(speech, 'utf8'), { sourceName: '讲话.txt', traditional: false });
    const line = resultLine(
      { sourceKey: 'incoming/讲话.txt', status: 'converted', outputKeys: [], ms: 1200 },
      summariseManifest(JSON.parse(JSON.stringify(manifest))),
    );
    expect(line).toMatch(/^✓ 讲话\.txt/);
    expect(line).toContain('⚠ 讲话.txt: The text ends mid-sentence');
    expect(line).toContain('坚持');
  });

  it('prints no cut-off line for a complete speech', async () => {
    const { manifest } = await convert(Buffer.from(`${speech}安全发展理念。\n谢谢大家！`, 'utf8'), { sourceName: '讲话.txt', traditional: false });
    const line = resultLine({ sourceKey: 'incoming/讲话.txt', status: 'converted', outputKeys: [], ms: 1200 }, summariseManifest(manifest));
    expect(line).not.toContain('⚠');
  });
});
