import { SIMPLIFIED_REASONS, SIMPLIFIED_TEXT, type ManifestReason, type TextKey, type TextTable } from './text';

/** The Traditional tables, converted from text.ts at build time (JSON of `{ text, reasons }`). */
declare const __HANT_TEXT__: string;

export type UiScript = 'Hans' | 'Hant';

const hant = JSON.parse(__HANT_TEXT__) as { text: TextTable; reasons: Readonly<Record<ManifestReason, string>> };
const STORAGE_KEY = 'speech-press:script';

let script: UiScript = readStoredScript();

function readStoredScript(): UiScript {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'Hant' ? 'Hant' : 'Hans';
  } catch {
    return 'Hans';
  }
}

export function currentScript(): UiScript {
  return script;
}

export function setScript(next: UiScript): void {
  script = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page view.
  }
  document.documentElement.lang = next === 'Hant' ? 'zh-TW' : 'zh-CN';
}

/** The switch names the other script in that script's own characters, so it is never converted. */
export function switchLabel(): { text: string; label: string; lang: string } {
  return script === 'Hans' ? { text: '繁體', label: '切換為繁體中文介面', lang: 'zh-TW' } : { text: '简体', label: '切换为简体中文界面', lang: 'zh-CN' };
}

export function t(key: TextKey, slots: Record<string, string | number> = {}): string {
  const template = script === 'Hant' ? hant.text[key] : SIMPLIFIED_TEXT[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in slots ? String(slots[name]) : whole));
}

export function hasText(key: string): key is TextKey {
  return key in SIMPLIFIED_TEXT;
}

/**
 * A manifest removal or suspicion reason in the page's words; the manifest's own words only for a
 * reason this page does not know (a manifest written by another pipeline version).
 */
export function reasonText(reason: string): string {
  const table = script === 'Hant' ? hant.reasons : SIMPLIFIED_REASONS;
  return Object.hasOwn(table, reason) ? table[reason as ManifestReason] : reason;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(script === 'Hant' ? 'zh-TW' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' });
}
