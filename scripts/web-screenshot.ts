/**
 * `npx tsx scripts/web-screenshot.ts [out.png]`: the README's picture of the web page. Starts the local
 * stack and page, uploads samples/school-safety-web.txt, waits for it to finish, opens its preview and
 * takes a screenshot in Debian's chromium. The bundled Noto Sans SC is handed to the browser through a
 * fontconfig file, so the picture shows Chinese even where no system CJK font is installed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startLocalStack } from '../lambdas/local/local-stack';
import { localWebTarget } from '../lambdas/local/local-web';
import { startWebServer } from '../lambdas/local/web-server';
import { convert, errorReportFile, outputsVersion } from '../lambdas/pipeline';

const repoRoot = resolve(__dirname, '..');
const outPath = resolve(process.argv[2] ?? join(repoRoot, 'docs', 'images', 'web-page.png'));
const sample = join(repoRoot, 'samples', 'school-safety-web.txt');

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'speech-press-shot-'));
  const fontsConf = join(work, 'fonts.conf');
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${join(repoRoot, 'assets', 'fonts')}</dir><cachedir>${join(work, 'cache')}</cachedir></fontconfig>`,
  );
  const web = await startWebServer({ port: 0 });
  const stack = await startLocalStack({ dataDir: join(work, 's3'), port: 0, pipeline: { convert, errorReportFile, version: outputsVersion(undefined) }, corsOrigins: web.origins });
  web.serve(localWebTarget(stack));
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', env: { ...process.env, FONTCONFIG_FILE: fontsConf } });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${web.origin}/`);
    await page.locator('#app').waitFor();
    await page.setInputFiles('#file-input', { name: '全市中小学校园安全工作会议讲话.txt', mimeType: 'text/plain', buffer: readFileSync(sample) });
    const card = page.locator('article.card[data-status="done"]');
    await card.waitFor({ timeout: 120_000 });
    await card.locator('.changes').waitFor();
    await card.locator('details.preview summary').click();
    await card.locator('details.preview canvas.page').nth(1).waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: outPath, fullPage: true });
    console.log(`wrote ${outPath}`);
  } finally {
    await browser.close();
    await web.close();
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
