import type { OutputFile } from '../pipeline';
import type { ReportCode } from './types';

/**
 * `.error.json` reports the handler writes itself (refused names, keys, options; exhausted retries),
 * shaped exactly like the pipeline's own error reports: `{"code","message"}`.
 */
export function reportFile(name: string, code: ReportCode, message: string): OutputFile {
  return { name, contentType: 'application/json; charset=utf-8', body: Buffer.from(JSON.stringify({ code, message }, null, 2) + '\n', 'utf8') };
}
