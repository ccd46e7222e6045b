import { LineRuleType, Paragraph, TextRun } from 'docx';
import { blockText, type Block, type BlockKind, type Run } from '../../model';
import { LINE_PITCH, SIZE_TITLE, charactersPerLine } from './geometry';
import type { DocxProfile, FontRole } from './profiles';
import { STYLE, headingLook } from './styles';
import { balanceTitleLines } from '../title-lines';

/** Title lines sit one body line apart, as in the PDF (a 22 pt line in a 28.95 pt slot). */
export const TITLE_LINE = LINE_PITCH;

const FRONT_MATTER: ReadonlySet<BlockKind> = new Set(['title', 'subtitle', 'speaker', 'date']);

/**
 * Space after a front-matter block so the next block starts on a body line of the 22-line grid,
 * plus one empty line (标题下空一行) after the last front-matter block.
 */
function spaceAfter(height: number, blankLineFollows: boolean): number {
  const rows = Math.ceil(height / LINE_PITCH - 0.01) + (blankLineFollows ? 1 : 0);
  return rows * LINE_PITCH - height;
}

function titleParagraph(block: Block, face: string, blankLineFollows: boolean): Paragraph {
  const lines = balanceTitleLines(blockText(block), charactersPerLine(SIZE_TITLE));
  return new Paragraph({
    style: STYLE.title,
    spacing: {
      line: TITLE_LINE,
      lineRule: LineRuleType.EXACT,
      before: 0,
      after: spaceAfter(lines.length * TITLE_LINE, blankLineFollows),
    },
    children: lines.flatMap((text, i) => [
      ...(i > 0 ? [new TextRun({ break: 1 })] : []),
      ...textRuns(text, {}, face),
    ]),
  });
}

function metaParagraph(block: Block, style: string, face: string, blankLineFollows: boolean): Paragraph {
  return new Paragraph({
    style,
    spacing: blankLineFollows ? { after: LINE_PITCH } : undefined,
    children: textRuns(blockText(block), {}, face),
  });
}

/**
 * Quotes, dashes, ellipses and the middle dot are code points Chinese and Latin text share. Word sets
 * them in the East-Asian face because the styles carry w:hint="eastAsia"; LibreOffice ignores the hint
 * and draws them half-width from the Latin face (a “ at a line start then hangs into the margin).
 * Runs of them therefore name the East-Asian face in every slot.
 */
const SHARED_PUNCTUATION = /([“”‘’—…·]+)/;

interface RunProps {
  readonly style?: string;
  readonly bold?: boolean;
}

function textRuns(text: string, props: RunProps, face: string): TextRun[] {
  return text
    .split(SHARED_PUNCTUATION)
    .filter((part) => part !== '')
    .map((part) =>
      SHARED_PUNCTUATION.test(part)
        ? new TextRun({ ...props, text: part, font: { ascii: face, hAnsi: face, eastAsia: face, hint: 'eastAsia' } })
        : new TextRun({ ...props, text: part }),
    );
}

/**
 * Lead-ins carry bold directly as well as through their character style: readers that ignore
 * character styles (mammoth, many converters and mail previews) would otherwise lose it.
 */
const bodyRuns = (run: Run, face: string): TextRun[] =>
  run.role === 'lead-in' ? textRuns(run.text, { style: STYLE.leadIn, bold: true }, face) : textRuns(run.text, {}, face);

/**
 * Heading sentences take the paragraph style's face; the rest of a run-in heading goes back to body text.
 * A standalone heading keeps with the next paragraph (its style says so). A run-in heading is a whole
 * paragraph of text: keeping it with the next one would move all of it, so like the PDF it only keeps its
 * first line with its second (orphan control; LibreOffice and Word tie widow control to it).
 */
function headingParagraph(block: Block, profile: DocxProfile): Paragraph {
  const level = block.level ?? 1;
  const headingFace = profile.fonts[headingLook[level].role].name;
  const body = profile.fonts.body.name;
  const runIn = block.runs.some((run) => run.role === 'text');
  return new Paragraph({
    style: STYLE.heading[level],
    ...(runIn && { keepNext: false, widowControl: true }),
    children: block.runs.flatMap((run) =>
      run.role === 'heading' ? textRuns(run.text, {}, headingFace)
      : run.role === 'lead-in' ? bodyRuns(run, body)
      : textRuns(run.text, { style: STYLE.runInBody }, body),
    ),
  });
}

/** Maps the model's blocks to Word paragraphs, in order, one paragraph per block. */
export function blocksToParagraphs(blocks: readonly Block[], profile: DocxProfile): Paragraph[] {
  const face = (role: FontRole) => profile.fonts[role].name;
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    const blankLineFollows = FRONT_MATTER.has(block.kind) && next !== undefined && !FRONT_MATTER.has(next.kind);
    switch (block.kind) {
      case 'title':
        return titleParagraph(block, face('title'), blankLineFollows);
      case 'subtitle':
        return metaParagraph(block, STYLE.subtitle, face('kaiti'), blankLineFollows);
      case 'speaker':
      case 'date':
        return metaParagraph(block, STYLE.byline, face('kaiti'), blankLineFollows);
      case 'salutation':
        return new Paragraph({ style: STYLE.salutation, children: block.runs.flatMap((r) => bodyRuns(r, face('body'))) });
      case 'heading':
        return headingParagraph(block, profile);
      case 'paragraph':
        return new Paragraph({ children: block.runs.flatMap((r) => bodyRuns(r, face('body'))) });
    }
  });
}
