import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, SpeechDocument } from '../../../../../lambdas/pipeline/model';
import { renderPdf } from '../../../../../lambdas/pipeline/render/pdf';
import { convertDocumentScript } from '../../../../../lambdas/pipeline/script';
import { sampleDocument } from '../../../../fixtures/documents';

/** The sample speech with `mark` in its first body paragraph and its level-1 heading (a damaged character there). */
function withMark(mark: string): SpeechDocument {
  const doc = sampleDocument();
  const marked = (block: Block): Block => ({ ...block, runs: block.runs.map((run, i) => (i === 0 ? { ...run, text: run.text.replace('召开', `召${mark}开`).replace('统一', `统${mark}一`) } : run)) });
  return { ...doc, blocks: doc.blocks.map((b) => (b.line === 5 || b.line === 6 ? marked(b) : b)) };
}

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a damaged character (U+FFFD) in the PDF', () => {
  const editions: [string, (doc: SpeechDocument) => SpeechDocument][] = [
    ['Simplified', (doc) => doc],
    ['Traditional', (doc) => convertDocumentScript(doc, { variant: 'tw' })],
  ];
  for (const [edition, as] of editions) {
    it(`${edition}: is drawn as □ (U+25A1), a mark on the page, and not reported as a missing glyph`, async (context) => {
      const damaged = await renderPdf(as(withMark('\uFFFD')));
      expect(damaged.warnings.filter((w) => w.code === 'missing-glyph')).toEqual([]);
      if (!hasPoppler()) {
        console.warn('pdftotext/pdftoppm not installed (poppler-utils): skipping the drawn-mark check');
        context.skip();
      }
      const dir = mkdtempSync(join(tmpdir(), 'stand-ins-'));
      try {
        const page = (name: string, bytes: Uint8Array): Buffer => {
          writeFileSync(join(dir, `${name}.pdf`), bytes);
          execFileSync('pdftoppm', ['-r', '40', '-png', '-f', '1', '-l', '1', '-singlefile', join(dir, `${name}.pdf`), join(dir, name)]);
          return readFileSync(join(dir, `${name}.png`));
        };
        writeFileSync(join(dir, 'd.pdf'), damaged.bytes);
        const text = execFileSync('pdftotext', ['-raw', join(dir, 'd.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
        expect(text).toMatch(/召□[开開]/u);
        expect(text).toMatch(/統□一|统□一/u);
        // The same page with an ideographic space there instead: the □ is ink a reader sees, not a blank em.
        const blank = await renderPdf(as(withMark('\u3000')));
        expect(page('d', damaged.bytes).equals(page('b', blank.bytes))).toBe(false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
