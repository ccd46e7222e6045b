import type { Language } from '../../model';

/**
 * A font profile: which installed-font names the DOCX asks for, per typographic role, and
 * the language it declares. The renderer is profile-driven so the Traditional edition reuses it.
 *
 * Names are the ones Chinese Word/WPS installations register. `altName` is the English name the
 * same font has on a non-Chinese Windows; it goes into word/fontTable.xml with the charset so
 * Word can match the font (or pick a same-charset substitute) when the exact name is missing.
 */
export interface FontSpec {
  readonly name: string;
  readonly altName?: string;
  /** w:family of the font table: lets Word substitute a serif for a serif. */
  readonly family: 'roman' | 'modern' | 'swiss' | 'script';
}

export type FontRole =
  /** 2号 title: 小标宋-style display serif. */
  | 'title'
  /** 3号 body text and levels 3–4: 仿宋. */
  | 'body'
  /** level 1 headings: 黑体. */
  | 'heiti'
  /** level 2 headings, subtitle, speaker and date lines: 楷体. */
  | 'kaiti'
  /** page numbers: 宋体. */
  | 'songti'
  /** digits and Latin letters in every role. */
  | 'latin';

export interface DocxProfile {
  readonly id: string;
  /** w:lang eastAsia; also decides the font-table charset. */
  readonly language: Language;
  readonly fonts: Readonly<Record<FontRole, FontSpec>>;
  /** Set the title bold when the title face is a regular-weight serif (小标宋 is heavy by design). */
  readonly titleBold: boolean;
}

const latin: FontSpec = { name: 'Times New Roman', family: 'roman' };

/**
 * Mainland profile. 仿宋 and 楷体 rather than 仿宋_GB2312/楷体_GB2312: the _GB2312 faces are not on
 * current Windows or macOS, and they lack many names' characters outside GB 2312; GB/T 9704 itself
 * only says 仿宋/楷体. 方正小标宋简体 is what the standard's 小标宋 means; where it is missing Word
 * falls back through the font table to a GB2312 serif (宋体).
 */
export const SIMPLIFIED_PROFILE: DocxProfile = {
  id: 'zh-Hans',
  language: 'zh-CN',
  titleBold: false,
  fonts: {
    title: { name: '方正小标宋简体', altName: 'FZXiaoBiaoSong-B05S', family: 'roman' },
    body: { name: '仿宋', altName: 'FangSong', family: 'modern' },
    heiti: { name: '黑体', altName: 'SimHei', family: 'modern' },
    kaiti: { name: '楷体', altName: 'KaiTi', family: 'modern' },
    songti: { name: '宋体', altName: 'SimSun', family: 'roman' },
    latin,
  },
};

/**
 * Taiwan profile, with the faces every Traditional Windows has. There is no standard 仿宋 there, so
 * body text takes 新細明體 (the 明/宋 serif), level 2 and the byline keep 楷 (標楷體), level 1 keeps
 * 黑 (微軟正黑體), and the title is 新細明體 set bold.
 */
export const TRADITIONAL_PROFILE: DocxProfile = {
  id: 'zh-Hant-TW',
  language: 'zh-TW',
  titleBold: true,
  fonts: {
    title: { name: '新細明體', altName: 'PMingLiU', family: 'roman' },
    body: { name: '新細明體', altName: 'PMingLiU', family: 'roman' },
    heiti: { name: '微軟正黑體', altName: 'Microsoft JhengHei', family: 'swiss' },
    kaiti: { name: '標楷體', altName: 'DFKai-SB', family: 'script' },
    songti: { name: '新細明體', altName: 'PMingLiU', family: 'roman' },
    latin,
  },
};

/** Hong Kong: the Traditional faces, declared as zh-HK. */
export const HONG_KONG_PROFILE: DocxProfile = { ...TRADITIONAL_PROFILE, id: 'zh-Hant-HK', language: 'zh-HK' };

export function defaultProfileFor(language: Language): DocxProfile {
  switch (language) {
    case 'zh-CN':
      return SIMPLIFIED_PROFILE;
    case 'zh-TW':
      return TRADITIONAL_PROFILE;
    case 'zh-HK':
      return HONG_KONG_PROFILE;
  }
}

/** Font-table charset (w:charset, hex): GB2312 for the mainland, Big5 for Taiwan and Hong Kong. */
export function charsetOf(language: Language): string {
  return language === 'zh-CN' ? '86' : '88';
}
