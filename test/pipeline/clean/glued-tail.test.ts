import { describe, expect, it } from 'vitest';
import { splitGluedTailChrome } from '../../../lambdas/pipeline/clean/glued-tail';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';

function split(text: string): { text: string; fragments: string[] } {
  const work = [{ line: 1, text, removed: false }];
  const report = emptyReport();
  splitGluedTailChrome(work, report);
  return { text: work[0]!.text, fragments: report.removedFragments.map((f) => f.text) };
}

/** A sentence with tail chrome glued after it: [line, what stays, the fragment]. */
const HITS: readonly (readonly [string, string, string])[] = [
  ['谢谢大家！分享到：微信 微博 QQ空间', '谢谢大家！', '分享到：微信 微博 QQ空间'],
  ['谢谢大家！分享到：微信 微博 QQ空间 返回列表', '谢谢大家！', '分享到：微信 微博 QQ空间 返回列表'],
  ['力争新引进亿元以上工业项目20个。分享到：', '力争新引进亿元以上工业项目20个。', '分享到：'],
  ['祝大家新年快乐！”上一篇：市长在全市经济工作会议上的讲话', '祝大家新年快乐！”', '上一篇：市长在全市经济工作会议上的讲话'],
];

/** Lines that stay whole: no sentence end before the rest, or a rest no tail-chrome row takes. */
const MISSES: readonly string[] = [
  '扫描二维码关注“政论文”公众号', // no sentence end: the line is the rules' and the score's to judge whole
  '我们要关注群众。关注群众的急难愁盼', // a sentence that goes on
  '同志们，今天我们开会。下一步', // 下一步 is no navigation
  '谢谢大家！',
];

describe('splitGluedTailChrome', () => {
  it.each(HITS)('splits %s', (line, stays, fragment) => {
    expect(split(line)).toEqual({ text: stays, fragments: [fragment] });
  });

  it.each(MISSES)('leaves %s', (line) => {
    expect(split(line)).toEqual({ text: line, fragments: [] });
  });
});
