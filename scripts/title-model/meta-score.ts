/**
 * The meta lines a page prints under its title (subtitle, speaker, date), scored against the gold:
 * a value drawn from a line or fragment the gold calls page noise (a newspaper after 来源：, a web
 * publish stamp, a stray markup line) would print chrome as the speech's speaker or date. The eval
 * does not score meta lines otherwise; `npm run eval:clean` counts these.
 */
import type { SpeechDocument } from '../../lambdas/pipeline/model';
import type { Gold } from '../clean-model/pages';

export const META_KINDS = ['subtitle', 'speaker', 'date'] as const;

export interface MetaScore {
  /** Meta lines the document prints. */
  readonly values: number;
  /** Those drawn from gold noise, as `kind=text`. */
  readonly fromNoise: readonly string[];
}

/** `norm` puts gold text in the form the pipeline prints (full-width punctuation, NFKC). */
export function scoreMeta(document: SpeechDocument | null, gold: Gold, norm: (text: string) => string): MetaScore {
  const noise = new Set(gold.noise_line_numbers ?? []);
  const fragments = (gold.noise_fragments ?? []).map((f) => norm(f.trim()));
  const meta = (document?.blocks ?? []).filter((b) => (META_KINDS as readonly string[]).includes(b.kind));
  const fromNoise = meta.flatMap((b) => {
    const text = b.runs.map((r) => r.text).join('').trim();
    const noisy = noise.has(b.line) || (text !== '' && fragments.some((f) => f.includes(text)));
    return noisy ? [`${b.kind}=${text}`] : [];
  });
  return { values: meta.length, fromNoise };
}
