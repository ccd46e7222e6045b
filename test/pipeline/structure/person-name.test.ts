import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../../lambdas/pipeline/structure/person-name';

describe('a person’s name', () => {
  it('is a surname and one or two given characters, Simplified or Traditional, or a transliterated name', () => {
    for (const name of ['习近平', '傅贵荣', '茹万春', '龚正', '施小琳', '李克强', '林志嘉', '劉瑾鴻', '欧阳明', '欧阳晓明', '諸葛亮', '买买提·艾力']) expect(isPersonName(name), name).toBe(true);
  });

  it('is never the audience, a greeting, thanks, a structural label, a word with no surname or a name too long', () => {
    for (const word of ['同学们', '朋友们', '同志们', '老師們', '大家好', '谢谢', '謝謝', '正文', '全文', '摘要', '提纲', '开场白', '引言', '学校概况', '李小明明', '王']) expect(isPersonName(word), word).toBe(false);
  });
});
