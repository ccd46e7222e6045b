import { describe, expect, it } from 'vitest';
import { buildPage, traditionalTables } from '../../lambdas/web/build-page';
import { SIMPLIFIED_REASONS, SIMPLIFIED_TEXT } from '../../lambdas/web/page/text';

describe('page build', () => {
  it('gives the same bytes for the same sources', async () => {
    const [a, b] = [await buildPage(), await buildPage()];
    expect([...a.keys()]).toEqual(['index.html', 'style.css', 'app.js', 'pdf.worker.min.mjs']);
    for (const [name, file] of a) expect(Buffer.compare(Buffer.from(file.body), Buffer.from(b.get(name)!.body)), name).toBe(0);
  });

  it('loads nothing from elsewhere: every script, style and icon is the page’s own', async () => {
    const html = new TextDecoder().decode((await buildPage()).get('index.html')!.body);
    const references = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(references).toEqual(['data:,', 'style.css', 'app.js']);
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/);
  });

  it('has every page text and removal reason in Traditional characters', () => {
    const hant = traditionalTables();
    expect(Object.keys(hant.text).sort()).toEqual(Object.keys(SIMPLIFIED_TEXT).sort());
    expect(Object.keys(hant.reasons).sort()).toEqual(Object.keys(SIMPLIFIED_REASONS).sort());
    expect(hant.text.appTitle).toBe('講話稿排版');
    expect(hant.text.uploadHeading).toBe('上傳講話稿');
  });
});
