/**
 * Text-core benchmark (decode → clean → structure), in-process and warm: the seed-sized sample and
 * inputs many times its length, to show the cost per KB stays flat (linear time).
 * Usage: npx tsx scripts/bench-core.ts [file]   (default: the shared seed, else a sample)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSpeech } from '../lambdas/pipeline';

const root = join(__dirname, '..');
const seedPath = process.argv[2] ?? [join(root, '..', 'shared', 'corpus', 'raw', '00_seed.txt'), join(root, 'samples', 'school-safety-web.txt')].find(existsSync)!;
const seed = readFileSync(seedPath, 'utf8');
const body = seed.split('\n').slice(4, -3).join('\n'); // paragraphs only, so repeats stay one speech

function sized(times: number): Buffer {
  return Buffer.from(seed.split('\n').slice(0, 4).join('\n') + '\n' + Array.from({ length: times }, () => body).join('\n'), 'utf8');
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(bytes: Buffer, runs: number): { median: number; p95: number } {
  for (let i = 0; i < 3; i++) parseSpeech(bytes, { maxBytes: 1 << 30 });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    parseSpeech(bytes, { maxBytes: 1 << 30 });
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { median: median(times), p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

console.log(`input: ${seedPath}`);
console.log('size        bytes      median ms   p95 ms   µs per KB');
for (const times of [1, 10, 50, 100]) {
  const bytes = times === 1 ? Buffer.from(seed, 'utf8') : sized(times);
  const { median: m, p95 } = measure(bytes, times >= 50 ? 7 : 25);
  console.log(`${String(times).padStart(3)}× seed  ${String(bytes.length).padStart(9)}  ${m.toFixed(2).padStart(9)}  ${p95.toFixed(2).padStart(7)}  ${((m * 1000) / (bytes.length / 1024)).toFixed(1).padStart(9)}`);
}
