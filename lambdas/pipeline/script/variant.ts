import type { Language, Script } from '../model';

/**
 * Regional standard of the Traditional side of a conversion (OpenCC locale names):
 * - `tw`: Taiwan character forms (裡), vocabulary untouched — the default;
 * - `hk`: Hong Kong character forms (裏), vocabulary untouched;
 * - `t`: OpenCC's own standard Traditional, no region;
 * - `twp`: Taiwan forms AND Taiwan vocabulary — rewrites words, see {@link TWP_WARNING}.
 */
export type ScriptVariant = 'tw' | 'hk' | 't' | 'twp';

export const SCRIPT_VARIANTS: readonly ScriptVariant[] = ['tw', 'hk', 't', 'twp'];

export const DEFAULT_SCRIPT_VARIANT: ScriptVariant = 'tw';

/** For the CLI --help: why `twp` is never the default for a speech. */
export const TWP_WARNING =
  'twp also rewrites vocabulary into Taiwan usage (信息→資訊, 数据→資料, 优化→最佳化, 文件→檔案, ' +
  '全局性→全域性性), which changes what the speaker said; use it only for a localised reading copy.';

export function isScriptVariant(value: string): value is ScriptVariant {
  return (SCRIPT_VARIANTS as readonly string[]).includes(value);
}

/** The script the other edition is written in: a Simplified source gets a Traditional edition and vice versa. */
export function editionScript(source: Script): Script {
  return source === 'Hans' ? 'Hant' : 'Hans';
}

/** File-name suffix of an edition in `script`: `<stem>.zh-Hant.pdf`, `<stem>.zh-Hans.pdf`. */
export function editionSuffix(script: Script): `zh-${Script}` {
  return `zh-${script}`;
}

/**
 * Language the renderers declare for text in `script` written to `variant`'s standard.
 * `t` has no region; it is declared zh-TW because the model has no bare zh-Hant tag and
 * Taiwan's character forms are the closest to OpenCC's standard ones.
 */
export function editionLanguage(script: Script, variant: ScriptVariant): Language {
  if (script === 'Hans') return 'zh-CN';
  return variant === 'hk' ? 'zh-HK' : 'zh-TW';
}
