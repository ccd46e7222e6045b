import { describe, expect, it } from 'vitest';
import { FRAGMENT_RULES, removeFragments } from '../../../lambdas/pipeline/clean/fragments';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';

describe('fragment rules with examples', () => {
  for (const rule of FRAGMENT_RULES.filter((r) => r.examples)) {
    it.each(rule.examples!.hit)(`${rule.reason}: takes a fragment from %s`, (line) => {
      const report = emptyReport();
      const out = removeFragments(line, 1, report);
      expect(report.removedFragments.some((f) => f.reason === rule.reason)).toBe(true);
      expect(out.length).toBeLessThan(line.length);
      expect(out.trim().length).toBeGreaterThan(0);
    });
    it.each(rule.examples!.miss)(`${rule.reason}: leaves %s whole`, (line) => {
      const report = emptyReport();
      expect(removeFragments(line, 1, report)).toBe(line);
      expect(report.removedFragments).toEqual([]);
    });
    it.each(rule.examples!.missBelowSentence ?? [])(`${rule.reason}: leaves %s whole below the page's first sentence`, (line) => {
      const report = emptyReport();
      expect(removeFragments(line, 9, report, true)).toBe(line);
      expect(report.removedFragments).toEqual([]);
    });
  }
});
