import { zipSync, type Zippable } from 'fflate';
import type { DocumentFile } from '../api/contract';

/** Fetches every output and offers them as one zip, built in the browser (nothing extra is stored). */
export async function downloadAll(stem: string, files: readonly DocumentFile[]): Promise<void> {
  const entries: Zippable = {};
  for (const file of files) {
    const response = await fetch(file.url);
    if (!response.ok) throw new Error(`${file.name}: HTTP ${response.status}`);
    // PDF and DOCX are compressed already; storing them keeps the zip quick to build.
    entries[file.name] = [new Uint8Array(await response.arrayBuffer()), { level: 0 }];
  }
  const blob = new Blob([zipSync(entries)], { type: 'application/zip' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${stem}.zip`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
