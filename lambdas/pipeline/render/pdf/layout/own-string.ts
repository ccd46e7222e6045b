/**
 * A copy of `text` that holds no reference to the string it was cut from.
 *
 * V8 makes a slice of 13 or more characters a view into its parent, and the view keeps the whole parent
 * alive. Our measure and unit caches live for the process and are keyed by words cut out of paragraphs, so
 * one cached 24-character URL kept its 200,000-character paragraph in memory for the rest of the process
 * (a warm Lambda grew ~0.4 MB per such document; review of 635a34e). Concatenating makes a new string that
 * V8 flattens when it is sliced again, so the returned string's parent is the 1-character-longer copy, not
 * the paragraph. Shorter strings are copies already.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
