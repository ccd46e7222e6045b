/**
 * Real text is never taken for page noise, and a page of nothing but noise is refused (issue 12). The
 * contract any noise decision (patterns or the learned line classifier) must meet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { isInputRejected } from '../../../lambdas/pipeline/errors';
import { documentText } from '../../../lambdas/pipeline/model';
import { repoRoot } from '../../support/shared';

const parse = (text: string) => parseSpeech(Buffer.from(text, 'utf8'));
const BODY = '今年以来，宣传部的小编们加班加点整理了大量素材，为大家提供了丰富的学习资料，这项工作值得肯定。';

describe('real text kept', () => {
  it('keeps a body paragraph that mentions 小编 整理 (the SEO-intro rule is anchored at a sentence start)', () => {
    const parsed = parse(`在全市宣传工作会议上的讲话\n同志们：\n我们要继续努力，把宣传工作做得更好。\n${BODY}\n希望大家再接再厉，取得更大成绩。\n`);
    expect(documentText(parsed.document)).toContain(BODY);
    expect(parsed.cleaned.report.removed).toEqual([]);
  });

  it('still removes a real SEO announcement line above the speech', () => {
    const parsed = parse(`在全市宣传工作会议上的讲话\n以下是小编整理的讲话稿，欢迎阅读。\n同志们：\n${BODY}\n`);
    expect(parsed.cleaned.report.removed.map((r) => r.reason)).toEqual(['SEO intro']);
  });

  it('converts a whole speech exported as one long line, an SEO announcement inside it removed alone', () => {
    const sample = readFileSync(join(repoRoot, 'samples', 'school-safety-web.txt'), 'utf8');
    const speech = parse(sample);
    const body = speech.document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));
    const line = `学校安全讲话稿是学校工作的重要文稿。以下是小编整理的学校安全讲话稿，欢迎阅读。${body.join('')}`;
    const parsed = parse(line);
    const out = documentText(parsed.document);
    for (const paragraph of body) expect(out).toContain(paragraph.slice(0, 30));
    expect(parsed.cleaned.report.removedFragments.filter((f) => f.reason === 'SEO intro').map((f) => f.text)).toEqual(['以下是小编整理的学校安全讲话稿，欢迎阅读。']);
  });

  it('converts a page whose only text is one short sentence, even one the classifier scores as chrome (kept, suspected)', () => {
    // Under the prose length, and scored as chrome (希望对 is a portal's phrase; 下面是 was one too): the
    // score alone had removed the line or parseSpeech refused the page as empty-input (fast-check seed -1229271455).
    for (const sentence of ['下面是我讲的三点意见。', '希望对大家有所启发。', '感谢大家的阅读和分享！', '谢谢大家！']) {
      for (const text of [sentence, `手机版\n${sentence}\n分享到：`]) {
        const parsed = parse(text);
        expect(documentText(parsed.document), text).toContain(sentence);
        expect(parsed.cleaned.report.removed.map((r) => r.text), text).not.toContain(sentence);
      }
    }
    expect(parse('希望对大家有所启发。').cleaned.report.suspected.map((s) => s.text)).toEqual(['希望对大家有所启发。']);
  });

  it('refuses a page of nothing but chrome as empty-input instead of taking 分享到： for its title', () => {
    const chrome = ['您的位置：首页 > 讲话稿 > 正文', '手机版', '分享到：', '相关文章', '上一篇：在全县工作会议上的讲话', '下一篇：在全市工作会议上的讲话', '版权所有 © 2024 某某范文网'];
    for (const text of [chrome.join('\n'), chrome.slice(1).join('\n'), chrome.slice(2).join('\n\n')]) {
      let code: string | null = null;
      try {
        parse(text);
      } catch (error) {
        if (!isInputRejected(error)) throw error;
        code = error.code;
      }
      expect(code, text).toBe('empty-input');
    }
  });
  // A station's or a publisher's own speech says 本站, 侵权, 转载 — the classifier's chrome and notice
  // words. Inside the running text a full sentence is the speaker's whatever its neighbours are (a
  // heading, a short sentence): at most suspected, never removed on its vocabulary.
  it.each([
    ['under a heading', ['在客运段版权保护和安全生产会议上的讲话', '同志们：', '今天召开这次会议，主要是总结去年的工作，安排部署今年的重点任务。', '一、守住底线', '本站全体干部职工都要坚决杜绝侵权行为。', '我们要把责任落实到每一个班组、每一个岗位上。', '二、尊重原创', '本站将一如既往地尊重原创，决不转载未经授权的作品。', '希望大家认真抓好落实，确保各项工作取得实效。']],
    ['between short sentences', ['出版社年会讲话', '各位同事：', '今年很不容易。', '本社编辑部要坚决杜绝侵权行为。', '大家辛苦了。', '本网将一如既往，决不转载未经授权的稿件。', '谢谢大家！']],
    // Right under the salutation, a sentence of figures with no function word (的, 要, 是…) is still prose.
    ['first under the salutation, figures only', ['在全省知识产权保护工作会议上的讲话', '同志们：', '全年共受理侵权举报3.1万件，删除侵权盗版链接12万条，关停违规转载网站（APP）310个。', '我们要把保护知识产权摆在更加突出的位置，让创新者安心创新。', '希望大家认真抓好落实。']],
  ])('keeps a full sentence inside the speech that uses chrome words (%s)', (_case, lines) => {
    const parsed = parse(lines.join('\n'));
    const text = documentText(parsed.document);
    for (const line of lines.filter((l) => /侵权|转载/.test(l))) expect(text).toContain(line);
    expect(parsed.cleaned.report.removed).toEqual([]);
  });
  it('still removes a site notice after the speech, above a menu line with a comma (no sentence of the speech below it)', () => {
    const lines = ['在全市环保工作会议上的讲话', '同志们：', '今天召开全市环保工作会议，主要任务是总结去年工作，部署今年任务。', '去年全市空气质量优良天数比例达到百分之八十五，同比提高三个百分点。', '希望大家认真抓好落实，确保各项工作取得实效。', '文章来自网友分享和网络整理，不代表本站立场，如有侵权请联系客服删除。', '相关文档推荐', '下载文档到电脑，查找使用更方便'];
    const removed = parse(lines.join('\n')).cleaned.report.removed.map((r) => r.text);
    expect(removed).toContain(lines[5]);
  });
});
