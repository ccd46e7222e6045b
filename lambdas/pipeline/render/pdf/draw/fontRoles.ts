import type { FontRole } from '../fonts';
import type { TextStyle } from '../layout/styles';

/**
 * Which font role draws each text style (GB/T 9704: title 小标宋, body 仿宋, 一、 黑体, （一） 楷体,
 * 1. bold 仿宋, （1） 仿宋; lead-ins bold; subtitle, speaker and date 楷体 as in the DOCX edition).
 */
const ROLE: Readonly<Record<TextStyle, FontRole>> = {
  title: 'title',
  subtitle: 'meta',
  meta: 'meta',
  body: 'body',
  'lead-in': 'bodyBold',
  heading1: 'heading1',
  heading2: 'heading2',
  heading3: 'bodyBold',
  heading4: 'body',
};

export const roleOf = (style: TextStyle): FontRole => ROLE[style];

/** Latin letters, digits and their punctuation (what the layout keeps at its own width). */
const LATIN_CHAR = /^[\x20-\x7e\u00a0-\u024f]$/u;

/**
 * Latin and digits of these styles are drawn in the Latin serif (bold where the style is bold); 黑体 headings
 * keep their sans face's Latin, the title its bold serif's.
 */
const LATIN_ROLE: Readonly<Partial<Record<TextStyle, FontRole>>> = {
  subtitle: 'latin',
  meta: 'latin',
  body: 'latin',
  'lead-in': 'latinBold',
  heading2: 'latin',
  heading3: 'latinBold',
  heading4: 'latin',
};

/** The role that draws `char` in `style`. */
export const roleOfChar = (style: TextStyle, char: string): FontRole =>
  (LATIN_CHAR.test(char) ? LATIN_ROLE[style] : undefined) ?? ROLE[style];
