import type { PDFDocument } from 'pdf-lib';
import type { SpeechDocument } from '../../../model';
import { metadataTitle } from '../../metadata-title';

/**
 * A fixed timestamp for CreationDate/ModDate: the same input must give byte-identical PDFs, and the
 * document's own date is text, not a reliable timestamp.
 */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));
export const PRODUCER = 'speech-press (pdf-lib)';

/** Document info and catalog language. pdf-lib's own defaults (current time, random-free but "pdf-lib" producer) are replaced. */
export function writeMetadata(pdf: PDFDocument, doc: SpeechDocument): void {
  // With no title none is set (and no DisplayDocTitle): viewers then show the file's name.
  const title = metadataTitle(doc);
  if (title !== undefined) pdf.setTitle(title, { showInWindowTitleBar: true });
  if (doc.meta.subtitle) pdf.setSubject(doc.meta.subtitle.replace(/^[—―\s]+/u, ''));
  if (doc.meta.speaker) pdf.setAuthor(doc.meta.speaker);
  pdf.setProducer(PRODUCER);
  pdf.setCreator('speech-press');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  pdf.setLanguage(doc.language);
}
