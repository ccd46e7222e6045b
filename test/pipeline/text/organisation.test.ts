import { describe, expect, it } from 'vitest';
import { isOrganisationName } from '../../../lambdas/pipeline/text/organisation';

describe('text/organisation', () => {
  it('reads a government, school, company or association name as an organisation', () => {
    for (const name of ['临河县人民政府', '臨河縣人民政府', '临河县第一中学', '共青团临河县委员会', '临河县城市建设投资集团有限公司', '中共临河县委 临河县人民政府', '临河县教育局', '临河县总工会']) {
      expect(isOrganisationName(name)).toBe(true);
    }
  });

  it('leaves theme titles and titles naming their genre alone', () => {
    for (const text of ['奋力开新局', '坚持以人民为中心', '2024年政府工作报告', '在临河县人民政府全体会议上的讲话', '县委书记 王建国', '同志们：']) {
      expect(isOrganisationName(text)).toBe(false);
    }
  });
});
