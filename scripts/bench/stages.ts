/**
 * The in-process stages we time, each as a function of one prepared input. Preparation (decoding,
 * cleaning, … up to the stage's own input) happens once, outside the timed region.
 */
import { convert, parseSpeech } from '../../lambdas/pipeline';
import { documentText } from '../../lambdas/pipeline/model';
import { clean } from '../../lambdas/pipeline/clean';
import { decode } from '../../lambdas/pipeline/decode';
import { renderDocx } from '../../lambdas/pipeline/render/docx';
import { renderPdf } from '../../lambdas/pipeline/render/pdf';
import { convertDocumentScript, DEFAULT_SCRIPT_VARIANT, openccConverter } from '../../lambdas/pipeline/script';
import { structure } from '../../lambdas/pipeline/structure';

export const STAGES = [
  'decode',
  'clean',
  'structure',
  'traditional',
  'docx',
  'pdf',
  'docx-traditional',
  'pdf-traditional',
  'pipeline',
] as const;
/** Text conversion alone on the cleaned text, for the side-by-side with the `opencc` CLI. */
export const CONVERTER_STAGES = ['opencc-js', 'our-converter'] as const;
export type StageName = (typeof STAGES)[number] | (typeof CONVERTER_STAGES)[number];

export const STAGE_LABELS: Record<StageName, string> = {
  decode: 'decode',
  clean: 'clean',
  structure: 'structure',
  traditional: 'Traditional conversion (tw)',
  docx: 'DOCX',
  pdf: 'PDF',
  'docx-traditional': 'Traditional DOCX',
  'pdf-traditional': 'Traditional PDF',
  pipeline: 'whole pipeline: convert(), 7 outputs',
  'opencc-js': 'opencc-js Converter cn→tw (text only)',
  'our-converter': 'our s2tw converter (text only)',
};

export class UnknownStageError extends Error {
  override readonly name = 'UnknownStageError';
}

export function isStageName(name: string): name is StageName {
  return (STAGES as readonly string[]).includes(name) || (CONVERTER_STAGES as readonly string[]).includes(name);
}

/** Bytes of each output file, by name suffix (e.g. `.pdf`, `.zh-Hant.docx`). */
export type OutputSizes = Record<string, number>;

export interface PreparedStage {
  /** One run of the stage; resolves to the sizes of what it produced (empty for text stages). */
  readonly run: () => Promise<OutputSizes>;
}

/** Big inputs must not be refused by the size guard: we are measuring, not protecting a service. */
const NO_LIMIT = 1 << 30;

export async function prepareStage(stage: StageName, bytes: Uint8Array, sourceName: string): Promise<PreparedStage> {
  const sync = (fn: () => unknown): PreparedStage => ({ run: async () => (fn(), {}) });
  const bytesOf = (suffix: string) => async (render: Promise<Uint8Array>): Promise<OutputSizes> => ({ [suffix]: (await render).length });
  switch (stage) {
    case 'decode':
      return sync(() => decode(bytes, NO_LIMIT));
    case 'clean': {
      const text = decode(bytes, NO_LIMIT).text;
      return sync(() => clean(text));
    }
    case 'structure': {
      const cleaned = clean(decode(bytes, NO_LIMIT).text);
      return sync(() => structure(cleaned));
    }
    default:
      break;
  }
  const { document } = parseSpeech(bytes, { sourceName, maxBytes: NO_LIMIT });
  const traditional = { variant: DEFAULT_SCRIPT_VARIANT };
  switch (stage) {
    case 'opencc-js': {
      // Built inside the timed first run, as a cold process would.
      // Loaded only here, so no other stage's memory figure carries the full opencc-js module.
      const OpenCC = await import('opencc-js');
      const text = documentText(document);
      let converter: ((t: string) => string) | undefined;
      return sync(() => (converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' }))(text));
    }
    case 'our-converter': {
      const text = documentText(document);
      return sync(() => openccConverter('to-traditional', 'tw')(text));
    }
    case 'traditional':
      return sync(() => convertDocumentScript(document, traditional));
    case 'docx':
      return { run: () => bytesOf('.docx')(renderDocx(document)) };
    case 'pdf':
      return { run: async () => ({ '.pdf': (await renderPdf(document)).bytes.length }) };
    case 'docx-traditional': {
      const converted = convertDocumentScript(document, traditional);
      return { run: () => bytesOf('.zh-Hant.docx')(renderDocx(converted)) };
    }
    case 'pdf-traditional': {
      const converted = convertDocumentScript(document, traditional);
      return { run: async () => ({ '.zh-Hant.pdf': (await renderPdf(converted)).bytes.length }) };
    }
    case 'pipeline':
      return {
        run: async () => {
          const result = await convert(bytes, { sourceName, maxBytes: NO_LIMIT, traditional });
          const stem = result.stem;
          return Object.fromEntries(result.files.map((f) => [f.name.slice(stem.length), f.body.length]));
        },
      };
    default:
      throw new UnknownStageError(stage);
  }
}
