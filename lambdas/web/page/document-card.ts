import type { DocumentFile, DocumentSummary } from '../api/contract';
import { changesPanel, rejectionMessage, type ManifestView } from './changes-panel';
import { h } from './dom';
import { formatTime, hasText, t } from './i18n';
import type { TextKey } from './text';
import { renderPdfPreview } from './pdf-preview';
import { downloadAll } from './zip-download';

/** What one card shows: a document the API listed, or an upload of this page view not listed yet. */
export type CardModel =
  | { readonly kind: 'listed'; readonly document: DocumentSummary }
  | { readonly kind: 'local'; readonly name: string; readonly step: 'uploading' | 'uploaded' | 'error'; readonly error?: string };

type Step = 'uploading' | 'uploaded' | 'converting' | 'done' | 'rejected' | 'failed' | 'error';

export function stepOf(model: CardModel): Step {
  return model.kind === 'local' ? model.step : model.document.status;
}

/** Changes whenever the card must be drawn again (a new status or a new version of the document). */
export function cardVersion(model: CardModel): string {
  return model.kind === 'local' ? `local|${model.step}|${model.error ?? ''}` : `${model.document.status}|${model.document.updated}`;
}

/** uploaded → converting → done / rejected / failed, with the current step marked for screen readers too. */
function steps(step: Step): HTMLElement {
  // Refused before any byte left the browser (not .txt, too large, upload error): nothing to follow.
  if (step === 'error') {
    return h('ol', { class: 'steps', 'aria-label': t('step_notUploaded') }, h('li', { class: 'current failed', 'aria-current': 'step' }, t('step_notUploaded')));
  }
  const final: Step = step === 'rejected' || step === 'failed' ? step : 'done';
  const order: Step[] = ['uploaded', 'converting', final];
  const position = step === 'uploading' ? -1 : order.indexOf(step);
  const label = (s: Step, i: number) => t(step === 'uploading' && i === 0 ? 'step_uploading' : (`step_${s}` as TextKey));
  return h(
    'ol',
    { class: 'steps', 'aria-label': t(`step_${step}` as TextKey) },
    order.map((s, i) => h('li', { class: i < position ? 'past' : i === position ? `current ${s}` : 'future', 'aria-current': i === position ? 'step' : undefined }, label(s, i))),
  );
}

function fileLabel(stem: string, file: DocumentFile): string {
  const key = `file_${file.name.slice(stem.length + 1)}`;
  return hasText(key) ? t(key) : file.name;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** A `<details>` whose body is loaded the first time it is opened. */
function lazyDetails(summary: string, className: string, load: (body: HTMLElement) => Promise<void>, open: boolean): HTMLElement {
  const body = h('div', { class: 'details-body', 'aria-live': 'polite' });
  const details = h('details', { class: className }, h('summary', {}, summary), body);
  let loaded = false;
  const loadOnce = () => {
    if (!details.open || loaded) return;
    loaded = true;
    body.textContent = t(className === 'preview' ? 'previewLoading' : 'changesLoading');
    const content = h('div', {});
    load(content).then(
      () => body.replaceChildren(content),
      (error: unknown) => body.replaceChildren(h('p', { class: 'error' }, t('previewFailed', { reason: (error as Error).message }))),
    );
  };
  details.addEventListener('toggle', loadOnce);
  if (open) {
    details.open = true;
    queueMicrotask(loadOnce);
  }
  return details;
}

/** The newest listing of each drawn card: presigned URLs expire, so actions read them when they run. */
const latest = new WeakMap<HTMLElement, DocumentSummary>();

function doneBody(card: HTMLElement, document: DocumentSummary, fresh: boolean): HTMLElement[] {
  const now = () => latest.get(card) ?? document;
  const urlOf = (name: string) => now().files.find((f) => f.name === name)?.url ?? '';
  const links = h(
    'ul',
    { class: 'downloads', 'aria-label': t('downloads') },
    document.files.map((f) => h('li', {}, h('a', { href: f.url, download: f.name, 'data-file': f.name }, fileLabel(document.stem, f)))),
  );
  const zipButton = h('button', { type: 'button', class: 'download-all' }, t('downloadAll'));
  zipButton.addEventListener('click', () => {
    zipButton.disabled = true;
    zipButton.textContent = t('zipping');
    downloadAll(document.stem, now().files).finally(() => {
      zipButton.disabled = false;
      zipButton.textContent = t('downloadAll');
    });
  });
  const pdf = document.files.find((f) => f.name === `${document.stem}.pdf`);
  const parts: HTMLElement[] = [h('div', { class: 'download-row' }, links, zipButton)];
  const manifest = document.files.find((f) => f.name === `${document.stem}.json`);
  if (manifest !== undefined) {
    parts.push(lazyDetails(t('changes'), 'changes-details', async (body) => body.append(changesPanel(JSON.parse(new TextDecoder().decode(await fetchBytes(urlOf(manifest.name)))) as ManifestView)), fresh));
  }
  if (pdf !== undefined) parts.push(lazyDetails(t('preview'), 'preview', async (body) => renderPdfPreview(await fetchBytes(urlOf(pdf.name)), body), false));
  return parts;
}

function rejectedBody(document: DocumentSummary): HTMLElement {
  const holder = h('div', { class: 'rejection-holder', 'aria-live': 'polite' });
  if (document.reportUrl !== undefined) {
    fetchBytes(document.reportUrl)
      .then((bytes) => JSON.parse(new TextDecoder().decode(bytes)) as { code?: string; message?: string })
      .catch(() => null)
      .then((report) => holder.replaceChildren(rejectionMessage(report)));
  }
  return holder;
}

/** Draws one card. `fresh`: uploaded during this page view, so its “what changed” panel opens by itself. */
export function renderCard(model: CardModel, fresh: boolean): HTMLElement {
  const name = model.kind === 'local' ? model.name : model.document.name;
  const step = stepOf(model);
  const card = h('article', { class: `card status-${step}`, 'data-name': name, 'data-status': step }, h('h3', {}, name), steps(step));
  if (model.kind === 'local') {
    if (model.error !== undefined) card.append(h('p', { class: 'error', role: 'alert' }, model.error));
    return card;
  }
  const { document } = model;
  card.append(h('p', { class: 'muted' }, t('updatedAt', { time: formatTime(document.updated) })));
  latest.set(card, document);
  if (document.status === 'done') card.append(...doneBody(card, document, fresh));
  if (document.status === 'rejected') card.append(rejectedBody(document));
  if (document.status === 'failed') card.append(h('p', { class: 'error', role: 'alert' }, t('failedExplain')));
  return card;
}

/** New presigned URLs on an unchanged card (they expire; the card itself is kept so open panels stay open). */
export function refreshLinks(card: HTMLElement, document: DocumentSummary): void {
  latest.set(card, document);
  for (const link of card.querySelectorAll<HTMLAnchorElement>('a[data-file]')) {
    const file = document.files.find((f) => f.name === link.dataset['file']);
    if (file !== undefined) link.href = file.url;
  }
}
