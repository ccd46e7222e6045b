import { Document, Paragraph, TextRun } from 'docx';
import type { SpeechDocument } from '../../model';
import { metadataTitle } from '../metadata-title';
import { docxParts } from './adapters/docx-parts';
import { blocksToParagraphs } from './blocks';
import { bodyXml, type BodyParagraph } from './body-xml';
import { fontTableXml } from './font-table';
import { finalizePackage } from './package';
import { PackageFrame, type SpeechProperties } from './package-frame';
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
  const paragraphs = blocksToParagraphs(doc.blocks, profile, printed);
  const properties = speechProperties(doc);
  // Only the body and the document properties change with the speech: the rest of the package is the profile's
  // frame, written by docx once; the body is written directly (body-xml.ts). Should docx's parts not have the shape
  // the frame needs, docx writes the whole package, reusing its formatting of what the profile alone decides.
  const frame = await frameFor(profile);
  const parts = frame ? frame.partsFor(properties, bodyXml(paragraphs)) : await docxParts(docxDocument(properties, profile, paragraphs), profile);
  return finalizePackage(parts, { 'word/fontTable.xml': fontTableXml(profile) });
}

const frames = new WeakMap<DocxProfile, Promise<PackageFrame | undefined>>();

/** The profile's package frame, made once per process and profile. */
function frameFor(profile: DocxProfile): Promise<PackageFrame | undefined> {
  let frame = frames.get(profile);
  // A frame docx failed to make is no frame: each document then goes through docx and meets the error itself.
  if (frame === undefined) frames.set(profile, (frame = PackageFrame.of(docxDocument(PackageFrame.properties, profile, []), profile).catch(() => undefined)));
  return frame;
}

/** Title, subject and creator of the speech's DOCX. */
export function speechProperties(doc: SpeechDocument): SpeechProperties {
  return {
    title: metadataTitle(doc),
    subject: doc.meta.subtitle ? stripDash(doc.meta.subtitle) : undefined,
    creator: doc.meta.speaker ?? 'speech-press',
  };
}

/** docx's paragraph for a body paragraph (the body renderDocx writes itself is what docx writes for these). */
export const docxParagraph = (p: BodyParagraph): Paragraph => new Paragraph({ ...p, children: p.children.map((run) => new TextRun(run)) });

/** docx's Document for a speech's properties and paragraphs (what renderDocx's package holds). */
export function docxDocument(properties: SpeechProperties, profile: DocxProfile, paragraphs: readonly BodyParagraph[]): Document {
  return new Document({
    ...properties,
    lastModifiedBy: 'speech-press',
    revision: 1,
    evenAndOddHeaderAndFooters: true,
    styles: buildStyles(profile),
    sections: [pageSection(paragraphs.map(docxParagraph))],
  });
}
