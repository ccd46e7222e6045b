import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../lambdas/pipeline';
import { leadInsOf, outlineOf } from '../lambdas/pipeline/manifest';
import { documentText } from '../lambdas/pipeline/model';

const para = (n: number) =>
  `第${n}段内容是关于加强基层治理的思考，我们要坚持问题导向，聚焦群众急难愁盼，切实把各项工作抓实抓细抓到位。`;

function parse(text: string) {
  const parsed = parseSpeech(Buffer.from(text, 'utf8'));
  return { ...parsed, text: documentText(parsed.document), report: parsed.cleaned.report };
}

describe('clean: noise that must go', () => {
  it('strips page chrome glued onto the end of the last content line', () => {
    const { text, report } = parse(`讲话\n\n${para(1)}\n${para(2)}阅读全文`);
    expect(text).not.toContain('阅读全文');
    expect(text).toContain(para(2));
    expect(report.removedFragments.map((f) => f.text)).toEqual(['阅读全文']);
  });

  it('strips trailing junk lines and junk glued after the final sentence', () => {
    const { text, report } = parse(`${para(1)}\n${para(2)}");\n47 2773121\n");`);
    expect(text.trim().endsWith('抓到位。')).toBe(true);
    expect(report.removed.map((r) => r.text)).toEqual(['47 2773121', '");']);
    expect(report.removedFragments.map((r) => r.text)).toEqual(['");']);
  });

  it('drops page furniture inside a hard-wrapped paragraph and rejoins the paragraph around it', () => {
    const wrapped = [para(1) + para(2) + para(3) + para(4)].flatMap((p) => p.match(/.{1,24}/gu)!);
    const withPageBreak = [...wrapped.slice(0, 3), '', '- 2 -', '', '第 2 页 共 5 页', '', ...wrapped.slice(3)];
    const { document, report } = parse(withPageBreak.join('\n'));
    expect(report.removed.map((r) => r.reason)).toEqual(['page number', 'page number']);
    expect(document.blocks).toHaveLength(1);
    expect(documentText(document)).toBe(para(1) + para(2) + para(3) + para(4) + '\n');
  });

  it('starts a new paragraph at a vocative opener even after a wrapped line that filled the width', () => {
    const wrapped = (para(1) + para(2) + para(3)).match(/.{1,24}/gu)!;
    const closing = '同志们，让我们团结一心，共同把各项工作做得更好！';
    const full = '同志们，' + '我们要继续努力工作争取更大的成绩。'.padEnd(20, '好');
    const { document } = parse([...wrapped, full.slice(0, 24), closing].join('\n'));
    expect(document.blocks.map((b) => b.runs.map((r) => r.text).join('').slice(0, 4))).toEqual(['第1段内', '同志们，', '同志们，']);
  });

  it('repairs Kangxi radicals, zero-width characters and NBSP runs without losing text', () => {
    const { text, report } = parse(`⼤会讲话\n今天召开全市⼤会，\u200b主要任务是\u00a0\u00a0\u00a0部署今年的工作，请大家认真落实。`);
    // The NBSP run between Han characters becomes one space, which prose then drops (no spaces between Han).
    expect(text).toBe('大会讲话\n今天召开全市大会，主要任务是部署今年的工作，请大家认真落实。\n');
    expect(report.repairedCharacters).toEqual({ 'kangxi-radical': 2, 'zero-width': 1, nbsp: 3 });
  });

  it('normalises punctuation in Chinese context but leaves numbers, times and URLs alone', () => {
    const { text } = parse(`会议于9:30开始,地点见 https://example.org/a?x=1,2 ,增长5.2%,投资1,200万元(含配套)...大家说"好"--这是共识!`);
    expect(text).toBe('会议于9:30开始，地点见 https://example.org/a?x=1,2，增长5.2%，投资1,200万元（含配套）……大家说“好”——这是共识！\n');
  });

  it('keeps a line that merely looks like chrome inside the body, and lists it as suspected', () => {
    const { text, report } = parse(`${para(1)}\n相关内容\n${para(2)}`);
    expect(text).toContain('相关内容');
    expect(report.suspected).toEqual([{ line: 2, text: '相关内容', reason: 'looks like related list' }]);
  });

  it('keeps a signature and date after the last paragraph', () => {
    const { text } = parse(`${para(1)}\n${para(2)}\n市教育局\n2024年8月30日`);
    expect(text.endsWith('市教育局\n2024年8月30日\n')).toBe(true);
  });
});

describe('clean: noise from other sources than the corpus (WeChat articles, markdown editors)', () => {
  const article = [
    '点击上方蓝字关注我们',
    '## 在全县教育工作会议上的讲话',
    '原创 县教育局 2024-09-01 10:00',
    '同志们：',
    '**一、统一思想，提高认识**',
    `${para(1)}会议强调：一、要加强领导；二、要落实责任；三、要强化督查。${para(2)}`,
    '**二、突出重点，狠抓落实**',
    para(3),
    '（完）',
    '（责任编辑：李四）',
    '阅读原文',
    '分享、点赞、在看',
  ].join('\n');

  it('drops the WeChat header, byline and footer, the end marker and the editor credit', () => {
    const { document, report } = parse(article);
    expect(document.title).toBe('在全县教育工作会议上的讲话');
    expect(report.removed.map((r) => r.line)).toEqual([1, 3, 9, 10, 11, 12]);
  });

  it('strips markdown heading marks and **bold** but keeps a *** placeholder', () => {
    // The placeholder sentence sits in the body: after the WeChat footer a line is page chrome.
    const { document, report, warnings } = parse(article.replace(para(3), `${para(3)}\n在XXXX年完成***项目。`));
    expect(outlineOf(document)).toEqual([
      { level: 1, text: '一、统一思想，提高认识' },
      { level: 1, text: '二、突出重点，狠抓落实' },
    ]);
    expect(report.removedFragments.map((f) => f.text)).toEqual(['## ', '**', '**', '**', '**']);
    expect(warnings.flatMap((w) => w.samples)).toEqual(['XXXX', '***']);
  });

  it('keeps an inline list (一、…；二、…；) inside its paragraph', () => {
    const { document } = parse(article);
    expect(documentText(document)).toContain('会议强调：一、要加强领导；二、要落实责任；三、要强化督查。');
  });
});

describe('structure: headings, lead-ins and their traps', () => {
  it('does not take idioms that start with a numeral for headings or lead-ins', () => {
    const { document } = parse(`一以贯之抓好中心工作，确保各项任务落实。\n一手抓发展，一手抓安全，两手都要硬。\n一是要抓好学习。其他内容。`);
    expect(outlineOf(document)).toEqual([]);
    expect(leadInsOf(document)).toEqual(['一是要抓好学习。']);
  });

  it('takes the closing 同志们，… paragraph as a paragraph, not a salutation', () => {
    const { document } = parse(`同志们：\n${para(1)}\n同志们，让我们团结一心，共创美好未来！`);
    expect(document.blocks.map((b) => b.kind)).toEqual(['salutation', 'paragraph', 'paragraph']);
  });

  it('splits a heading sitting mid-line after a colon, only when it continues the numbering', () => {
    const { document } = parse(`${para(1)}下面讲两点意见：一、提高认识。${para(2)}\n荣获一、二等奖的同学：二、三年级各两名。`);
    expect(outlineOf(document)).toEqual([{ level: 1, text: '一、提高认识。' }]);
  });

  it('recognises all four levels, standalone and run-in, and full-width digits', () => {
    const { document } = parse(['一、总体要求', '（一）明确目标。要把握好节奏。', '１．抓好落实', '（1）建立台账。每月更新一次。'].join('\n'));
    expect(outlineOf(document)).toEqual([
      { level: 1, text: '一、总体要求' },
      { level: 2, text: '（一）明确目标。' },
      { level: 3, text: '1．抓好落实' },
      { level: 4, text: '（1）建立台账。' },
    ]);
    expect(document.blocks[1]!.runs.map((r) => r.role)).toEqual(['heading', 'text']);
  });

  it('does not take decimals or years for level-3 headings', () => {
    const { document } = parse(`1.5万元专项资金已经到位，用于改善办学条件。\n2024年是关键一年，我们要奋力拼搏。`);
    expect(outlineOf(document)).toEqual([]);
  });

  it('reports each kind of placeholder so it can be filled in before printing', () => {
    const { warnings } = parse(`XX同志指出，要落实D中央精神，在XXXX年完成***项目，由×××负责。`);
    expect(warnings.map((w) => [w.samples?.[0], w.count])).toEqual([
      ['XX', 2],
      ['×××', 1],
      ['***', 1],
      ['D', 1],
    ]);
  });
});

describe('review findings: real speech text that must survive', () => {
  it('keeps sentences that merely contain chrome words (本站, 未完, 登录后, 开通会员)', () => {
    const lines = [
      '今年春运期间，本站累计发送旅客120万人次，为大家提供了温馨周到的出行服务。',
      '任务未完，决不收兵。',
      '登录后即可在线办理全部事项，这是我们的目标。',
      '二、强化保障',
      para(1),
      '下一步，我们将为全市老年人开通会员绿色通道，让他们少跑腿、好办事，把好事办好、实事办实。',
    ];
    const { text, report } = parse(['讲话', '', para(2), '一、提高站位', ...lines].join('\n'));
    for (const line of lines) expect(text).toContain(line);
    expect(report.removed).toEqual([]);
    expect(report.removedFragments).toEqual([]);
  });

  it('keeps titles that end in 网, contain the speaker line, or carry a comma above a subtitle', () => {
    expect(parse(`织密织牢社会保障网\n——在全省社保工作会议上的讲话\n${para(1)}`).document.title).toBe('织密织牢社会保障网');
    const withSpeaker = parse(`欧阳晓明同志在全市干部大会上的讲话\n欧阳晓明同志\n2024年1月5日\n${para(1)}`).document;
    expect([withSpeaker.title, withSpeaker.meta]).toEqual(['欧阳晓明同志在全市干部大会上的讲话', { speaker: '欧阳晓明同志', date: '2024年1月5日' }]);
    const withComma = parse(`坚持稳中求进，推动高质量发展\n——在全市经济工作会议上的讲话\n${para(1)}`).document;
    expect([withComma.title, withComma.meta.subtitle]).toEqual(['坚持稳中求进，推动高质量发展', '——在全市经济工作会议上的讲话']);
  });

  it('keeps bullet items at the end of a speech and a date that opens the body', () => {
    const bullets = parse(`${para(1)}\n下面讲三点要求：\n● 加强党的领导\n● 压实工作责任\n● 严格督查考核`);
    expect(bullets.report.removed).toEqual([]);
    const dated = parse(`讲话\n2024年1月5日\n\n${para(1)}\n2024年1月5日 上午，我们在这里召开全市工作会议，研究部署下一步工作。`);
    expect(dated.text).toContain('2024年1月5日上午，我们在这里召开全市工作会议');
  });

  it('does not take 一、二季度 for a heading or 在这里，我想对大家说： for a salutation', () => {
    const { document } = parse(`${para(1)}\n在这里，我想对大家说：\n一、二季度经济运行平稳，主要指标好于预期，为全年目标打下了基础。`);
    expect(document.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('pairs straight quotes, converting both halves or neither, and leaves Latin sentences alone', () => {
    expect(parse('他说"OK"，然后 He said "hi" 他说"你好"，又说\'don\'t\'。').text).toBe('他说“OK”，然后 He said “hi” 他说“你好”，又说‘don\'t’。\n');
    expect(parse('Hello, world! How are you? 你好，朋友们。').text).toBe('Hello, world! How are you? 你好，朋友们。\n');
  });

  it('cleans one very long line in linear time (no regex backtracking blow-up)', () => {
    // Quadratic patterns took ~9 s for 40,000 characters: these 300,000-character lines would then need
    // hours and run into the test timeout; linear cleaning takes well under a second each.
    for (const line of ['a'.repeat(300_000), 'x{' + 'a:'.repeat(150_000), 'a,'.repeat(150_000), '中' + ' '.repeat(300_000) + '中', 'iVBORw0KGgo'.repeat(27_000)]) {
      try {
        parseSpeech(Buffer.from(line, 'utf8'));
      } catch (error) {
        if ((error as Error).name !== 'InputRejectedError') throw error;
      }
    }
  });
});

