import { escapeXml } from './body-xml';
import { charsetOf, type DocxProfile, type FontSpec } from './profiles';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';


function fontEntry(font: FontSpec, charset: string): string {
  const altName = font.altName ? `<w:altName w:val="${escapeXml(font.altName)}"/>` : '';
  const pitch = font.family === 'modern' ? 'fixed' : 'variable';
  return (
    `<w:font w:name="${escapeXml(font.name)}">${altName}<w:charset w:val="${charset}"/>` +
    `<w:family w:val="${font.family}"/><w:pitch w:val="${pitch}"/></w:font>`
  );
}

/**
 * word/fontTable.xml naming every face the styles use, with its English alternate name, charset and
 * family. `docx` writes an empty table; with these entries Word and WPS can match 仿宋 to FangSong on
 * an English system, and substitute a same-charset, same-family face when a font is not installed.
 */
export function fontTableXml(profile: DocxProfile): string {
  const seen = new Set<string>();
  const entries: string[] = [];
  for (const font of Object.values(profile.fonts)) {
    if (seen.has(font.name)) continue;
    seen.add(font.name);
    const charset = font === profile.fonts.latin ? '00' : charsetOf(profile.language);
    entries.push(fontEntry(font, charset));
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}
