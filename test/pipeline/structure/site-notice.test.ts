import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { isInputRejected } from '../../../lambdas/pipeline/errors';
import { documentText } from '../../../lambdas/pipeline/model';
import { isSiteNotice } from '../../../lambdas/pipeline/structure/site-notice';

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

describe('a site speaking of itself', () => {
  it('is a notice when the site names itself with a notice’s words, not for 本站 alone', () => {
    for (const t of ['免责声明：本站所有资料均来自网友上传，仅供学习交流。', '转载请注明出处，本网站保留一切权利。', '本平台不承担由此产生的任何责任。']) expect(isSiteNotice(t), t).toBe(true);
    for (const t of ['本站全体职工要继续努力，确保春运安全。', '本网格内的居民要积极配合。', '下面是我讲的三点意见。', '我声明，本人对此负责。']) expect(isSiteNotice(t), t).toBe(false);
  });
});

describe('a page with no speech, only chrome and the site’s disclaimer', () => {
  it('is refused as empty-input, not converted with the disclaimer as its body', () => {
    const chrome = ['- 2023-04-01 上传 |', '- 21.6 KB |', '- 12页', '温馨提示：本站不保证所下载文档的完整性，下载后不予退款。', '文档简介', '领导讲话稿模板_讲话稿9篇'];
    expect(rejection(chrome.join('\n'))).toBe('empty-input');
    expect(rejection(['手机版', '免责声明：本站所有资料均来自网友上传，仅供学习交流。', '分享到：'].join('\n'))).toBe('empty-input');
  });

  it('still converts a page whose only text is one short sentence of a speech, even one naming 本站', () => {
    for (const sentence of ['下面是我讲的三点意见。', '本站全体职工要继续努力，确保春运安全。']) {
      const text = `手机版\n${sentence}\n分享到：`;
      expect(rejection(text), sentence).toBeNull();
      expect(documentText(parse(text).document), sentence).toContain(sentence);
    }
  });
});
