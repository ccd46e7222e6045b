import { Document } from 'docx';
import type { SpeechDocument } from '../../model';
import { docxParts } from './adapters/docx-parts';
import { blocksToParagraphs } from './blocks';
import { fontTableXml } from './font-table';
import { finalizePackage } from './package';
import { printedBlocks, type PrintedBlock } from './printed-lines';
import { defaultProfileFor, type DocxProfile } from './profiles';
import { pageSection } from './section';
import { buildStyles } from './styles';

export { SIMPLIFIED_PROFILE, TRADITIONAL_PROFILE, HONG_KONG_PROFILE, defaultProfileFor } from './profiles';
export type { DocxProfile, FontRole, FontSpec } from './profiles';
export { DocxPackageError, FIXED_TIMESTAMP } from './package';
export { PrintedLines, type PrintedBlock } from './printed-lines';

const stripDash = (text: string): string => text.replace(/^[—–-]+\s*/, '');

/**
 * Renders a speech as an editable Word document laid out per GB/T 9704-2012 (A4, 22 × 28, 仿宋 body,
 * styled heading levels, `— n —` odd-right/even-left page numbers). The profile picks font names and
 * the declared language; by default it follows `doc.language`. Same input → byte-identical output.
 * `printed` is the PDF's lines of each block (PrintedLines, collected while the PDF renders); without it the
 * document is typeset here.
 */
export async function renderDocx(
  doc: SpeechDocument,
  profile: DocxProfile = defaultProfileFor(doc.language),
  printed: readonly (PrintedBlock | undefined)[] = printedBlocks(doc),
): Promise<Uint8Array> {
  const document = docxDocument(doc, profile, printed);
  // Everything but the body and the document properties comes from the profile alone (the styles from
  // buildStyles, the footers from pageSection, the rest docx's defaults for these options), so documents of one
  // profile share their formatting: the profile is docxParts' constantPartsKey.
  return finalizePackage(await docxParts(document, profile), { 'word/fontTable.xml': fontTableXml(profile) });
}

/** docx's Document for the speech (what renderDocx packages). */
export function docxDocument(doc: SpeechDocument, profile: DocxProfile, printed: readonly (PrintedBlock | undefined)[]): Document {
  const title = doc.title ?? doc.blocks.find((b) => b.kind === 'title')?.runs.map((r) => r.text).join('');
  return new Document({
    title: title ?? undefined,
    subject: doc.meta.subtitle ? stripDash(doc.meta.subtitle) : undefined,
    creator: doc.meta.speaker ?? 'speech-press',
    lastModifiedBy: 'speech-press',
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(profile),
    sections: [pageSection(blocksToParagraphs(doc.blocks, profile, printed))],
  });
}
