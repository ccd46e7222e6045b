import { h } from './dom';
import { hasText, reasonText, t } from './i18n';

/** The parts of the manifest (lambdas/pipeline/manifest.ts) this panel reads. */
export interface ManifestView {
  readonly removed?: readonly LineView[];
  readonly removedFragments?: readonly LineView[];
  readonly suspected?: readonly LineView[];
  readonly warnings?: readonly { code: string; message: string; count?: number; samples?: readonly string[] }[];
}
interface LineView {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

function lineList(lines: readonly LineView[], className: string): HTMLElement {
  const sorted = [...lines].sort((a, b) => a.line - b.line);
  return h(
    'ol',
    { class: `lines ${className}` },
    sorted.map((l) =>
      h(
        'li',
        {},
        h('span', { class: 'line-number' }, t('lineNumber', { line: l.line })),
        className === 'suspected' ? h('mark', {}, l.text) : h('del', {}, l.text),
        h('span', { class: 'reason' }, reasonText(l.reason)),
      ),
    ),
  );
}

function warningText(warning: NonNullable<ManifestView['warnings']>[number]): string {
  const key = `warn_${warning.code}`;
  if (!hasText(key)) return warning.message;
  return t(key, { count: warning.count ?? '', samples: (warning.samples ?? []).slice(0, 5).join('、') });
}

/** “What changed”: removed lines with reasons, removed fragments, suspected lines highlighted, warnings. */
export function changesPanel(manifest: ManifestView): HTMLElement {
  const removed = manifest.removed ?? [];
  const fragments = manifest.removedFragments ?? [];
  const suspected = manifest.suspected ?? [];
  const warnings = manifest.warnings ?? [];
  const panel = h('div', { class: 'changes' });
  if (removed.length + fragments.length + suspected.length + warnings.length === 0) {
    panel.append(h('p', {}, t('changesNone')));
    return panel;
  }
  if (warnings.length > 0) {
    panel.append(h('h4', {}, t('warningsHeading', { count: warnings.length })), h('ul', { class: 'warnings' }, warnings.map((w) => h('li', {}, warningText(w)))));
  }
  if (suspected.length > 0) {
    panel.append(h('h4', {}, t('suspectedHeading', { count: suspected.length })), h('p', { class: 'muted' }, t('suspectedExplain')), lineList(suspected, 'suspected'));
  }
  if (removed.length > 0) panel.append(h('h4', {}, t('removedHeading', { count: removed.length })), lineList(removed, 'removed'));
  if (fragments.length > 0) panel.append(h('h4', {}, t('fragmentsHeading', { count: fragments.length })), lineList(fragments, 'removed'));
  return panel;
}

/** A rejected upload's error report (`{code, message}`) in plain words, with the technical message below. */
export function rejectionMessage(report: { code?: string; message?: string } | null): HTMLElement {
  const key = `reject_${String(report?.code ?? '').replace(/-/g, '_')}`;
  return h(
    'div',
    { class: 'rejection', role: 'alert' },
    h('p', {}, hasText(key) ? t(key) : t('rejectUnknown')),
    report?.message ? h('p', { class: 'muted' }, t('rejectDetail', { message: report.message })) : null,
  );
}
