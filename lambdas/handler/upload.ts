import type { UploadLocation } from './object-keys';
import type { SourceIdentity } from './output-headers';
import type { UploadDeps } from './types';

/** One upload being settled: where it is, which version, and the stamp its outputs carry. */
export interface Upload {
  readonly deps: UploadDeps;
  readonly sourceBucket: string;
  readonly location: UploadLocation;
  readonly source: SourceIdentity;
  readonly version: string;
}
