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
  // A clause that merely holds a word some tail row finds anywhere: the row must take the whole rest.
  '今年，我市政务新媒体影响力不断扩大。市政府公众号粉丝突破一百万',
  '各部门要打通数据壁垒，实现信息互通。促进知识共享',
];

/** A body line above the speech's last paragraph: never split, whatever its rest looks like. */
function splitPage(lines: readonly string[]): { texts: string[]; fragments: string[] } {
  const work = lines.map((text, i) => ({ line: i + 1, text, removed: false }));
  const report = emptyReport();
  splitGluedTailChrome(work, report);
  return { texts: work.map((w) => w.text), fragments: report.removedFragments.map((f) => f.text) };
}

describe('splitGluedTailChrome', () => {
  it.each(HITS)('splits %s', (line, stays, fragment) => {
    expect(split(line)).toEqual({ text: stays, fragments: [fragment] });
  });

  it.each(MISSES)('leaves %s', (line) => {
    expect(split(line)).toEqual({ text: line, fragments: [] });
  });
});

describe('splitGluedTailChrome at the page end only', () => {
  it('keeps a body line whose next clause reads like a share line', () => {
    const page = ['尊敬的各位领导、各位来宾：', '今天非常高兴来到这里。分享几点体会：', '第一，要坚持学习，不断提高自身的理论水平和业务能力。', '谢谢大家！'];
    expect(splitPage(page)).toEqual({ texts: page, fragments: [] });
  });

  it('still splits the share line glued after the last paragraph', () => {
    const page = ['第一，要坚持学习，不断提高自身的理论水平和业务能力。', '谢谢大家！分享到：微信 微博 QQ空间'];
    expect(splitPage(page)).toEqual({ texts: [page[0], '谢谢大家！'], fragments: ['分享到：微信 微博 QQ空间'] });
  });
});
