/**
 * Sets of code points stored as sorted, inclusive ranges flattened into one array
 * ([from₀, to₀, from₁, to₁, …]): the characters a full face has beyond its cut (cut/coverage.json).
 */

/** Sorted unique code points → flattened inclusive ranges. */
export function toRanges(codePoints: Iterable<number>): number[] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const cp of sorted) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  }
  return ranges;
}

/** Whether `codePoint` lies in one of the flattened ranges (binary search). */
export function rangesHave(ranges: readonly number[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (codePoint < ranges[2 * mid]!) high = mid - 1;
    else if (codePoint > ranges[2 * mid + 1]!) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Flattened ranges as text, a third the size of their JSON: per range the gap since the previous one
 * and its length, both in base 36 (`"4e00,2s,…"`).
 */
export function encodeRanges(ranges: readonly number[]): string {
  const parts: string[] = [];
  let previous = -1;
  for (let i = 0; i < ranges.length; i += 2) {
    parts.push((ranges[i]! - previous - 1).toString(36), (ranges[i + 1]! - ranges[i]!).toString(36));
    previous = ranges[i + 1]!;
  }
  return parts.join(',');
}

export function decodeRanges(text: string): number[] {
  if (text === '') return [];
  const parts = text.split(',').map((part) => parseInt(part, 36));
  const ranges: number[] = [];
  let previous = -1;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const from = previous + 1 + parts[i]!;
    previous = from + parts[i + 1]!;
    ranges.push(from, previous);
  }
  return ranges;
}
