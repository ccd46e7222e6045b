import { existsSync } from 'node:fs';

/**
 * Debian's chromium (apt-get install chromium), driven by playwright-core: no browser is ever
 * downloaded. CHROMIUM_PATH points elsewhere; without a browser the browser tests skip visibly.
 */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  console.warn(`[speech-press] no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH): browser tests are SKIPPED`);
}
