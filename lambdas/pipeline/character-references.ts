/**
 * HTML character references a scraped page leaves in its text (`&nbsp;` `&#8220;` `&#x4E2D;`). They
 * stand for real characters, so they are decoded — before anything looks at the characters, so that
 * `&#1;` counts as the control character it is and `&#65535;` is seen as the non-character it is.
 */

const NAMED: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’',
  hellip: '…', mdash: '—', ndash: '–', middot: '·', times: '×',
};

/**
 * References 128–159 name the windows-1252 characters pages mean by them (`&#147;` is “), as the HTML
 * standard reads them; the rest of that range are C1 controls.
 */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|hellip|mdash|ndash|middot|times));/g;

/** One numeric reference as the HTML standard reads it: no code point, NUL or surrogate → U+FFFD. */
function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (_, decimal: string | undefined, hex: string | undefined, name: string | undefined) =>
    name !== undefined ? NAMED[name]! : fromCodePoint(decimal !== undefined ? Number(decimal) : parseInt(hex!, 16)),
  );
}
