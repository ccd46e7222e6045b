import { readFileSync } from 'node:fs';
import { applyPipelineV8Flags } from './v8-flags.mjs';

/**
 * Harfbuzz's subsetter (the wasm build harfbuzzjs ships, which subset-font also uses), called
 * directly so each face is copied into wasm memory and parsed into an `hb_face` once per process
 * instead of on every document: a document then only pays for `hb_subset` itself.
 *
 * The plan is fixed to what embed.ts needs: the given code points, no layout features and no
 * layout closure (GSUB/GPOS are dropped anyway, so closing over them only added glyphs nobody
 * draws), and the listed tables left out.
 */

/** The exports of harfbuzz-subset.wasm this module calls (pointers are offsets into `memory`). */
interface HarfbuzzExports {
  readonly memory: { readonly buffer: ArrayBuffer };
  _initialize(): void;
  malloc(size: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

/** Lets harfbuzz repair the copy in place if sanitizing needs to, instead of duplicating it. */
const HB_MEMORY_MODE_WRITABLE = 2;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

/** Harfbuzz failed to load a face or to subset it. */
export class FontSubsetError extends Error {
  override readonly name = 'FontSubsetError';
}

function tagValue(tag: string): number {
  if (!/^[\x20-\x7e]{4}$/.test(tag)) throw new RangeError(`not an OpenType table tag: ${JSON.stringify(tag)}`);
  return [...tag].reduce((value, ch) => ((value << 8) | ch.charCodeAt(0)) >>> 0, 0);
}

/** The slice of the WebAssembly API used here (the project compiles without the DOM typings). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: object | undefined;

/**
 * Harfbuzz's module, compiled once per process, to run in V8's baseline wasm code (Liftoff) only. By default
 * V8 recompiles the functions a document makes hot with its optimising compiler (TurboFan) on background
 * threads: ~300 ms of CPU in a new process's first document, on the core the edition's own work wants on a
 * 1-vCPU Lambda, and more for every later document, while subsetting in Liftoff code was no slower per
 * document (docs/performance.md, step 18). The flag is V8's, process-wide: harfbuzz is the process's only
 * wasm, and it must be set before the module is compiled. The file is found the way subset-font finds it,
 * so the Lambda bundle's copy (lib/handler-function.ts) serves.
 */
function harfbuzzModule(): object {
  if (compiled === undefined) {
    // Once per process, from the main thread (v8-flags.mjs): the launcher, or a shell starting an edition
    // thread, has set them already; a worker thread runs under what its main thread set.
    applyPipelineV8Flags();
    compiled = new wasm.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')));
  }
  return compiled;
}

/** A new harfbuzz instance with its own memory. */
function newHarfbuzz(): HarfbuzzExports {
  const exports = new wasm.Instance(harfbuzzModule(), {}).exports as HarfbuzzExports;
  exports._initialize();
  return exports;
}

/**
 * Harfbuzz instances shared by the faces they hold. This build's memory is fixed at 65 MiB and cannot grow,
 * so an instance takes faces until they fill `faceBudget` bytes, leaving the rest as the subsetter's
 * working memory; the next face opens a new instance. The cut faces of both editions (27 MB) share one;
 * a full face read for a rare character (7–16 MB) usually opens another. One instance per face, as before,
 * reserved 65 MiB of external memory for each, and V8 answers every such reservation with garbage
 * collections ("external memory pressure": 12 scavenges on a new process's first document, 2 now).
 */
export class HarfbuzzPool {
  private current: HarfbuzzExports | undefined;
  private placed = 0;
  private opened = 0;

  constructor(private readonly faceBudget: number = 32 * 2 ** 20) {}

  /** Instances opened so far (for tests). */
  get instances(): number {
    return this.opened;
  }

  /** `bytes` copied into an instance's memory: the instance and the copy's address. */
  place(bytes: Uint8Array): { readonly hb: HarfbuzzExports; readonly data: number } {
    const fits = this.current !== undefined && this.placed + bytes.byteLength <= this.faceBudget;
    let hb = fits ? this.current! : this.open();
    let data = hb.malloc(bytes.byteLength);
    // A full instance (fragmented by earlier subsets): once more in a fresh one.
    if (data === 0 && fits) data = (hb = this.open()).malloc(bytes.byteLength);
    if (data === 0) throw new FontSubsetError(`harfbuzz could not allocate ${bytes.byteLength} bytes for a face`);
    new Uint8Array(hb.memory.buffer, data, bytes.byteLength).set(bytes);
    this.placed += bytes.byteLength;
    return { hb, data };
  }

  private open(): HarfbuzzExports {
    this.current = newHarfbuzz();
    this.placed = 0;
    this.opened += 1;
    return this.current;
  }
}

const processPool = new HarfbuzzPool();

/** One face held in wasm memory for the life of the process, ready to subset. */
export class ResidentFace {
  private constructor(
    private readonly hb: HarfbuzzExports,
    private readonly face: number,
  ) {}

  /**
   * Copies `bytes` into wasm memory (an instance of `pool`) and parses them into an `hb_face`. Neither is
   * ever freed: the face is reused by every later document, and wasm memory could not be given back anyway.
   */
  static load(bytes: Uint8Array, pool: HarfbuzzPool = processPool): ResidentFace {
    const { hb, data } = pool.place(bytes);
    const blob = hb.hb_blob_create(data, bytes.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
    const face = hb.hb_face_create(blob, 0);
    hb.hb_blob_destroy(blob); // the face holds its own reference
    return new ResidentFace(hb, face);
  }

  /**
   * A TrueType font holding the glyphs of `codePoints` (plus .notdef) and no layout features,
   * without the tables in `dropTables`.
   */
  subset(codePoints: Iterable<number>, dropTables: readonly string[]): Uint8Array {
    const hb = this.hb;
    const input = hb.hb_subset_input_create_or_fail();
    if (input === 0) throw new FontSubsetError('hb_subset_input_create_or_fail failed');
    let result = 0;
    try {
      hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
      hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE);
      const dropped = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
      for (const tag of dropTables) hb.hb_set_add(dropped, tagValue(tag));
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const codePoint of codePoints) hb.hb_set_add(unicodes, codePoint);
      result = hb.hb_subset_or_fail(this.face, input);
    } finally {
      hb.hb_subset_input_destroy(input);
    }
    if (result === 0) throw new FontSubsetError('hb_subset_or_fail failed: the face may be corrupt');
    const blob = hb.hb_face_reference_blob(result);
    try {
      const length = hb.hb_blob_get_length(blob);
      if (length === 0) throw new FontSubsetError('harfbuzz wrote an empty subset');
      // A copy: the view would be detached as soon as wasm memory grows.
      return new Uint8Array(hb.memory.buffer, hb.hb_blob_get_data(blob, 0), length).slice();
    } finally {
      hb.hb_blob_destroy(blob);
      hb.hb_face_destroy(result);
    }
  }
}
