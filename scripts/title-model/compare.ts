/**
 * `npx tsx scripts/title-model/compare.ts [repo]`: title accuracy of a checkout's pipeline (this one by
 * default; another, e.g. an export of an older main, to compare) on the title-focused synthetic heads
 * (synthetic-heads.ts, 300 pages from seed 7001), by kind of head, with one example of each miss.
 * No weight was tuned on these pages, so they compare title decisions fairly.
 */
import { resolve } from 'node:path';
import { syntheticHeads } from './synthetic-heads';

const root = resolve(process.argv[2] ?? resolve(__dirname, '..', '..'));
const { parseSpeech } = require(`${root}/lambdas/pipeline`) as typeof import('../../lambdas/pipeline');
const { normGold } = require(`${root}/scripts/clean-model/score`) as typeof import('../clean-model/score');

const kindOf = (title: string | null): string =>
  title === null ? 'no title' : /^在/.test(title) ? 'genre title' : /贺词|致辞/.test(title) ? 'short title under a headline' : /思考/.test(title) ? 'topic title' : 'slogan + subtitle';

const kinds = new Map<string, { right: number; pages: number; miss?: string }>();
for (const page of syntheticHeads(300, 7001)) {
  const got = parseSpeech(page.bytes, { maxBytes: 1 << 30 }).document.title;
  const want = page.gold.title === null ? null : normGold(page.gold.title);
  const k = kinds.get(kindOf(want)) ?? { right: 0, pages: 0 };
  k.pages++;
  if (got === want) k.right++;
  else k.miss ??= `got ${JSON.stringify(got)} want ${JSON.stringify(want)}`;
  kinds.set(kindOf(want), k);
}
let right = 0;
let pages = 0;
for (const [kind, k] of kinds) {
  console.log(`${kind}: ${k.right}/${k.pages}${k.miss ? ` (e.g. ${k.miss})` : ''}`);
  right += k.right;
  pages += k.pages;
}
console.log(`all: ${right}/${pages}`);
