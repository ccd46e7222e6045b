/**
 * The typed document model passed between pipeline stages:
 * decode → clean → structure → (convert script) → render.
 *
 * A SpeechDocument is pure data (no methods, JSON-serialisable) so every stage can be
 * tested alone and the renderers never re-parse text.
 */

/** ISO 15924 script of the document text. */
export type Script = 'Hans' | 'Hant';

/** BCP 47 language tag the renderers declare (DOCX w:lang, PDF /Lang). */
export type Language = 'zh-CN' | 'zh-TW' | 'zh-HK';

/** Heading levels of GB/T 9704: 一、 （一） 1. （1） */
export type HeadingLevel = 1 | 2 | 3 | 4;

/**
 * What a run of text is, so renderers can choose its font:
 * - `text`: ordinary body text;
 * - `heading`: the heading sentence of a heading block (for a run-in heading only the
 *   sentence up to and including the first 。 is `heading`; the rest is `text`);
 * - `lead-in`: a lead-in sentence (一是…。 二要…。 第一，… 首先，…) set in bold.
 */
export type RunRole = 'text' | 'heading' | 'lead-in';

export interface Run {
  readonly text: string;
  readonly role: RunRole;
}

/**
 * - `title`: the document title, one block, text joined (renderers balance its lines);
 * - `subtitle`: ——在…上的讲话;
 * - `speaker`, `date`: centred meta lines under the title;
 * - `salutation`: 同志们： etc., flush left;
 * - `heading`: levels 1–4, possibly run-in (heading run followed by a text run);
 * - `paragraph`: body text, possibly starting with a lead-in run.
 */
export type BlockKind = 'title' | 'subtitle' | 'speaker' | 'date' | 'salutation' | 'heading' | 'paragraph';

export interface Block {
  readonly kind: BlockKind;
  /** Only for `heading`. */
  readonly level?: HeadingLevel;
  /** Non-empty; concatenated run texts are the block's text. */
  readonly runs: readonly Run[];
  /** 1-based line in the decoded text where the block starts (for reports). */
  readonly line: number;
}

export interface DocumentMeta {
  readonly subtitle?: string;
  readonly speaker?: string;
  readonly date?: string;
}

export interface SpeechDocument {
  readonly script: Script;
  readonly language: Language;
  readonly title: string | null;
  readonly meta: DocumentMeta;
  readonly blocks: readonly Block[];
}

/** The whole text of a block. */
export function blockText(block: Block): string {
  return block.runs.map((r) => r.text).join('');
}

/** Cleaned text: one block per line — exactly the text every rendered edition must contain. */
export function documentText(doc: SpeechDocument): string {
  return doc.blocks.map(blockText).join('\n') + '\n';
}
