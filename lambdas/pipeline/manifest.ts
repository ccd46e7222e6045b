import type { LineReport } from './clean';
import type { DecodedText } from './decode';
import type { HeadingLevel, Script, SpeechDocument } from './model';
import type { PipelineWarning } from './warnings';

export const MANIFEST_SCHEMA = 1;

export interface ManifestSource {
  readonly name: string;
  readonly bytes: number;
  readonly encoding: string;
  readonly bom: boolean;
  readonly sha256: string;
}

export interface ManifestEdition {
  readonly script: Script;
  readonly language: string;
  /** OpenCC variant for converted editions (tw, hk, t, twp). */
  readonly variant?: string;
  readonly files: readonly string[];
  readonly pages?: number;
}

export interface Manifest {
  readonly schema: typeof MANIFEST_SCHEMA;
  readonly pipelineVersion: string;
  readonly source: ManifestSource;
  readonly script: Script;
  readonly title: string | null;
  readonly meta: SpeechDocument['meta'];
  readonly outline: ReadonlyArray<{ level: HeadingLevel; text: string }>;
  readonly leadIns: readonly string[];
  readonly removed: readonly LineReport[];
  readonly removedFragments: readonly LineReport[];
  readonly suspected: readonly LineReport[];
  readonly repairedCharacters: Record<string, number>;
  readonly warnings: readonly PipelineWarning[];
  readonly stats: { readonly blocks: number; readonly paragraphs: number; readonly headings: number; readonly hanCharacters: number };
  readonly editions: readonly ManifestEdition[];
}

export function outlineOf(doc: SpeechDocument): Manifest['outline'] {
  return doc.blocks
    .filter((b) => b.kind === 'heading')
    .map((b) => ({ level: b.level!, text: b.runs.find((r) => r.role === 'heading')?.text ?? '' }));
}

export function leadInsOf(doc: SpeechDocument): string[] {
  return doc.blocks.flatMap((b) => b.runs.filter((r) => r.role === 'lead-in').map((r) => r.text));
}

export function sourceOf(name: string, bytes: Uint8Array, decoded: DecodedText, sha256: string): ManifestSource {
  return { name, bytes: bytes.length, encoding: decoded.encoding, bom: decoded.bom, sha256 };
}
