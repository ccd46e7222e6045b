import { headingMarker } from '../text/markers';
import { displayWidth } from '../text/width';
import { charLength, isBlank, type WorkLine } from './lines';
import { startsBlock } from './split';

interface WrapWidth {
  /** Whether a physical line reached the wrap width (so the paragraph goes on below it). */
  readonly isFull: (text: string) => boolean;
}

function modeOf(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, c] of counts) if (c > bestCount || (c === bestCount && v > best)) [best, bestCount] = [v, c];
  return best;
}

interface MeasureFit {
  readonly measure: (text: string) => number;
  readonly threshold: number;
  readonly share: number;
}

/**
 * How well one way of measuring explains the line lengths. An exact wrap (every full line the same
 * length) allows no slack; a PDF export (first lines indented, half-width digits) allows two cells.
 */
function fit(lines: readonly string[], measure: (text: string) => number): MeasureFit {
  const values = lines.map((t) => Math.round(measure(t)));
  const mode = modeOf(values);
  const near = values.filter((v) => Math.abs(v - mode) <= 2);
  const exact = values.filter((v) => v === mode).length;
  const share = values.filter((v) => Math.abs(v - mode) <= 1).length / values.length;
  const slack = exact / Math.max(1, near.length) >= 0.9 ? 0 : 2;
  return { measure, threshold: mode - slack, share: mode >= 10 && mode <= 90 ? share : 0 };
}

/**
 * Detects text hard-wrapped at a fixed width (copied from a PDF or a fixed-width export): many lines of
 * (almost) the same length. Measured both in characters and in grid cells, since PDFs wrap by width.
 */
export function detectWrapWidth(lines: readonly string[]): WrapWidth | null {
  const candidates = lines.filter((t) => charLength(t) >= 8);
  if (candidates.length < 6) return null;
  const fits = [fit(candidates, charLength), fit(candidates, displayWidth)].filter((f) => f.share >= 0.4);
  if (fits.length === 0) return null;
  return { isFull: (text) => fits.some((f) => f.measure(text) >= f.threshold) };
}

/** Two Latin words wrapped apart get their space back; Chinese text joins directly. */
function joiner(a: string, b: string): string {
  return /[A-Za-z]/.test(a.slice(-1)) && /[A-Za-z]/.test(b.charAt(0)) ? ' ' : '';
}

/** A paragraph being rejoined: its physical lines, kept apart until the end so no test rescans it. */
interface Paragraph {
  readonly first: WorkLine;
  readonly parts: string[];
  /** Whether the paragraph starts with a heading marker (decided by its first two lines at most). */
  heading: boolean;
}

const SENTENCE_END = /[。！？!?：:；;”」…]/;

/**
 * Rejoins hard-wrapped paragraphs. A full-width line continues on the next line unless that line
 * starts a heading, lead-in or salutation; across blank lines or removed page furniture it continues
 * only when it stopped mid-sentence. Only the last physical line and the first one are ever tested,
 * so the work stays linear however long a paragraph grows.
 */
export function rewrap(work: readonly WorkLine[], bodyStartLine: number): WorkLine[] {
  const body = work.filter((w) => !isBlank(w) && w.line >= bodyStartLine).map((w) => w.text);
  const wrap = detectWrapWidth(body);
  const out: Paragraph[] = [];
  let gap = false;
  for (const w of work) {
    if (isBlank(w)) {
      gap = true;
      continue;
    }
    const prev = out[out.length - 1];
    const prevLastLine = prev?.parts[prev.parts.length - 1] ?? '';
    const canJoin =
      wrap !== null && prev !== undefined && w.line >= bodyStartLine && wrap.isFull(prevLastLine) && !startsBlock(w.text) &&
      (!gap || (!SENTENCE_END.test(prevLastLine.slice(-1)) && !prev.heading));
    if (canJoin) {
      prev.parts.push(joiner(prevLastLine, w.text), w.text);
      // A marker alone on the first line (一、) becomes a heading once its words are joined to it.
      if (prev.parts.length === 3) prev.heading = headingMarker(prev.parts.join('')) !== null;
    } else out.push({ first: w, parts: [w.text], heading: headingMarker(w.text) !== null });
    gap = false;
  }
  return out.map((p) => ({ ...p.first, text: p.parts.join('') }));
}
