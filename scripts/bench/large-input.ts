/**
 * Large transcripts for memory measurements, made from a real one's body: its prose lines (30 characters or
 * more, so page chrome stays out) repeated up to a byte size, either as paragraphs one per line under the
 * transcript's first line as title, or all run together as one line (a page copied without its line breaks).
 * The one line leaves out the lines that start with a heading number: cleaning splits a line at a heading,
 * and the worst case is one paragraph of the whole size.
 */
export type LargeShape = 'lines' | 'paragraphs';

export const LARGE_SHAPES: readonly LargeShape[] = ['lines', 'paragraphs'];

const HEADING_NUMBER = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.．、]|（[0-9]+）)/u;

/** UTF-8 bytes of `shape` made from `transcript`'s body, at most `size` bytes (cut at a character boundary). */
export function largeTranscript(transcript: string, shape: LargeShape, size: number): Buffer {
  const lines = transcript.replace(/^\uFEFF/u, '').split(/\r?\n/u).map((line) => line.trim());
  const body = lines.filter((line) => [...line].length >= 30 && (shape === 'paragraphs' || !HEADING_NUMBER.test(line)));
  if (body.length === 0) throw new Error('the transcript has no line of 30 characters or more to repeat');
  const head = shape === 'paragraphs' ? `${lines.find((line) => line.length > 0)}\n\n` : '';
  const separator = shape === 'paragraphs' ? '\n\n' : '';
  const parts: string[] = [head];
  let bytes = Buffer.byteLength(head);
  for (let i = 0; bytes < size; i += 1) {
    const part = body[i % body.length]! + separator;
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  const buffer = Buffer.from(parts.join(''), 'utf8');
  let end = Math.min(size, buffer.length);
  while (end > 0 && (buffer[end]! & 0xc0) === 0x80) end -= 1; // not inside a character
  return buffer.subarray(0, end);
}
