/**
 * SHA-256 of every output of every transcript in samples/ and ../shared/corpus/raw (both editions), one
 * line each: run it on a change and on its parent and diff the two lists to show which outputs a change
 * altered (a speed change should alter none).
 *
 *   npx tsx scripts/bench/output-hashes.ts > after.txt
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convert, isInputRejected } from '../../lambdas/pipeline';

const root = resolve(__dirname, '..', '..');
const dirs = [join(root, 'samples'), join(root, '..', 'shared', 'corpus', 'raw')].filter((dir) => existsSync(dir));

async function main(): Promise<void> {
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      try {
        const result = await convert(readFileSync(join(dir, name)), { sourceName: name });
        for (const file of result.files) process.stdout.write(`${createHash('sha256').update(file.body).digest('hex')}  ${file.name}\n`);
      } catch (error) {
        if (!isInputRejected(error)) throw error;
        process.stdout.write(`rejected  ${name}\n`);
      }
    }
  }
}

void main();
