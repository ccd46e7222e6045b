/**
 * holdout/ is only worth anything while nothing fits on it: its gold must be well formed, and no training
 * or cross-validation script may read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../../../scripts/clean-model/pages';

const root = resolve(__dirname, '..', '..', '..');

describe('holdout pages', () => {
  it('each has gold whose noise lines and headings point at lines of its page', () => {
    const pages = loadPages('holdout', root);
    expect(pages.length).toBeGreaterThanOrEqual(26);
    for (const page of pages) {
      const lines = page.bytes.toString('utf8').split('\n');
      for (const n of page.gold.noise_line_numbers ?? []) expect(lines[n - 1]?.trim(), `${page.name}:${n}`).toBeTruthy();
      for (const h of page.gold.headings ?? []) expect(lines[h.line - 1], `${page.name}:${h.line}`).toContain(h.text.slice(0, 4));
    }
  });

  it('is read by no training or fitting script', () => {
    for (const folder of ['scripts/clean-model', 'scripts/title-model']) {
      for (const file of readdirSync(join(root, folder)).filter((f) => f.endsWith('.ts') && f !== 'holdout.ts')) {
        expect(readFileSync(join(root, folder, file), 'utf8'), `${folder}/${file}`).not.toMatch(/holdout/);
      }
    }
  });
});
