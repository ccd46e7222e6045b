/**
 * Benchmark inputs: the seed transcript (or a repository sample on a fresh clone without ../shared)
 * and longer transcripts made from it by repeating its body paragraphs, so a 10× input is still one
 * speech with one title and the same page noise around it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SpeechDocument } from '../../lambdas/pipeline/model';
import { blockText } from '../../lambdas/pipeline/model';

export interface BenchInput {
  readonly label: string;
  /** How many copies of the source's body it holds. */
  readonly times: number;
  readonly sourceName: string;
  readonly bytes: Buffer;
}

export class NoBenchInputError extends Error {
  override readonly name = 'NoBenchInputError';
}

/** The shared seed when present, else the sample that ships with the repository. */
export function seedPath(repoRoot: string): { path: string; fallback: boolean } {
  const seed = join(repoRoot, '..', 'shared', 'corpus', 'raw', '00_seed.txt');
  if (existsSync(seed)) return { path: seed, fallback: false };
  const sample = join(repoRoot, 'samples', 'school-safety-web.txt');
  if (existsSync(sample)) return { path: sample, fallback: true };
  throw new NoBenchInputError(`neither ${seed} nor ${sample} exists`);
}

const BODY_KINDS = new Set(['heading', 'paragraph']);

/**
 * The 0-based, end-exclusive range of raw lines holding the body (first heading or paragraph to the
 * end of the last block), found from the parsed document's block line numbers. Lines before it are
 * the head (title, meta, salutation, top noise); lines after it the tail noise.
 */
export function bodyLineRange(rawLines: readonly string[], doc: SpeechDocument): { start: number; end: number } {
  const body = doc.blocks.filter((b) => BODY_KINDS.has(b.kind));
  const first = body[0];
  const last = doc.blocks[doc.blocks.length - 1];
  if (first === undefined || last === undefined) throw new NoBenchInputError('the document has no body paragraphs to repeat');
  // A rewrapped last paragraph spans several raw lines: extend while they are part of its text.
  const lastText = blockText(last).replace(/\s/g, '');
  let end = last.line;
  while (end < rawLines.length) {
    const next = rawLines[end]!.replace(/\s/g, '');
    if (next === '' || !lastText.includes(next.slice(0, 12))) break;
    end += 1;
  }
  return { start: first.line - 1, end };
}

/** The raw text with its body repeated `times` times (head and tail noise once). */
export function repeatBody(raw: string, doc: SpeechDocument, times: number): string {
  if (times < 1 || !Number.isInteger(times)) throw new RangeError(`times must be a positive integer, got ${times}`);
  const lines = raw.split('\n');
  const { start, end } = bodyLineRange(lines, doc);
  const body = lines.slice(start, end);
  const repeated = Array.from({ length: times }, () => body).flat();
  return [...lines.slice(0, start), ...repeated, ...lines.slice(end)].join('\n');
}

export function benchInputs(path: string, doc: SpeechDocument, sizes: readonly number[]): BenchInput[] {
  const raw = readFileSync(path, 'utf8');
  const name = basename(path);
  return sizes.map((times) => ({
    label: `${times}×`,
    times,
    sourceName: times === 1 ? name : name.replace(/\.txt$/, `.x${times}.txt`),
    bytes: times === 1 ? readFileSync(path) : Buffer.from(repeatBody(raw, doc, times), 'utf8'),
  }));
}
