import { createHash } from 'node:crypto';

/**
 * The six-capital-letter tag PDF requires before the name of a subset font (ISO 32000-1 §9.6.4),
 * so tools like pdffonts see it as subset. Derived from the face and the characters, not random:
 * the same document gives byte-identical PDFs, while different subsets get different tags.
 */
export function subsetTag(postscriptName: string, characters: string): string {
  const digest = createHash('sha256').update(`${postscriptName}\u0000${characters}`, 'utf8').digest();
  let tag = '';
  for (let i = 0; i < 6; i++) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}

export function subsetFontName(postscriptName: string, characters: string): string {
  return `${subsetTag(postscriptName, characters)}+${postscriptName}`;
}
