import { describe, expect, it } from 'vitest';
import type { CleanLine } from '../../../lambdas/pipeline/clean';
import type { LineReport } from '../../../lambdas/pipeline/clean/report';
import { isSpeakerLine, readMetaLines, type MetaLines } from '../../../lambdas/pipeline/structure/head-meta';
import { isPublishStamp } from '../../../lambdas/pipeline/text/publish-stamp';
import { readHead } from '../../../lambdas/pipeline/structure/head';

const body = '今天，我们在这里召开全县工作会议，主要任务是总结去年工作，安排部署今年任务，动员全县上下奋力拼搏。';

/** Lines numbered from 1, with `removed` lines (by number) taken out as the cleaning would. */
function page(texts: string[], removedAt: number[] = []): { lines: CleanLine[]; removed: LineReport[] } {
  const all = texts.map((text, i) => ({ text, line: i + 1 }));
  return {
    lines: all.filter((l) => !removedAt.includes(l.line)),
    removed: all.filter((l) => removedAt.includes(l.line)).map((l) => ({ ...l, reason: 'page chrome (line classifier)' as const })),
  };
}

function meta(texts: string[], removedAt: number[] = []) {
  const { lines, removed } = page(texts, removedAt);
  const h = readHead(lines, [], undefined, removed);
  return { title: h.title, subtitle: h.subtitle?.text, speaker: h.speaker?.text, date: h.date?.text };
}

describe('speaker lines', () => {
  it('takes an office and a name, names, an office alone, a lecture label', () => {
    for (const t of ['市委书记 傅贵荣', '教师代表 刘瑾鸿', '省长\u3000王予波', '习近平', '戚本禹、张春桥、谢富治', '国务院总理', '授课：茹万春', '欧阳修明']) expect(isSpeakerLine(t), t).toBe(true);
    // A two-character name spaced out to the width of three, as programmes and portals align it.
    for (const t of ['市委常委、组织部部长 李  明', '市委书记\u3000李\u3000明', '李\u3000明']) expect(isSpeakerLine(t), t).toBe(true);
  });

  it('takes a second speaker line right under the first as a joint address\'s co-signer', () => {
    const { lines, removed } = page(['新春献词', '市委书记 傅贵荣', '市长 沃勇特', body]);
    const h = readHead(lines, [], undefined, removed);
    expect(h.speaker?.text).toBe('市委书记 傅贵荣');
    expect(h.coSpeakers?.map((l) => l.text)).toEqual(['市长 沃勇特']);
    // Not past a line between them, and never without a first speaker.
    const apart = page(['新春献词', '市委书记 傅贵荣', '（根据录音整理）', '市长 沃勇特', body]);
    expect(readHead(apart.lines, [], undefined, apart.removed).coSpeakers).toBeUndefined();
  });

  it('takes a co-speaker only right under a speaker line, and never a host, recorder or editor', () => {
    const coSpeakers = (texts: string[]) => {
      const { lines, removed } = page(texts);
      return readHead(lines, [], undefined, removed).coSpeakers?.map((l) => l.text);
    };
    // Under the date or the subtitle, not under the speaker.
    expect(coSpeakers(['在全县经济工作会议上的讲话', '县长 李明', '（2024年1月12日）', '张明', '同志们：', body])).toBeUndefined();
    expect(coSpeakers(['在全县经济工作会议上的讲话', '县长 李明', '——在全县经济工作会议上', '副县长 王强', body])).toBeUndefined();
    for (const role of ['主持人 张三', '主持人：张三', '整理：李四', '记录 王五', '编辑：赵六']) {
      expect(coSpeakers(['在全县经济工作会议上的讲话', '县长 李明', role, '同志们：', body]), role).toBeUndefined();
    }
    // A second signer and a third, each right under the last.
    expect(coSpeakers(['新春献词', '市委书记 傅贵荣', '市长 沃勇特', '市政协主席 张明', body])).toEqual(['市长 沃勇特', '市政协主席 张明']);
  });

  it('takes a speaker line signed with its date in brackets, and a template\'s 某某某 for a name', () => {
    for (const t of ['校长 王建国（2023年10月15日）', '习近平（2024年2月21日）', '区教育局党组书记、局长\u3000赵青山（2024年2月26日）', '某某某', '某某镇党委书记\u3000某某']) expect(isSpeakerLine(t), t).toBe(true);
    for (const t of ['（2024年2月21日）', '新华社记者 张明（2024年2月21日）', '某某镇']) expect(isSpeakerLine(t), t).toBe(false);
    expect(meta(['在全市民营企业家座谈会上的讲话', '习近平（2024年2月21日）', '同志们：', body])).toMatchObject({ speaker: '习近平（2024年2月21日）' });
  });

  it('never takes a publisher, a site or column name, a reporter, a menu item, a slogan or a stray mark', () => {
    for (const t of ['四川日报', '新华社', '人民网', '央视新闻', '云南要闻', '香江动态', '潮州新闻网', '新华社记者 张明', '学校概况', '不忘初心 牢记使命', '一', '``']) expect(isSpeakerLine(t), t).toBe(false);
  });
});

describe('meta lines under the title', () => {
  it('skips a label’s value on the next line, even when the cleaning removed the label', () => {
    const texts = ['2026年四川省人民政府工作报告', '2026年02月10日 07时41分', '来源：', '四川日报', '2026年2月3日在四川省第十四届人民代表大会第五次会议上', '四川省人民政府省长 施小琳', '各位代表：', body];
    const want = { title: '2026年四川省人民政府工作报告', subtitle: '2026年2月3日在四川省第十四届人民代表大会第五次会议上', speaker: '四川省人民政府省长 施小琳', date: undefined };
    expect(meta(texts)).toEqual(want);
    expect(meta(texts, [3])).toEqual(want);
    expect(meta(['在全县工作会议上的讲话', '责任编辑：', '李莎莎', '同志们：', body], [2]).speaker).toBeUndefined();
  });

  it('takes a bare date under a speaker (a signature); a bare date right under a headline, above prose, is its dateline', () => {
    expect(meta(['總統參加元旦致詞', '中華民國84年12月31日', body]).date).toBeUndefined();
    expect(meta(['元旦献词', '上海市市长 龚正', '2023年1月1日', body]).date).toBe('2023年1月1日');
    expect(meta(['在毕业典礼上的发言', '（2022年7月11日）', '教师代表 刘瑾鸿', body])).toMatchObject({ date: '（2022年7月11日）', speaker: '教师代表 刘瑾鸿' });
  });

  it('takes a date with its meeting time right under the title or the speaker, above the salutation', () => {
    for (const date of ['2024年1月12日 15:00', '2024年1月12日上午9:00', '（2024年1月12日 15:00）', '2024年1月12日', '2024年1月12日（星期五）上午9:30', '2024年1月12日 周五']) {
      expect(meta(['在全县安全生产工作会议上的讲话', date, '同志们：', body]).date, date).toBe(date);
      expect(meta(['在全县安全生产工作会议上的讲话', date, '县长 王建国', '同志们：', body]), date).toMatchObject({ date, speaker: '县长 王建国' });
      expect(meta(['在全县安全生产工作会议上的讲话', '县长 王建国', date, '同志们：', body]), date).toMatchObject({ date, speaker: '县长 王建国' });
    }
    // A stamp stays out of the head wherever it sits; a bare date above prose stays a dateline.
    for (const stamp of ['2024年1月12日 15:07', '2024年01月12日 15:00']) expect(meta(['在全县安全生产工作会议上的讲话', stamp, '县长 王建国', '同志们：', body]).date, stamp).toBeUndefined();
    expect(meta(['县长出席安全生产工作会议', '2024年1月12日 15:00', body]).date).toBeUndefined();
  });

  it('never takes a clock time with a publisher or site for the speech’s date: that is the page’s stamp', () => {
    const stamps = ['2024年1月12日 14:00 人民网', '2024年1月12日 15:00 中国政府网', '2024年1月12日 10:00 中国青年网', '2024年1月12日 15:00 来自：人民日报', '2024年1月12日 17:00 新华网', '2024年1月12日 20:15 央视新闻客户端', '2024年1月12日 15:00 | 人民日报', '2024年1月12日 08:30 来自人民日报客户端'];
    for (const stamp of stamps) {
      expect(isPublishStamp(stamp), stamp).toBe(true);
      expect(meta(['在全县经济工作会议上的讲话', stamp, '同志们：', body]).date, stamp).toBeUndefined();
    }
    // A meeting's venue after its time is no publisher: the date stays the speech's.
    for (const date of ['2024年1月12日 下午3时 县委党校', '2024年1月12日 15:00 县会议中心']) expect(isPublishStamp(date), date).toBe(false);
  });

  it('reads from the given lines only and returns what it took', () => {
    const { lines } = page(['新春献词', '市委书记 傅贵荣', '（2026年1月25日）', body]);
    const m: MetaLines = {};
    expect(readMetaLines(lines, 1, 3, [], m, true).map((l) => l.line)).toEqual([2, 3]);
    expect(m.speaker?.text).toBe('市委书记 傅贵荣');
  });
});

describe('meta lines a government page prints', () => {
  it('takes a zero-padded date under the speaker, and a spaced-out name as the speaker', () => {
    expect(meta(['全面推进乡村振兴', '——在全市农村工作会议上的讲话', '市长 王建国', '2024年01月05日', '同志们：', body])).toMatchObject({ speaker: '市长 王建国', date: '2024年01月05日' });
    expect(meta(['全面推进乡村振兴', '——在全市农村工作会议上的讲话', '市委常委、组织部部长 李  明', '2024年3月1日', '同志们：', body])).toMatchObject({ speaker: '市委常委、组织部部长 李  明', date: '2024年3月1日' });
  });
});

describe('an office and its holder on two lines', () => {
  it('are one speaker line, the name no paragraph of its own', () => {
    expect(meta(['政府工作报告', '——2025年1月10日在县第十八届人民代表大会第四次会议上', '县人民政府县长', '\u3000王建国', '各位代表：', body])).toMatchObject({ speaker: '县人民政府县长 王建国' });
    const { lines } = page(['政府工作报告', '县人民政府县长', '王建国', '各位代表：', body]);
    const m: MetaLines = {};
    expect(readMetaLines(lines, 1, 3, [], m, true).map((l) => l.line)).toEqual([2, 3]);
    // A line under the office that is no name stays where it is.
    expect(meta(['政府工作报告', '县人民政府县长', '学校概况', '各位代表：', body]).speaker).toBe('县人民政府县长');
  });

  it('joins only a person’s name, never the audience, a greeting, thanks or a structural label under the office', () => {
    for (const next of ['同学们', '朋友们', '同志们', '大家好', '谢谢', '正文', '全文', '摘要', '提纲', '开场白', '引言']) {
      const m = meta(['在全市优化营商环境大会上的讲话', '市长', next, body]);
      expect(m.speaker, next).toBe('市长');
    }
    for (const [office, name] of [['校长', '欧阳明'], ['国务院总理', '李克强'], ['立法院院長', '林志嘉'], ['县长', '茹万春']]) {
      expect(meta(['在开学典礼上的讲话', office!, name!, '同学们：', body]).speaker, name).toBe(`${office} ${name}`);
    }
  });
});

describe('a collection word in a real speech title', () => {
  it('is no collection banner when it sits in a quoted name or the line ends like a speech', () => {
    for (const title of ['在《中国共产党历史文献汇编》出版座谈会上的讲话', '在《中国工艺美术大全》首发式上的致辞', '在全省“10篇优秀调研报告”表彰会上的讲话']) {
      expect(meta([title, '同志们：', body]).title, title).toBe(title);
    }
    // A banner is still one: its collection word is its own and it ends like no speech.
    expect(meta(['领导干部讲话稿2篇', '同志们：', body]).title).toBeNull();
  });
});
