import { describe, expect, it } from 'vitest';
import type { CleanLine, CleanedText } from '../../../lambdas/pipeline/clean';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { structure } from '../../../lambdas/pipeline/structure';
import { leastCpuMs } from '../../support/cpu-time';

/**
 * The structure stage must stay linear in its input (issue 12: one line of 讲话。一、 × 200,000 took
 * 53 s against 9 s at a quarter). No absolute time is asserted: the CPU time of the best of three
 * runs at n and at 16n (two steps of 4×, so that garbage-collection noise averages out) are compared;
 * a linear stage takes about 16× as long (10–20× measured under load), a quadratic one 256×.
 */
const inputs: Record<string, (n: number) => CleanLine[]> = {
  'heading lines 一、讲话。': (n) => Array.from({ length: n }, (_, i) => ({ text: '一、讲话。', line: i + 1 })),
  'sibling headings 1.…2.…': (n) => Array.from({ length: n }, (_, i) => ({ text: `${(i % 99) + 1}.讲话。`, line: i + 1 })),
  'one long line 讲话。一、': (n) => [{ text: '讲话。一、'.repeat(n), line: 1 }],
  'one long title-like head line': (n) => [{ text: '在会议上的讲话'.repeat(n / 4), line: 1 }, { text: '同志们：', line: 2 }],
  'chrome lines': (n) => Array.from({ length: n }, (_, i) => ({ text: i % 2 ? '首页 > 新闻' : '在全县工作会议上的讲话', line: i + 1 })),
};

function bestTime(lines: CleanLine[]): number {
  const cleaned: CleanedText = { lines, bodyStartLine: 1, report: emptyReport() };
  return leastCpuMs(() => structure(cleaned));
}

describe('structure: work grows linearly with the input', () => {
  for (const [name, generate] of Object.entries(inputs)) {
    it(name, () => {
      const n = 5_000;
      bestTime(generate(n)); // warm-up: compiled code on both sizes
      const small = bestTime(generate(n));
      const large = bestTime(generate(16 * n));
      expect(large / Math.max(small, 1)).toBeLessThan(60);
    });
  }
});
