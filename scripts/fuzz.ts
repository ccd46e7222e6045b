/**
 * `npm run fuzz`: the linear-time property run long and big. Generates hostile inputs of every family
 * (scripts/fuzz/families.ts) for a time budget, measures the work ratio between n and 4n characters of
 * each, and reports the worst ratios found. Exits 1 if any is above the limit.
 *
 * Usage: npm run fuzz -- [--minutes 3] [--chars 50000] [--limit 8] [--family "space run"] [--seed 1]
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { buildShape, describeShape, FAMILIES, KNOWN_CASES, type HostileShape } from './fuzz/families';
import { measureScaling, type Scaling } from './fuzz/ratio';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '3' },
    chars: { type: 'string', default: '50000' },
    limit: { type: 'string', default: '8' },
    family: { type: 'string', multiple: true },
    seed: { type: 'string' },
  },
});
const budgetMs = Number(values.minutes) * 60_000;
const chars = Number(values.chars);
const limit = Number(values.limit);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const families = Object.entries(FAMILIES).filter(([name]) => !values.family || values.family.includes(name));
if (families.length === 0) throw new Error(`no family named ${values.family}; known: ${Object.keys(FAMILIES).join(', ')}`);

interface Finding {
  readonly shape: HostileShape;
  readonly scaling: Scaling;
}

function measure(shape: HostileShape): Finding {
  const size = Math.max(chars, shape.minChars ?? 0);
  return { shape, scaling: measureScaling((n) => buildShape(shape, n), { chars: size, limit, maxChars: size * 8 }) };
}

const format = ({ shape, scaling }: Finding) =>
  `×${scaling.ratio.toFixed(1).padStart(5)}  n=${String(scaling.chars).padStart(7)}  ${scaling.smallMs.toFixed(1).padStart(8)} ms → ${scaling.largeMs.toFixed(1).padStart(8)} ms  ${describeShape(shape)}`;

console.log(`fuzz: ${Math.round(budgetMs / 1000)} s, n = ${chars} characters against 4n, limit ×${limit}, seed ${seed}`);
const started = performance.now();
const findings: Finding[] = KNOWN_CASES.filter((s) => families.some(([name]) => name === s.family)).map(measure);
findings.forEach((f) => console.log(`known  ${format(f)}`));

let round = 0;
while (performance.now() - started < budgetMs) {
  const [name, arbitrary] = families[round++ % families.length]!;
  const [shape] = fc.sample(arbitrary, { numRuns: 1, seed: seed + round });
  const finding = measure(shape!);
  findings.push(finding);
  if (finding.scaling.ratio > limit) console.log(`SLOW   ${format(finding)}`);
  else if (round % 10 === 0) console.log(`  ${round} shapes, ${Math.round((performance.now() - started) / 1000)} s (last: ${name})`);
}

const worst = [...findings].sort((a, b) => b.scaling.ratio - a.scaling.ratio);
console.log(`\n${findings.length} inputs measured. Worst ratio per family:`);
for (const [name] of families) {
  const top = worst.find((f) => f.shape.family === name);
  if (top) console.log(`  ${format(top)}`);
}
const bad = worst.filter((f) => f.scaling.ratio > limit);
console.log(bad.length === 0 ? `worst ratio ×${worst[0]!.scaling.ratio.toFixed(1)} (limit ×${limit}): linear` : `${bad.length} input(s) above ×${limit}`);
process.exit(bad.length === 0 ? 0 : 1);
