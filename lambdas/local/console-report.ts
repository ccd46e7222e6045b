import { basename } from 'node:path';
import type { UploadResult } from './upload-results';

/** What the runner prints about a converted upload, read from its manifest. */
export interface ManifestSummary {
  readonly pages: number | null;
  readonly warnings: number;
  /** The `source-truncated` warning's message: a cut-off source must be seen, not found in a JSON file. */
  readonly truncated: string | null;
}

/**
 * Pages of the first edition the manifest gives a page count for and the number of warnings. Tolerant of fields it does
 * not know: the manifest grows as editions are added.
 */
export function summariseManifest(manifest: unknown): ManifestSummary {
  const m = (typeof manifest === 'object' && manifest !== null ? manifest : {}) as Record<string, unknown>;
  const list = Array.isArray(m['warnings']) ? (m['warnings'] as unknown[]) : [];
  const warnings = list.length;
  const cut = list.find((w) => (w as Record<string, unknown> | null)?.['code'] === 'source-truncated') as Record<string, unknown> | undefined;
  const truncated = typeof cut?.['message'] === 'string' ? cut['message'] : null;
  let pages: number | null = typeof m['pages'] === 'number' ? m['pages'] : null;
  const editions = Array.isArray(m['editions']) ? (m['editions'] as Record<string, unknown>[]) : [];
  for (const edition of editions) {
    if (pages === null && typeof edition?.['pages'] === 'number') pages = edition['pages'];
  }
  return { pages, warnings, truncated };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** `report` is the parsed `.error.json` of a rejected upload. */
export function resultLine(result: UploadResult, summary: ManifestSummary | null, report?: { code?: unknown; message?: unknown }): string {
  const name = basename(result.sourceKey);
  switch (result.status) {
    case 'converted': {
      const pages = summary?.pages != null ? `${summary.pages} page${summary.pages === 1 ? '' : 's'}` : 'converted';
      const warnings = summary && summary.warnings > 0 ? `, ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'} (see manifest)` : '';
      const cut = summary?.truncated ? `\n  ⚠ ${name}: ${summary.truncated}` : '';
      return `✓ ${name}  ${pages}, ${seconds(result.ms)}${warnings}${cut}`;
    }
    case 'rejected':
      return `✗ ${name}  rejected (${String(report?.code ?? 'error')}): ${String(report?.message ?? '')} → ${result.reportKey ?? ''}`;
    case 'dead-lettered':
      return `☠ ${name}  dead-lettered after repeated failures: ${result.reason}${result.reportKey !== undefined ? ` → ${result.reportKey}` : ' (no report)'}`;
  }
}

export function uploadHint(endpoint: string, bucket: string, prefix: string): string {
  return `AWS_ACCESS_KEY_ID=S3RVER AWS_SECRET_ACCESS_KEY=S3RVER AWS_REGION=us-east-1 aws --endpoint-url ${endpoint} s3 cp 讲话.txt "s3://${bucket}/${prefix}讲话.txt"`;
}
