import { UPLOAD_VARIANTS, type DocumentList, type DocumentSummary, type PageConfig, type UploadVariant } from '../api/contract';
import { PageApi } from './api-client';
import { accessToken, signOut } from './auth';
import { cardVersion, refreshLinks, renderCard, stepOf, type CardModel } from './document-card';
import { byId, h } from './dom';
import { currentScript, formatBytes, setScript, switchLabel, t } from './i18n';
import { requestProblemText } from './request-problem';
import type { TextKey } from './text';
import { taskPool, UPLOADS_AT_ONCE } from './upload-pool';

/** An upload started in this page view, until the API lists a newer version of its document. */
interface PendingUpload {
  readonly name: string;
  readonly stem: string;
  step: 'uploading' | 'uploaded' | 'error';
  error?: string;
  /** S3's ETag of the PUT (exposed by the buckets' CORS rule): the listing names it once it lists this upload. */
  eTag?: string | null;
  /** The listed document's `updated` when the upload began: a different value means the new version is listed. */
  readonly listedBefore: string | null;
}

const POLL_BUSY_MS = 2000;
const POLL_IDLE_MS = 5 * 60_000;

const pending: PendingUpload[] = [];
/** Stems uploaded in this page view: their panels open by themselves when done. */
const fresh = new Set<string>();
let listed: DocumentList = { documents: [], truncated: false };
const drawn = new Map<string, { version: string; card: HTMLElement; item: HTMLLIElement }>();
let pollTimer: number | undefined;

function stemOf(name: string): string {
  return name.replace(/\.txt$/i, '');
}

/** Static texts of index.html carry `data-text` (content) or `data-text-placeholder` attributes. */
function applyText(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-text]')) el.textContent = t(el.dataset['text'] as TextKey);
  for (const el of document.querySelectorAll<HTMLInputElement>('[data-text-placeholder]')) el.placeholder = t(el.dataset['textPlaceholder'] as TextKey);
  const select = byId<HTMLSelectElement>('variant');
  const chosen = select.value;
  select.replaceChildren(...UPLOAD_VARIANTS.map((v) => h('option', { value: v }, t(`variant_${v}`))));
  select.value = chosen || 'tw';
  const toggle = byId<HTMLButtonElement>('script-switch');
  const label = switchLabel();
  toggle.textContent = label.text;
  toggle.setAttribute('aria-label', label.label);
  toggle.lang = label.lang;
  document.title = t('appTitle');
}

function models(): { key: string; model: CardModel }[] {
  const out: { key: string; model: CardModel }[] = [];
  const listedByStem = new Map(listed.documents.map((d) => [d.stem, d]));
  const superseded = (p: PendingUpload) => {
    const doc = listedByStem.get(p.stem);
    if (p.step !== 'uploaded' || doc === undefined) return false;
    // The same bytes uploaded again leave the listing as it was (the handler keeps its outputs): the ETag tells.
    return p.eTag ? doc.sourceETag === p.eTag : doc.updated !== p.listedBefore;
  };
  for (const p of pending) {
    if (superseded(p)) continue;
    out.push({ key: `pending:${p.stem}`, model: { kind: 'local', name: p.name, step: p.step, ...(p.error !== undefined ? { error: p.error } : {}) } });
  }
  const waiting = new Set(pending.filter((p) => !superseded(p) && p.step !== 'error').map((p) => p.stem));
  for (const document of listed.documents) {
    // While a new version is on its way, its older listing would only confuse.
    if (!waiting.has(document.stem)) out.push({ key: `doc:${document.stem}`, model: { kind: 'listed', document } });
  }
  return out;
}

function render(): void {
  const list = byId('documents');
  const items = models();
  const seen = new Set<string>();
  // Unchanged cards keep their nodes (open panels stay open, screen readers hear only what changed).
  const rows = items.map(({ key, model }) => {
    seen.add(key);
    const version = cardVersion(model);
    const existing = drawn.get(key);
    if (existing !== undefined && existing.version === version) {
      if (model.kind === 'listed') refreshLinks(existing.card, model.document);
      return existing.item;
    }
    const card = renderCard(model, fresh.has(model.kind === 'local' ? stemOf(model.name) : model.document.stem));
    const item = existing?.item ?? h('li', {});
    item.replaceChildren(card);
    drawn.set(key, { version, card, item });
    return item;
  });
  for (const key of [...drawn.keys()]) if (!seen.has(key)) drawn.delete(key);
  const current = Array.from(list.children);
  if (current.length !== rows.length || rows.some((row, i) => current[i] !== row)) list.replaceChildren(...rows);
  byId('documents-empty').hidden = items.length > 0;
  byId('documents-truncated').hidden = !listed.truncated;
  byId('documents-truncated').textContent = t('documentsTruncated', { count: listed.documents.length });
  schedulePoll(items.some(({ model }) => ['uploading', 'uploaded', 'converting'].includes(stepOf(model))));
}

function schedulePoll(busy: boolean): void {
  window.clearTimeout(pollTimer);
  pollTimer = window.setTimeout(() => void refresh(), busy ? POLL_BUSY_MS : POLL_IDLE_MS);
}

let api: PageApi;
/** Many files dropped at once go up a few at a time (the API throttles bursts). */
const uploadSlot = taskPool(UPLOADS_AT_ONCE);
let refreshing: Promise<void> | null = null;

function showProblem(message: string | null): void {
  const problem = byId('problem');
  problem.hidden = message === null;
  problem.textContent = message ?? '';
}

function refresh(): Promise<void> {
  refreshing ??= api
    .documents()
    .then((list) => {
      listed = list;
      showProblem(null);
    })
    .catch((error: unknown) => showProblem(requestProblemText(error) ?? (error as Error).message))
    .finally(() => {
      refreshing = null;
      render();
    });
  return refreshing;
}

function listedUpdated(stem: string): string | null {
  return listed.documents.find((d) => d.stem === stem)?.updated ?? null;
}

async function uploadOne(config: PageConfig, name: string, body: Blob, variant: UploadVariant): Promise<void> {
  const stem = stemOf(name);
  const upload: PendingUpload = { name, stem, step: 'uploading', listedBefore: listedUpdated(stem) };
  for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.stem === stem) pending.splice(i, 1);
  pending.unshift(upload);
  fresh.add(stem);
  const fail = (message: string) => {
    upload.step = 'error';
    upload.error = message;
    render();
  };
  render();
  if (!/\.txt$/i.test(name)) return fail(t('notTxt', { name }));
  if (body.size > config.maxBytes) return fail(t('tooLarge', { name, size: formatBytes(body.size), limit: formatBytes(config.maxBytes) }));
  try {
    upload.eTag = await uploadSlot(() => api.upload({ name, size: body.size, variant }, body));
    upload.step = 'uploaded';
    render();
    await refresh();
  } catch (error) {
    fail(requestProblemText(error) ?? t('uploadFailed', { reason: String((error as Error).message ?? error) }));
  }
}

function chosenVariant(): UploadVariant {
  return byId<HTMLSelectElement>('variant').value as UploadVariant;
}

function wireUploads(config: PageConfig): void {
  const input = byId<HTMLInputElement>('file-input');
  const zone = byId('drop-zone');
  const uploadFiles = (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) void uploadOne(config, file.name, file, chosenVariant());
  };
  input.addEventListener('change', () => {
    uploadFiles(input.files);
    input.value = '';
  });
  // A real button opens the picker, so Enter and Space work as everywhere else; clicking the zone does too.
  zone.addEventListener('click', () => input.click());
  // A file dropped beside the zone must not make the browser navigate away to show it.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    uploadFiles(event.dataTransfer?.files ?? null);
  });

  const form = byId<HTMLFormElement>('paste-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = byId<HTMLTextAreaElement>('paste-text');
    const nameInput = byId<HTMLInputElement>('paste-name');
    const problem = byId('paste-problem');
    const rawName = nameInput.value.trim();
    problem.textContent = text.value.trim() === '' ? t('pasteNeedsText') : rawName === '' ? t('pasteNeedsName') : '';
    if (problem.textContent !== '') return;
    const name = /\.txt$/i.test(rawName) ? rawName : `${rawName}.txt`;
    void uploadOne(config, name, new Blob([text.value], { type: 'text/plain' }), chosenVariant());
    text.value = '';
    nameInput.value = '';
  });
}

function redrawAll(): void {
  drawn.clear();
  applyText();
  render();
}

async function main(): Promise<void> {
  const config = (await (await fetch('config.json', { cache: 'no-store' })).json()) as PageConfig;
  setScript(currentScript());
  applyText();
  if ((UPLOAD_VARIANTS as readonly string[]).includes(config.defaultVariant)) byId<HTMLSelectElement>('variant').value = config.defaultVariant;
  const auth = config.auth;
  if (auth !== null) {
    byId('signing-in').hidden = false;
    await accessToken(auth);
    byId('signing-in').hidden = true;
    const out = byId<HTMLButtonElement>('sign-out');
    out.hidden = false;
    out.addEventListener('click', () => signOut(auth));
  } else {
    byId('local-notice').hidden = false;
  }
  api = new PageApi(config, auth === null ? async () => null : () => accessToken(auth));
  byId('script-switch').addEventListener('click', () => {
    setScript(currentScript() === 'Hans' ? 'Hant' : 'Hans');
    redrawAll();
  });
  byId('refresh').addEventListener('click', () => void refresh());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh();
  });
  wireUploads(config);
  byId('app').hidden = false;
  await refresh();
}

main().catch((error: unknown) => showProblem(String((error as Error).message ?? error)));
