/**
 * The documents the check compares: each transcript through the real pipeline (`convert`), both
 * editions, with the DOCX, our PDF and the text every output must show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { convert } from '../../lambdas/pipeline/index';

export interface Edition {
  /** `<transcript stem>` or `<stem>.zh-Hant`: the output's own base name. */
  readonly name: string;
  readonly docx: Uint8Array;
  readonly pdf: Uint8Array;
  /** The edition's cleaned text (`.clean.txt` / `.zh-Hant.txt`): what the reader must find on the pages. */
  readonly text: string;
}

/** `*.txt` transcripts directly in `dir`, sorted. */
export const transcriptsIn = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));

/** Both editions of one transcript. */
export async function editionsOf(path: string): Promise<Edition[]> {
  const result = await convert(readFileSync(path), { sourceName: basename(path) });
  const byName = new Map(result.files.map((f) => [f.name, f.body]));
  return result.manifest.editions.map((edition) => {
    const text = edition.files.find((f) => f.endsWith('.txt'))!;
    const docx = edition.files.find((f) => f.endsWith('.docx'))!;
    const pdf = edition.files.find((f) => f.endsWith('.pdf'))!;
    return {
      name: docx.replace(/\.docx$/, ''),
      docx: byName.get(docx)!,
      pdf: byName.get(pdf)!,
      text: Buffer.from(byName.get(text)!).toString('utf8'),
    };
  });
}
