import type { BodyParagraph, BodyRun } from './body-xml';
import { blockText, type Block, type BlockKind, type Run } from '../../model';
import { CHARACTER_SPACING, LINE_PITCH, SIZE_TITLE, charactersPerLine } from './geometry';
import { trackingAt, type LineTracking, type PrintedBlock } from './printed-lines';
import { sharedPunctuationIn, type SharedPunctuation } from './shared-punctuation';
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

/** Where the title's lines start: as the PDF set them, or (without a layout) as the shared balancer breaks them. */
function titleBreaks(text: string, printed: PrintedBlock | undefined): number[] {
  if (printed) return [...printed.breaks];
  const breaks: number[] = [];
  let at = 0;
  for (const line of balanceTitleLines(text, charactersPerLine(SIZE_TITLE)).slice(0, -1)) breaks.push((at += line.length));
  return breaks;
}

function titleParagraph(block: Block, face: string, blankLineFollows: boolean, printed: PrintedBlock | undefined): BodyParagraph {
  const text = blockText(block);
  const breaks = new Set(titleBreaks(text, printed));
  return {
    style: STYLE.title,
    spacing: {
      line: TITLE_LINE,
      lineRule: 'exact',
      before: 0,
      after: spaceAfter((breaks.size + 1) * TITLE_LINE, blankLineFollows),
    },
    children: textRuns(text, {}, face, { from: 0, breaks, tracking: printed?.tracking }),
  };
}

/** Subtitle, speaker and date lines: centred, broken where the PDF balanced them. */
function metaParagraph(block: Block, style: string, face: string, blankLineFollows: boolean, printed: PrintedBlock | undefined): BodyParagraph {
  return {
    style,
    spacing: blankLineFollows ? { after: LINE_PITCH } : undefined,
    children: textRuns(blockText(block), {}, face, { from: 0, breaks: new Set(printed?.breaks ?? []), tracking: printed?.tracking }),
  };
}

interface RunProps {
  readonly style?: string;
  readonly bold?: boolean;
}

/** Where a run sits in its block's text, and what of the PDF's line setting it carries. */
interface Placement {
  /** Offset of the run's first character in `blockText(block)`. */
  readonly from: number;
  /** Offsets at which a manual line break goes (centred lines, headings broken by meaning). */
  readonly breaks?: ReadonlySet<number>;
  /** Points added to the advance of the characters of the PDF's squeezed and spread lines (printed-lines.ts). */
  readonly tracking?: readonly LineTracking[];
}

/**
 * Tracking (w:spacing, twips) for a character the PDF set `points` wider or narrower than its cell. Rounded
 * down, so a line in Word or LibreOffice never comes out wider than the PDF's and pushes a character over.
 */
const spacingFor = (points: number | undefined): number | undefined =>
  points === undefined ? undefined : CHARACTER_SPACING + Math.floor(points * 20);

interface Piece {
  text: string;
  spacing: number | undefined;
  shared: SharedPunctuation;
  lineBreak: boolean;
}

/**
 * Splits a run's text where the face slot (shared punctuation), the tracking or a manual line break changes.
 * Walks the text by code point and slices each piece once: a paragraph can be a million characters, and a
 * string per character, then a piece grown by one character at a time, held ~100 bytes per character.
 */
function piecesOf(text: string, place: Placement): Piece[] {
  const pieces: Piece[] = [];
  let open: Piece | undefined;
  let start = 0;
  for (let i = 0; i < text.length; ) {
    const offset = place.from + i;
    const spacing = spacingFor(place.tracking && trackingAt(place.tracking, offset));
    const shared = sharedPunctuationIn(text, i);
    const lineBreak = place.breaks?.has(offset) === true;
    if (!open || lineBreak || open.spacing !== spacing || open.shared !== shared) {
      if (open) open.text = text.slice(start, i);
      pieces.push((open = { text: '', spacing, shared, lineBreak }));
      start = i;
    }
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  if (open) open.text = text.slice(start);
  return pieces;
}

function textRuns(text: string, props: RunProps, face: string, place: Placement = { from: 0 }): BodyRun[] {
  return piecesOf(text, place).map(
    ({ text: part, spacing, shared, lineBreak }): BodyRun => ({
        ...props,
        ...(lineBreak && { break: 1 }),
        text: part,
        ...(spacing !== undefined && { characterSpacing: spacing }),
        ...(shared === 'hint' && { font: { hint: 'eastAsia' } }),
        ...(shared === 'face' && { font: { ascii: face, hAnsi: face, eastAsia: face, hint: 'eastAsia' } }),
      }),
  );
}

/** Each run of a justified block with its place in the block's text and the PDF's setting of its characters. */
function placedRuns(block: Block, printed: PrintedBlock | undefined, runsOf: (run: Run, place: Placement) => BodyRun[]): BodyRun[] {
  let from = 0;
  const breaks = printed && printed.wordBreaks.size > 0 ? new Set([...printed.raggedBreaks, ...printed.wordBreaks]) : printed?.raggedBreaks;
  return block.runs.flatMap((run) => {
    const place = { from, breaks, tracking: printed?.tracking };
    from += run.text.length;
    return runsOf(run, place);
  });
}

/** A paragraph the PDF broke by meaning rather than by the measure is set ragged, as in the PDF. */
const raggedIf = (printed: PrintedBlock | undefined): Pick<BodyParagraph, 'alignment'> => (printed && printed.raggedBreaks.size > 0 ? { alignment: 'left' } : {});

/**
 * Lead-ins carry bold directly as well as through their character style: readers that ignore
 * character styles (mammoth, many converters and mail previews) would otherwise lose it.
 */
const bodyRuns = (run: Run, face: string, place: Placement): BodyRun[] =>
  run.role === 'lead-in' ? textRuns(run.text, { style: STYLE.leadIn, bold: true }, face, place) : textRuns(run.text, {}, face, place);

/**
 * Heading sentences take the paragraph style's face; the rest of a run-in heading goes back to body text.
 * A standalone heading keeps with the next paragraph (its style says so). A run-in heading is a whole
 * paragraph of text: keeping it with the next one would move all of it, so like the PDF it only keeps its
 * first line with its second (orphan control; Word and LibreOffice tie widow control to it, so it is left off
 * where the PDF leaves the paragraph's last line alone at the top of a page).
 */
function headingParagraph(block: Block, profile: DocxProfile, printed: PrintedBlock | undefined): BodyParagraph {
  const level = block.level ?? 1;
  const headingFace = profile.fonts[headingLook[level].role].name;
  const body = profile.fonts.body.name;
  const runIn = block.runs.some((run) => run.role === 'text');
  return {
    style: STYLE.heading[level],
    ...(runIn && { keepNext: false, widowControl: printed?.lastLineOpensPage !== true }),
    ...raggedIf(printed),
    children: placedRuns(block, printed, (run, place) =>
      run.role === 'heading' ? textRuns(run.text, {}, headingFace, place)
      : run.role === 'lead-in' ? bodyRuns(run, body, place)
      : textRuns(run.text, { style: STYLE.runInBody }, body, place),
    ),
  };
}

/**
 * Maps the model's blocks to Word paragraphs, in order, one paragraph per block. With the PDF's lines
 * (`printed`, from printed-lines.ts) each paragraph carries what makes Word and LibreOffice break it where
 * the PDF does: the PDF's punctuation compression and line spreading as character tracking, and manual
 * breaks where the PDF broke a centred or heading line by meaning. See docs/docx.md.
 */
export function blocksToParagraphs(blocks: readonly Block[], profile: DocxProfile, printed: readonly (PrintedBlock | undefined)[] = []): BodyParagraph[] {
  const face = (role: FontRole) => profile.fonts[role].name;
  return blocks.map((block, i): BodyParagraph => {
    const next = blocks[i + 1];
    const blankLineFollows = FRONT_MATTER.has(block.kind) && next !== undefined && !FRONT_MATTER.has(next.kind);
    const layout = printed[i];
    switch (block.kind) {
      case 'title':
        return titleParagraph(block, face('title'), blankLineFollows, layout);
      case 'subtitle':
        return metaParagraph(block, STYLE.subtitle, face('kaiti'), blankLineFollows, layout);
      case 'speaker':
      case 'date':
        return metaParagraph(block, STYLE.byline, face('kaiti'), blankLineFollows, layout);
      case 'salutation':
        return { style: STYLE.salutation, ...raggedIf(layout), children: placedRuns(block, layout, (r, place) => bodyRuns(r, face('body'), place)) };
      case 'heading':
        return headingParagraph(block, profile, layout);
      case 'paragraph':
        return { ...raggedIf(layout), children: placedRuns(block, layout, (r, place) => bodyRuns(r, face('body'), place)) };
    }
  });
}
