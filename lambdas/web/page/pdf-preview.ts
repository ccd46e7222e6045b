import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { h } from './dom';
import { t } from './i18n';

/** pdf.js is the only PDF reader in the page; this file is its one adapter. The worker is served beside app.js. */
GlobalWorkerOptions.workerSrc = new URL('./pdf.worker.min.mjs', import.meta.url).href;

/** Pages drawn per preview: enough to judge the layout, without rendering a 200-page report. */
export const PREVIEW_PAGES = 6;
const WIDTH_PX = 420;

/** Draws the first pages of the PDF into `container`, each a canvas with its page number as text. */
export async function renderPdfPreview(bytes: Uint8Array, container: HTMLElement): Promise<void> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false }).promise;
  try {
    const shown = Math.min(pdf.numPages, PREVIEW_PAGES);
    for (let n = 1; n <= shown; n++) {
      const page = await pdf.getPage(n);
      const unscaled = page.getViewport({ scale: 1 });
      const scale = (WIDTH_PX / unscaled.width) * (window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      const canvas = h('canvas', { width: String(Math.round(viewport.width)), height: String(Math.round(viewport.height)), role: 'img', 'aria-label': t('previewPage', { page: n, pages: pdf.numPages }) });
      canvas.className = 'page';
      container.append(h('figure', {}, canvas, h('figcaption', {}, t('previewPage', { page: n, pages: pdf.numPages }))));
      await page.render({ canvas, viewport }).promise;
    }
    if (pdf.numPages > shown) container.append(h('p', { class: 'muted' }, t('previewMore', { count: pdf.numPages - shown })));
  } finally {
    await pdf.destroy();
  }
}
