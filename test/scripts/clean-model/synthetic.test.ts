import { describe, expect, it } from 'vitest';
import { syntheticPage, syntheticPages } from '../../../scripts/clean-model/synthetic';

describe('synthetic pages', () => {
  it('are the same bytes and gold for the same seed', () => {
    const a = syntheticPage(42);
    const b = syntheticPage(42);
    expect(a.bytes.equals(b.bytes)).toBe(true);
    expect(a.gold).toEqual(b.gold);
    expect(syntheticPage(43).bytes.equals(a.bytes)).toBe(false);
  });

  it('mark chrome lines as noise and the title, headings and paragraphs as content', () => {
    for (const page of syntheticPages(30)) {
      const lines = page.bytes.toString('utf8').split('\n');
      const noise = new Set(page.gold.noise_line_numbers);
      expect(noise.size).toBeGreaterThan(0);
      expect(lines).toContain(page.gold.title);
      expect(noise.has(lines.indexOf(page.gold.title!) + 1)).toBe(false);
      for (const h of page.gold.headings ?? []) expect(lines[h.line - 1]).toBe(h.text);
      for (const n of noise) expect(lines[n - 1]!.trim()).not.toBe('');
    }
  });
});
