import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Spreading an array into a call passes one argument per element, and V8 throws RangeError past about
 * 120,000: a 1 MB upload of short lines crashed the pipeline (then retried five times). Inside the core,
 * only arrays of a known small size may be spread into a call.
 */
const CORE = join(__dirname, '../../lambdas/pipeline');
const SPREAD_CALL = /\b(?:push|unshift|splice|fromCodePoint|fromCharCode|max|min|concat)\((?:[^(){}]*,\s*)?\.\.\./;
/** Bounded spreads: five sentence marks; a font's table directory (tens of tables). */
const BOUNDED = new Set(['clean/regions.ts', 'render/pdf/adapters/subset-face.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the core spreads no unbounded array into a call', () => {
  it('finds no push(...xs), splice(…, ...xs), fromCodePoint(...xs) or Math.max(...xs) outside the bounded cases', () => {
    const offending = sources(CORE).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((text, i) => ({ where: `${relative(CORE, file)}:${i + 1}`, text: text.replace(/\/\/.*$/, '').trim() }))
        .filter(({ where, text }) => SPREAD_CALL.test(text) && !text.startsWith('*') && !BOUNDED.has(where.split(':')[0]!)),
    );
    expect(offending).toEqual([]);
  });
});
