import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import {
  CHARACTER_SPACING,
  LINE_PITCH,
  SIZE_BODY,
  SIZE_PAGE_NUMBER,
  SIZE_TITLE,
  oneCharacter,
} from './geometry';
import type { DocxProfile, FontRole } from './profiles';

/** Style ids the block mapping refers to. Heading ids are Word's built-in ones, so Word treats them as headings. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  byline: 'Byline',
  salutation: 'Salutation',
  heading: { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3', 4: 'Heading4' },
  footer: 'Footer',
  /** Character style: the body text that follows a run-in heading sentence. */
  runInBody: 'RunInBody',
  /** Character style: 一是…。 lead-in sentences. */
  leadIn: 'LeadIn',
} as const;

/** East-Asian text in the role's face, digits and Latin letters in the Latin face. */
function fontsFor(profile: DocxProfile, role: FontRole, latinRole: FontRole = 'latin') {
  const latin = profile.fonts[latinRole].name;
  // hint: quotes, dashes and ellipses are shared code points; without it Word sets them in the Latin face.
  return { eastAsia: profile.fonts[role].name, ascii: latin, hAnsi: latin, cs: latin, hint: 'eastAsia' };
}

const exactLines = (count = 1) => ({ line: LINE_PITCH * count, lineRule: LineRuleType.EXACT, before: 0, after: 0 });
const noIndent = { firstLine: 0, firstLineChars: 0 };
const black = '000000';

function centredStyle(id: string, name: string, profile: DocxProfile): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fontsFor(profile, 'kaiti'), size: SIZE_BODY, bold: false },
    paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
  };
}

export const headingLook: Record<1 | 2 | 3 | 4, { role: FontRole; bold: boolean }> = {
  1: { role: 'heiti', bold: false },
  2: { role: 'kaiti', bold: false },
  3: { role: 'body', bold: true },
  4: { role: 'body', bold: false },
};

function headingStyle(level: 1 | 2 | 3 | 4, profile: DocxProfile): IParagraphStyleOptions {
  const look = headingLook[level];
  return {
    id: STYLE.heading[level],
    // Word's own built-in name, so Word and WPS list it as a heading in the navigation pane.
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: fontsFor(profile, look.role), size: SIZE_BODY, bold: look.bold, italics: false, color: black },
    // Keep-with-next, as the PDF does: a heading never ends a page (standalone headings; blocks.ts takes it
    // off run-in headings, whose body text follows in the same paragraph).
    paragraph: { outlineLevel: level - 1, spacing: exactLines(), keepNext: true },
  };
}

/**
 * The document's styles. Body font, size, tracking, exact line pitch and 2-character indent sit on
 * Normal itself (LibreOffice sizes East-Asian layout from Normal, not from the document defaults),
 * and everything else is based on Normal, so editing Normal in Word restyles the whole speech.
 */
export function buildStyles(profile: DocxProfile): IStylesOptions {
  const language = { value: 'en-US', eastAsia: profile.language };
  const bodyRun = {
    font: fontsFor(profile, 'body'),
    size: SIZE_BODY,
    sizeComplexScript: SIZE_BODY,
    characterSpacing: CHARACTER_SPACING,
    language,
    color: black,
  };
  const bodyParagraph = {
    alignment: AlignmentType.JUSTIFIED,
    spacing: exactLines(),
    indent: { firstLineChars: 200, firstLine: 2 * oneCharacter(SIZE_BODY) },
    // A widow or orphan line would leave a page short of 22 lines; GB/T pages are always full (the PDF too).
    widowControl: false,
    // Written explicitly because LibreOffice's DOCX import reads it inverted: with it, LibreOffice does not
    // hang a mark past the margin (where its PDF export drops the mark); without it, LibreOffice hangs.
    // Word's own default is this same value, so Word is unchanged. See docs/docx.md.
    overflowPunctuation: true,
  };
  return {
    default: { document: { run: bodyRun, paragraph: bodyParagraph } },
    paragraphStyles: [
      { id: 'Normal', name: 'Normal', quickFormat: true, run: bodyRun, paragraph: bodyParagraph },
      {
        id: STYLE.title,
        name: 'Title',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: fontsFor(profile, 'title'), size: SIZE_TITLE, bold: profile.titleBold, color: black },
        paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true, keepLines: true },
      },
      centredStyle(STYLE.subtitle, 'Subtitle', profile),
      centredStyle(STYLE.byline, 'Byline', profile),
      {
        id: STYLE.salutation,
        name: 'Salutation',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.LEFT, indent: noIndent },
      },
      headingStyle(1, profile),
      headingStyle(2, profile),
      headingStyle(3, profile),
      headingStyle(4, profile),
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        // GB/T 9704 7.5 wants the page number's half-width digits in 宋体 too, not the body's Latin face.
        run: { font: fontsFor(profile, 'songti', 'songti'), size: SIZE_PAGE_NUMBER },
        paragraph: { indent: noIndent, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    ],
    characterStyles: [
      {
        id: STYLE.runInBody,
        name: 'Run-in Body Text',
        run: { font: fontsFor(profile, 'body'), bold: false },
      },
      { id: STYLE.leadIn, name: 'Lead-in', run: { bold: true } },
    ],
  };
}
