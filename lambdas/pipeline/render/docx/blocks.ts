import { LineRuleType, Paragraph, TextRun } from 'docx';
import { blockText, type Block, type BlockKind, type Run } from '../../model';
import { LINE_PITCH, SIZE_TITLE, charactersPerLine } from './geometry';
import { STYLE } from './styles';
import { balanceTitleLines } from './title-lines';

/** Title lines sit 1.5 body lines apart, so a 22 pt line has air above and below it. */
export const TITLE_LINE = Math.round(LINE_PITCH * 1.5);

const FRONT_MATTER: ReadonlySet<BlockKind> = new Set(['title', 'subtitle', 'speaker', 'date']);

/**
 * Space after a front-matter block so the next block starts on a body line of the 22-line grid,
 * plus one empty line (标题下空一行) after the last front-matter block.
 */
function spaceAfter(height: number, blankLineFollows: boolean): number {
  const rows = Math.ceil(height / LINE_PITCH - 0.01) + (blankLineFollows ? 1 : 0);
  return rows * LINE_PITCH - height;
}

function titleParagraph(block: Block, blankLineFollows: boolean): Paragraph {
  const lines = balanceTitleLines(blockText(block), charactersPerLine(SIZE_TITLE));
  return new Paragraph({
    style: STYLE.title,
    spacing: {
      line: TITLE_LINE,
      lineRule: LineRuleType.EXACT,
      before: 0,
      after: spaceAfter(lines.length * TITLE_LINE, blankLineFollows),
    },
    children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined })),
  });
}

function metaParagraph(block: Block, style: string, blankLineFollows: boolean): Paragraph {
  return new Paragraph({
    style,
    spacing: blankLineFollows ? { after: LINE_PITCH } : undefined,
    children: [new TextRun(blockText(block))],
  });
}

/**
 * Lead-ins carry bold directly as well as through their character style: readers that ignore
 * character styles (mammoth, many converters and mail previews) would otherwise lose it.
 */
const leadInRun = (run: Run): TextRun => new TextRun({ text: run.text, style: STYLE.leadIn, bold: true });

/** Heading sentences take the paragraph style's face; the rest of a run-in heading goes back to body text. */
function headingRun(run: Run): TextRun {
  if (run.role === 'heading') return new TextRun(run.text);
  if (run.role === 'lead-in') return leadInRun(run);
  return new TextRun({ text: run.text, style: STYLE.runInBody });
}

const bodyRun = (run: Run): TextRun => (run.role === 'lead-in' ? leadInRun(run) : new TextRun(run.text));

function headingParagraph(block: Block): Paragraph {
  const level = block.level ?? 1;
  const standalone = block.runs.every((r) => r.role === 'heading');
  return new Paragraph({
    style: STYLE.heading[level],
    keepNext: standalone || undefined,
    children: block.runs.map(headingRun),
  });
}

/** Maps the model's blocks to Word paragraphs, in order, one paragraph per block. */
export function blocksToParagraphs(blocks: readonly Block[]): Paragraph[] {
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    const blankLineFollows = FRONT_MATTER.has(block.kind) && next !== undefined && !FRONT_MATTER.has(next.kind);
    switch (block.kind) {
      case 'title':
        return titleParagraph(block, blankLineFollows);
      case 'subtitle':
        return metaParagraph(block, STYLE.subtitle, blankLineFollows);
      case 'speaker':
      case 'date':
        return metaParagraph(block, STYLE.byline, blankLineFollows);
      case 'salutation':
        return new Paragraph({ style: STYLE.salutation, children: block.runs.map(bodyRun) });
      case 'heading':
        return headingParagraph(block);
      case 'paragraph':
        return new Paragraph({ children: block.runs.map(bodyRun) });
    }
  });
}
