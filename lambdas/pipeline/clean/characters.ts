import { countRepair, type CleaningReport } from './report';

/**
 * Characters that take no room and print nothing: zero-width spaces and joiners, the soft hyphen, BOM,
 * direction marks and embeddings, invisible operators, the Mongolian vowel separator, the combining
 * grapheme joiner and the Hangul fillers a page uses as blank padding.
 */
export const INVISIBLE_CHARS = '\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff\\u00ad\\u034f\\u180e\\u115f\\u1160\\u3164\\uffa0';
const ZERO_WIDTH_RE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const NBSP_RE = /[\u00a0\u2007\u202f]/g;
/** Typographic spaces (en, em, thin, hair… ) a layout program left: an ordinary space here. */
const UNICODE_SPACE_RE = /[\u1680\u2000-\u2006\u2008-\u200a\u205f]/g;
/** Kangxi radicals and CJK radical supplements that look like ordinary ideographs (⼦ → 子). */
const RADICAL_RE = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;
/** Full-width Latin letters and digits (ＡＢＣ１２３) — GB/T 15835 wants half-width numerals. */
const FULLWIDTH_ALNUM_RE = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;
const TAB_RE = /\t/g;

/**
 * Repairs invisible and look-alike characters on one line. Counts every repair so the manifest can say
 * what changed; nothing here removes visible content.
 */
export function repairCharacters(line: string, report: CleaningReport): string {
  let out = line.replace(ZERO_WIDTH_RE, () => {
    countRepair(report, 'zero-width');
    return '';
  });
  out = out.replace(NBSP_RE, () => {
    countRepair(report, 'nbsp');
    return ' ';
  });
  out = out.replace(UNICODE_SPACE_RE, () => {
    countRepair(report, 'unicode-space');
    return ' ';
  });
  out = out.replace(TAB_RE, ' ');
  out = out.replace(RADICAL_RE, (ch) => {
    const unified = ch.normalize('NFKC');
    if (unified === ch) return ch;
    countRepair(report, 'kangxi-radical');
    return unified;
  });
  out = out.replace(FULLWIDTH_ALNUM_RE, (ch) => {
    countRepair(report, 'fullwidth-alphanumeric');
    return ch.normalize('NFKC');
  });
  return out;
}

/**
 * Characters XML 1.0 forbids or discourages, which no output may hold (a DOCX part with one is refused
 * by Word and LibreOffice): C0 controls but tab and line breaks, DEL and C1 controls, lone surrogates,
 * and the non-characters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane.
 */
const XML_FORBIDDEN_RE = new RegExp(
  `[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]|[\\ud800-\\udfff]|[\\ufdd0-\\ufdef]|${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}|\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('|')}`,
  'gu',
);

function forbiddenKind(ch: string): string {
  const c = ch.codePointAt(0)!;
  if (c < 0xa0) return 'control-character';
  return c >= 0xd800 && c <= 0xdfff ? 'lone-surrogate' : 'noncharacter';
}

/**
 * Drops every character XML 1.0 forbids from the whole text before it is split into lines, so no
 * output (DOCX, PDF, .clean.txt, manifest) ever sees one, and counts them by kind. A form feed or
 * vertical tab (a page or line break of a text export) becomes a space, the rest go.
 */
export function dropXmlForbidden(text: string, report: CleaningReport): string {
  return text.replace(XML_FORBIDDEN_RE, (ch) => {
    countRepair(report, forbiddenKind(ch));
    return ch === '\f' || ch === '\v' ? ' ' : '';
  });
}
