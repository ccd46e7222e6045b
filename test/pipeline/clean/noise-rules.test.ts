import { describe, expect, it } from 'vitest';
import { HEAD_CHROME } from '../../../lambdas/pipeline/clean/head-chrome';
import { ruleMatches, type NoiseRule } from '../../../lambdas/pipeline/clean/noise-rules';
import { PAGE_FURNITURE, SETTLED_CHROME } from '../../../lambdas/pipeline/clean/page-furniture';
import { TAIL_CHROME, TAIL_STOPPERS } from '../../../lambdas/pipeline/clean/tail-chrome';

const TABLES: Record<string, readonly NoiseRule[]> = { PAGE_FURNITURE, HEAD_CHROME, TAIL_STOPPERS, TAIL_CHROME, SETTLED_CHROME };

describe.each(Object.entries(TABLES))('%s', (_name, table) => {
  it('has unique ids, one region, and examples for every rule', () => {
    expect(new Set(table.map((r) => r.id)).size).toBe(table.length);
    expect(new Set(table.map((r) => r.region)).size).toBe(1);
    for (const rule of table) expect(rule.examples.hit.length, rule.id).toBeGreaterThan(0);
    for (const rule of table) expect(rule.examples.miss.length, rule.id).toBeGreaterThan(0);
  });

  it.each(table.map((r) => [r.id, r] as const))('%s: matches its hits; its misses match no rule of the table', (_id, rule) => {
    for (const hit of rule.examples.hit) expect(ruleMatches(rule, hit), hit).toBe(true);
    for (const miss of rule.examples.miss) expect(table.filter((r) => ruleMatches(r, miss)).map((r) => r.id), miss).toEqual([]);
  });
});
