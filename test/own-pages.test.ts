/**
 * own-pages/ is training data written by the team (README there): its gold is only worth training on while
 * every number in it points at the line it names. This checks the gold against its page, nothing else — it
 * runs no pipeline code, so it says nothing about how well the cleaning does on these pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(__dirname, '..', 'own-pages');

/** `NN_<site>_<topic>` (NN two digits, three from 100): cross-validation deals pages by the site key, so it must parse. */
const NAME_RE = /^(\d{2,3})_([a-z0-9]+)_([a-z0-9]+(?:_[a-z0-9]+)*)$/;

interface Gold {
  file: string;
  title: string | null;
  title_line: number | null;
  noise_line_numbers: number[];
  noise_lines: string[];
  noise_fragments?: string[];
  headings: { level: number; text: string; line: number; kind?: string }[];
  metadata_lines?: number[];
  outside_prose_lines?: number[];
  notes: string;
}

const stems = (folder: string, ext: string): string[] =>
  readdirSync(join(dir, folder))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0));

const rawStems = stems('raw', '.txt');
const goldStems = stems('expected', '.json');

describe('own-pages: gold written by the team', () => {
  it('pairs every page with its gold, numbered 01… without gaps, over many sites', () => {
    expect(goldStems).toEqual(rawStems);
    expect(rawStems.length).toBeGreaterThanOrEqual(15);
    const parsed = rawStems.map((stem) => NAME_RE.exec(stem));
    expect(parsed.filter((m) => m === null), 'names not NN_<site>_<topic>').toEqual([]);
    expect(parsed.map((m) => Number(m![1]))).toEqual(rawStems.map((_, i) => i + 1));
    const sites = new Set(parsed.map((m) => m![2]));
    expect(sites.size).toBeGreaterThanOrEqual(Math.ceil(rawStems.length * 0.6));
  });

  for (const stem of goldStems) {
    it(`${stem}: every line number names the text the gold gives`, () => {
      const gold = JSON.parse(readFileSync(join(dir, 'expected', `${stem}.json`), 'utf8')) as Gold;
      expect(gold.file).toBe(`${stem}.txt`);
      const bytes = readFileSync(join(dir, 'raw', gold.file));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      const lines = text.split('\n');
      const at = (n: number): string => {
        expect(Number.isInteger(n) && n >= 1 && n <= lines.length, `${stem}: line ${n} outside 1…${lines.length}`).toBe(true);
        return lines[n - 1]!;
      };

      expect(gold.noise_lines.length).toBe(gold.noise_line_numbers.length);
      expect([...gold.noise_line_numbers].sort((a, b) => a - b)).toEqual([...new Set(gold.noise_line_numbers)]);
      gold.noise_line_numbers.forEach((n, i) => {
        expect(at(n), `${stem}:${n}`).toBe(gold.noise_lines[i]);
        expect(at(n).trim(), `${stem}:${n} is blank`).not.toBe('');
      });
      const noise = new Set(gold.noise_line_numbers);

      if (gold.title === null) expect(gold.title_line).toBeNull();
      else {
        expect(at(gold.title_line!), `${stem}: title line`).toContain(gold.title);
        expect(noise.has(gold.title_line!), `${stem}: title line listed as noise`).toBe(false);
      }

      for (const h of gold.headings) {
        expect([1, 2, 3, 4]).toContain(h.level);
        expect(at(h.line), `${stem}: heading at ${h.line}`).toContain(h.text.slice(0, 6));
        expect(at(h.line), `${stem}: heading at ${h.line}`).toContain(h.text);
        expect(noise.has(h.line), `${stem}: heading line ${h.line} listed as noise`).toBe(false);
      }

      const contentText = lines.filter((_, i) => !noise.has(i + 1)).join('\n');
      for (const fragment of gold.noise_fragments ?? []) {
        expect(fragment.trim(), `${stem}: empty fragment`).not.toBe('');
        expect(contentText, `${stem}: fragment not in a content line`).toContain(fragment);
      }
      for (const n of gold.metadata_lines ?? []) expect(noise.has(n) || at(n).trim() === '', `${stem}: metadata ${n}`).toBe(false);
      for (const n of gold.outside_prose_lines ?? []) expect(noise.has(n), `${stem}: outside prose ${n} not noise`).toBe(true);
      expect(gold.notes.length).toBeGreaterThan(40);
    });
  }
});
