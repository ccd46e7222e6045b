import { createHash } from 'node:crypto';
import { isSentence } from './clean/regions';
import { clean, type CleanedText, type LineModel } from './clean';
import type { TitleModel } from './structure/title-features';
import { placeholderWarnings } from './clean/placeholders';
import { hanCount } from './text/characters';
import { decode, DEFAULT_MAX_BYTES, invalidUtf8Warning, type DecodedText } from './decode';
import { InputRejectedError } from './errors';
import { leadInsOf, MANIFEST_SCHEMA, outlineOf, sourceOf, type Manifest, type ManifestEdition } from './manifest';
import { blockText, documentText, type SpeechDocument } from './model';
import { PrintedLines, renderDocx } from './render/docx';
import { drawPdf, typesetPdf } from './render/pdf';
import { convertDocumentScript, DEFAULT_SCRIPT_VARIANT, editionSuffix, type ScriptVariant } from './script';
import { stemOf } from './stem';
import { structure } from './structure';
import { isSiteDisclaimer } from './structure/site-notice';
import { truncationWarning } from './truncation';
import type { PipelineWarning } from './warnings';

export { DEFAULT_MAX_BYTES } from './decode';
export { stemOf } from './stem';
export { InputRejectedError, isInputRejected, type RejectionCode } from './errors';
export type { Manifest } from './manifest';
export type { SpeechDocument } from './model';

import packageJson from '../../package.json';

/**
 * Version stamped on every output. Bump package.json's version with any change that alters outputs:
 * deployed handlers and the local stack redo a conversion only when this (or the source) changes.
 */
export const PIPELINE_VERSION: string = packageJson.version;

export interface ParseOptions {
  readonly sourceName?: string;
  readonly maxBytes?: number;
  /** The learned noise/content line decision (default: the committed model); evaluation swaps it. */
  readonly lineModel?: LineModel;
  /** The learned title decision (default: the committed model); evaluation swaps it. */
  readonly titleModel?: TitleModel;
}

export interface ParsedSpeech {
  readonly decoded: DecodedText;
  readonly cleaned: CleanedText;
  readonly document: SpeechDocument;
  readonly warnings: readonly PipelineWarning[];
}

/** The pure text core: bytes → decoded text → cleaned lines → typed document. */
export function parseSpeech(bytes: Uint8Array, options: ParseOptions = {}): ParsedSpeech {
  const decoded = decode(bytes, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const cleaned = clean(decoded.text, { lineModel: options.lineModel });
  const document = structure(cleaned, cleaned.report.removedFragments, options.titleModel);
  // Kept only because doubtful (every block a line suspected of being chrome, none of them a sentence a
  // speaker says): still no speech at all. With no title found, a site's disclaimer (本站不保证…完整,
  // 不代表本站观点) is no speaker's sentence either. A page whose only text is one short sentence is a
  // speech, whatever words it uses (nothing lost: it converts, its lines listed as suspected).
  const suspected = new Set(cleaned.report.suspected.map((s) => s.line));
  const saysNothing = (text: string): boolean => !isSentence(text) || (document.title === null && isSiteDisclaimer(text));
  if (document.blocks.every((b) => suspected.has(b.line) && saysNothing(blockText(b)))) {
    throw new InputRejectedError('empty-input', "The file contains only page noise (navigation, share or page-number lines, the site's own notices), no speech text.");
  }
  const warnings = placeholderWarnings(documentText(document));
  if (decoded.invalidUtf8) warnings.unshift(invalidUtf8Warning(decoded.invalidUtf8));
  if (cleaned.report.suspected.length > 0) {
    warnings.push({
      code: 'suspected-noise',
      message: `${cleaned.report.suspected.length} kept line(s) look like page noise: check them (listed under "suspected").`,
      count: cleaned.report.suspected.length,
    });
  }
  const truncated = truncationWarning(cleaned.report, document);
  if (truncated) warnings.push(truncated);
  return { decoded, cleaned, document, warnings };
}

export interface TraditionalOptions {
  readonly variant: ScriptVariant;
  /** “”‘’ ↔ 「」『』; default: the converter's regional convention. */
  readonly quotes?: boolean;
}

export interface ConvertOptions {
  readonly sourceName: string;
  readonly maxBytes?: number;
  /** The converted-script edition (zh-Hant, or zh-Hans for Traditional input); false for none; default tw. */
  readonly traditional?: TraditionalOptions | false;
  /**
   * Where the converted-script edition is made (default: here, after the first edition). A shell with a
   * second core passes an edition thread (edition-thread.ts) so both editions are made at once; whoever
   * makes it, the files are the same (renderConvertedEdition).
   */
  readonly convertedEditionMaker?: ConvertedEditionMaker;
}

/** Makes the converted-script edition of a parsed document, elsewhere or here; resolves to what renderConvertedEdition gives. */
export type ConvertedEditionMaker = (document: SpeechDocument, stem: string, traditional: TraditionalOptions) => Promise<RenderedEdition>;

export interface OutputFile {
  /** `<stem><suffix>`, e.g. `讲话.docx`. */
  readonly name: string;
  readonly contentType: string;
  readonly body: Uint8Array;
}

export interface ConversionResult {
  readonly stem: string;
  /** Every output; the manifest (`<stem>.json`) is always last, as the commit marker. */
  readonly files: readonly OutputFile[];
  readonly manifest: Manifest;
}

/**
 * What a conversion's outputs depend on besides the source bytes: the code version and the edition
 * settings. Shells compare it with the stamp on existing outputs to skip redelivered work.
 */
export function outputsVersion(traditional: TraditionalOptions | false | undefined): string {
  const edition = traditional === false ? 'none' : `${traditional?.variant ?? DEFAULT_SCRIPT_VARIANT}${traditional?.quotes === undefined ? '' : traditional.quotes ? '+quotes' : '-quotes'}`;
  return `${PIPELINE_VERSION}/${edition}`;
}


const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

/** One edition's files, its manifest entry and its warnings: plain data, so it can come from another thread. */
export interface RenderedEdition {
  readonly files: OutputFile[];
  readonly edition: ManifestEdition;
  readonly warnings: PipelineWarning[];
}

/** One edition of the document: its cleaned text, DOCX and PDF, named `<base>.clean.txt|.txt`, `.docx`, `.pdf`. */
async function renderEdition(doc: SpeechDocument, base: string, textName: string, variant?: ScriptVariant): Promise<RenderedEdition> {
  // The DOCX breaks its lines where the PDF does: it takes the PDF's pages rather than typesetting again.
  const printed = new PrintedLines(doc);
  const drawn = await drawPdf(typesetPdf(doc, (page) => printed.add(page)));
  // The PDF's font files are deflating on the thread pool now: the DOCX is made meanwhile, not after waiting.
  const docx = await renderDocx(doc, undefined, printed.blocks());
  const pdf = await drawn.finish();
  const files: OutputFile[] = [
    { name: textName, contentType: TEXT, body: Buffer.from(documentText(doc), 'utf8') },
    { name: `${base}.docx`, contentType: DOCX, body: docx },
    { name: `${base}.pdf`, contentType: PDF, body: pdf.bytes },
  ];
  const edition: ManifestEdition = {
    script: doc.script,
    language: doc.language,
    ...(variant && { variant }),
    files: files.map((f) => f.name),
    pages: pdf.pageCount,
  };
  const warnings = pdf.warnings.map((w) => ({ ...w, message: `${edition.language} edition: ${w.message}` }));
  return { files, edition, warnings };
}

/** The converted-script edition (Traditional, or Simplified for Traditional input): `<stem>.zh-Hant.txt|.docx|.pdf`. */
export async function renderConvertedEdition(document: SpeechDocument, stem: string, traditional: TraditionalOptions): Promise<RenderedEdition> {
  const converted = convertDocumentScript(document, traditional);
  const base = `${stem}.${editionSuffix(converted.script)}`;
  return renderEdition(converted, base, `${base}.txt`, traditional.variant);
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The whole conversion of one transcript into its output files. Pure apart from lazily loaded fonts
 * and converters: the same bytes and options always give the same files.
 */
export async function convert(bytes: Uint8Array, options: ConvertOptions): Promise<ConversionResult> {
  const stem = stemOf(options.sourceName);
  const parsed = parseSpeech(bytes, { sourceName: options.sourceName, maxBytes: options.maxBytes });
  const { document, cleaned, decoded } = parsed;
  const traditional = options.traditional ?? { variant: DEFAULT_SCRIPT_VARIANT };
  // Handed over before the first edition is made, so another thread makes it meanwhile.
  const elsewhere = traditional !== false && options.convertedEditionMaker ? options.convertedEditionMaker(document, stem, traditional) : undefined;
  // Not left unhandled while this thread is busy: it is awaited (and any failure thrown) below.
  elsewhere?.catch(() => undefined);
  const main = await renderEdition(document, stem, `${stem}.clean.txt`);
  const editions = [main];
  if (traditional !== false) editions.push(await (elsewhere ?? renderConvertedEdition(document, stem, traditional)));
  const files = editions.flatMap((e) => e.files);

  const manifest: Manifest = {
    schema: MANIFEST_SCHEMA,
    pipelineVersion: PIPELINE_VERSION,
    source: sourceOf(options.sourceName.split('/').pop() ?? options.sourceName, bytes, decoded, sha256(bytes)),
    script: document.script,
    title: document.title,
    meta: document.meta,
    outline: outlineOf(document),
    leadIns: leadInsOf(document),
    removed: cleaned.report.removed,
    removedFragments: cleaned.report.removedFragments,
    suspected: cleaned.report.suspected,
    repairedCharacters: cleaned.report.repairedCharacters,
    warnings: [...parsed.warnings, ...editions.flatMap((e) => e.warnings)],
    stats: {
      blocks: document.blocks.length,
      paragraphs: document.blocks.filter((b) => b.kind === 'paragraph').length,
      headings: document.blocks.filter((b) => b.kind === 'heading').length,
      hanCharacters: hanCount(documentText(document)),
    },
    editions: editions.map((e) => e.edition),
  };
  files.push({ name: `${stem}.json`, contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8') });
  return { stem, files, manifest };
}

/** `<stem>.error.json` for a rejected input: what the user sees instead of documents. */
export function errorReportFile(stem: string, error: InputRejectedError): OutputFile {
  return { name: `${stem}.error.json`, contentType: JSON_TYPE, body: Buffer.from(JSON.stringify(error.toReport(), null, 2) + '\n', 'utf8') };
}
