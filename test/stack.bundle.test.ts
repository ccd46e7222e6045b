import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_FONT_FILES } from '../lambdas/pipeline/render/pdf/fonts/faces';
import { LAZY_BROTLI_FONTKIT } from '../lib/handler-function';
import { measureAsset, runBundledHandler, synthBundledAsset } from '../scripts/run-bundled';
import { sampleFiles } from './support/shared';

const outdir = mkdtempSync(join(tmpdir(), 'speech-press-cdk-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

// The one test that bundles for real (esbuild through NodejsFunction): slow, so only here.
describe('the deployable Lambda asset', () => {
  const assetDir = synthBundledAsset(outdir);

  it('holds the minified bundle with source map, the declared font files and the font licences, and no node_modules; ≤ 30 MB zipped', () => {
    const size = measureAsset(assetDir, { compressed: true });
    console.log(`[speech-press] Lambda asset: ${(size.bytes / 2 ** 20).toFixed(1)} MiB (${((size.deflatedBytes ?? 0) / 2 ** 20).toFixed(1)} MiB zipped), index.js ${(size.indexJsBytes / 2 ** 20).toFixed(2)} MiB`);
    expect(size.fontFiles).toEqual([...BUNDLED_FONT_FILES].sort());
    expect(size.deflatedBytes).toBeLessThan(30 * 10 ** 6);
    expect(readFileSync(join(assetDir, 'fonts', 'licenses', 'NotoSerif-OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
    const sourceMap = readFileSync(join(assetDir, 'index.js.map'), 'utf8');
    expect(sourceMap).toContain('lambdas/handler/process-upload.ts');
    // fontkit with its brotli dictionary made on first use (lib/lazy-brotli-fontkit.mjs), not the installed file.
    expect(sourceMap).toContain(LAZY_BROTLI_FONTKIT);
    expect(sourceMap).not.toContain('@pdf-lib/fontkit/dist/fontkit.umd.js');
    expect(existsSync(join(assetDir, 'node_modules', 'harfbuzzjs', 'dist', 'harfbuzz-subset.wasm'))).toBe(true);
    expect(existsSync(join(assetDir, 'jieba', 'dict.txt')) && existsSync(join(assetDir, 'jieba', 'hmm.model'))).toBe(true);
    expect(existsSync(join(assetDir, 'node_modules', 'jieba-wasm'))).toBe(false); // the segmenter is ours now, its data in jieba/
    expect(size.bytes).toBeLessThan(250 * 2 ** 20); // Lambda's unzipped limit
  });

  it('runs under plain node from an isolated copy against s3rver, finds its fonts and writes every edition', async () => {
    // A Simplified transcript, so the converted edition is zh-Hant (the Traditional sample would give zh-Hans); the
    // project's own sample (2 pages) rather than the corpus seed (13–14): 0.6–1 s less CPU, the same checks.
    const source = readFileSync(sampleFiles().find((f) => f.endsWith('school-safety-web.txt'))!);
    const run = await runBundledHandler(assetDir, source, '2023 教育 讲话稿+终稿.txt');
    console.log(`[speech-press] bundled handler: require ${run.coldStartMs.toFixed(0)} ms, invoke ${run.invokeMs.toFixed(0)} ms, peak RSS ${run.maxRssMiB.toFixed(0)} MiB`);
    expect(run.response.batchItemFailures).toEqual([]);
    // PDFs in both scripts exist only if the renderer found the bundled fonts (no repo, no SPEECH_PRESS_FONT_DIR).
    expect(run.outputKeys).toEqual(
      expect.arrayContaining(['.json', '.clean.txt', '.docx', '.pdf', '.zh-Hant.pdf', '.zh-Hant.docx'].map((s) => `bundled/2023 教育 讲话稿+终稿${s}`)),
    );
  });
});
