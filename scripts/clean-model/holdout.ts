/**
 * `npm run eval:holdout`: scores the committed models on holdout/ — pages the team wrote to imitate sites and
 * chrome that ../shared does not show (WeChat copies, forum threads, comment sections, PDF running heads,
 * Hong Kong and Macau press releases), with gold written before any output was seen, plus speeches whose real
 * content speaks of websites, copyright and apps. Nothing trains on these pages and no threshold is chosen
 * on them, so this is the one figure that no fitting has looked at; keep it that way (see holdout/README.md).
 * Usage: npm run eval:holdout [-- --pages] (per-page lines for every miss)
 */
import { resolve } from 'node:path';
import { parseSpeech } from '../../lambdas/pipeline';
import { figuresRow, TABLE_HEAD } from './eval';
import { loadPages } from './pages';
import { scorePage, summarize } from './score';

const repoRoot = resolve(__dirname, '..', '..');
const pages = loadPages('holdout', repoRoot);
const scores = pages.map((page) => scorePage(page, (bytes) => parseSpeech(bytes, { maxBytes: 1 << 30 })));
console.log(`\n## holdout (${pages.length} pages written by the team, committed models, never trained on)\n`);
console.log(TABLE_HEAD);
console.log(figuresRow('all', summarize(scores)));
if (process.argv.includes('--pages')) {
  for (const [i, s] of scores.entries()) {
    const lines = pages[i]!.bytes.toString('utf8').split('\n');
    const notes = [
      ...(s.titleRight ? [] : [`title got ${JSON.stringify(s.title.got)} want ${JSON.stringify(s.title.want)}`]),
      ...s.noiseLines.missed.map((n) => `noise kept ${n}: ${lines[n - 1]}`),
      ...s.contentLinesRemoved.map((n) => `content removed ${n}: ${lines[n - 1]}`),
    ];
    if (notes.length > 0) console.log(`  ${s.name}\n${notes.map((n) => `    ${n}`).join('\n')}`);
  }
}
