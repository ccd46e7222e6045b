import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { isInputRejected } from '../../../lambdas/pipeline/errors';
import { documentText } from '../../../lambdas/pipeline/model';
import { isSiteDisclaimer } from '../../../lambdas/pipeline/structure/site-notice';

const parse = (text: string) => parseSpeech(Buffer.from(text, 'utf8'));

function rejection(text: string): string | null {
  try {
    parse(text);
    return null;
  } catch (error) {
    if (!isInputRejected(error)) throw error;
    return error.code;
  }
}

/** Short speeches a reviewer found refused as empty-input: a notice's words are a speech's words too. */
const SHORT_SPEECHES = [
  ['本站建站十周年致辞', '十年来，本站始终坚持为广大网友提供权威、准确的信息服务，从不转载未经核实的消息。', '分享到：'],
  ['手机版', '致全体用户的一封信', '本平台自上线以来，始终坚持为您提供优质服务，对侵权内容决不姑息。', '分享到：'],
  ['手机版', '本站全体职工要严格执行安全规定，坚决不予放行无票旅客。', '分享到：'],
  ['手机版', '本站全体同志要牢固树立版权意识，尊重他人知识产权。', '分享到：'],
  ['手机版', '本网点全体员工要用心为您提供优质服务。', '分享到：'],
  ['手机版', '本网全体采编人员要坚守新闻真实性，坚决不转载未经核实的消息。', '分享到：'],
];

describe('a site’s disclaimer', () => {
  it('is the site naming itself and disclaiming: no guarantee, not its views, no liability, no complaint taken', () => {
    for (const t of [
      '免责声明：本站所有资料均来自网友上传，仅供学习交流。',
      '本平台不承担由此产生的任何责任。',
      '温馨提示：本站不保证所下载文档的完整性，下载后不予退款。',
      '文章仅代表作者本人，不代表本站观点。',
      '不预览、不比对内容而直接下载产生的反悔问题本站不予受理。',
      '转载请注明出处，本网站保留一切权利。',
    ]) expect(isSiteDisclaimer(t), t).toBe(true);
  });

  it('is never a sentence of a speech using a notice’s words (转载, 不予, 版权, 侵权, 为您提供) or naming 本站', () => {
    for (const t of [...SHORT_SPEECHES.flat(), '本站全体职工要继续努力，确保春运安全。', '本网格内的居民要积极配合。', '下面是我讲的三点意见。', '我声明，本人对此负责。']) {
      expect(isSiteDisclaimer(t), t).toBe(false);
    }
  });
});

describe('a page with no speech, only chrome and the site’s disclaimer', () => {
  it('is refused as empty-input, not converted with the disclaimer as its body', () => {
    const chrome = ['- 2023-04-01 上传 |', '- 21.6 KB |', '- 12页', '温馨提示：本站不保证所下载文档的完整性，下载后不予退款。', '文档简介', '领导讲话稿模板_讲话稿9篇'];
    expect(rejection(chrome.join('\n'))).toBe('empty-input');
    expect(rejection(['手机版', '免责声明：本站所有资料均来自网友上传，仅供学习交流。', '分享到：'].join('\n'))).toBe('empty-input');
  });

  it('still converts a page whose only text is a short speech, even one naming the site with a notice’s words, its lines listed as suspected', () => {
    for (const lines of SHORT_SPEECHES) {
      const text = lines.join('\n');
      expect(rejection(text), text).toBeNull();
      const parsed = parse(text);
      const sentence = lines.find((l) => l.endsWith('。'))!;
      expect(documentText(parsed.document), sentence).toContain(sentence);
      expect(parsed.cleaned.report.suspected.map((s) => s.text), sentence).toContain(sentence);
      expect(parsed.warnings.map((w) => w.code), sentence).toContain('suspected-noise');
    }
    for (const sentence of ['下面是我讲的三点意见。', '本站全体职工要继续努力，确保春运安全。']) {
      const text = `手机版\n${sentence}\n分享到：`;
      expect(rejection(text), sentence).toBeNull();
      expect(documentText(parse(text).document), sentence).toContain(sentence);
    }
  });
});
