/**
 * The converted-script edition (Traditional, or Simplified for Traditional input) made on a second thread
 * while this one makes the first edition: the two editions share nothing but the parsed document, and
 * each takes about as long as the other. Opt-in (wantsEditionThread): since the editions got cheaper, the
 * thread's own start-up costs more than it saves on this project's machine. The worker runs the same program as the process (its entry file), recognises
 * itself by its workerData and serves jobs instead of running the program's main.
 *
 * Whatever happens in the thread, the result is what renderConvertedEdition gives here: the thread returns
 * its files unchanged (plain data, copied), and when it fails — the edition's own error, or the thread
 * itself dying — the edition is made again on this thread, so a failure is the very error a
 * single-threaded run would throw, and a dead thread costs time, never a document.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { SpeechDocument } from './model';
import { applyPipelineV8Flags } from './render/pdf/adapters/v8-flags.mjs';
// Types only: the pipeline is imported when an edition is made, so a shell can start this thread before
// it loads the pipeline itself (both then load at once).
import type { ConvertedEditionMaker, RenderedEdition, TraditionalOptions } from './index';

async function renderConvertedEdition(...args: Parameters<ConvertedEditionMaker>): Promise<RenderedEdition> {
  const pipeline = await import('./index');
  return pipeline.renderConvertedEdition(...args);
}

const ROLE = 'speech-press:edition-thread';

interface Job {
  readonly id: number;
  readonly document: SpeechDocument;
  readonly stem: string;
  readonly traditional: TraditionalOptions;
}

type Reply = { readonly id: number; readonly edition: RenderedEdition } | { readonly id: number; readonly failed: string };

/** This thread was started by an EditionThread: the program's entry should serve it instead of running. */
export function isEditionThread(): boolean {
  return !isMainThread && (workerData as { role?: unknown } | null)?.role === ROLE;
}

/** In the worker: make each edition asked for and send it back (or why it failed). */
export function serveEditionThread(): void {
  const port = parentPort;
  if (!port) throw new Error('serveEditionThread: not in a worker thread');
  port.on('message', (job: Job) => {
    renderConvertedEdition(job.document, job.stem, job.traditional).then(
      (edition) => port.postMessage({ id: job.id, edition } satisfies Reply),
      (error: unknown) => port.postMessage({ id: job.id, failed: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply),
    );
  });
}

/**
 * Whether a shell should make the second edition on its own thread: only when asked
 * (SPEECH_PRESS_EDITION_THREAD=on). Measured on this project's 2-core machine, the thread's own start-up
 * (a worker isolate, its imports, its fonts: ~0.3 s of CPU) now costs more than the edition it takes off
 * the main thread: at a quiet moment the seed took 0.73–0.81 s on one thread against 0.89–0.97 s with the
 * thread, and under load the thread lost by more (docs/performance.md, step 9). Kept for a batch of
 * documents it is warm, but a second isolate nearly doubles V8's background work (GC, optimising compiler):
 * +50–75 ms of CPU per document, more than the 40–45 it takes off the main thread on two cores (step 20). On
 * one core (a 1-vCPU Lambda) it could never pay.
 */
export function wantsEditionThread(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['SPEECH_PRESS_EDITION_THREAD'] === 'on';
}

export class EditionThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (edition: RenderedEdition) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  private dead: Error | undefined;
  private closing = false;
  /** Why the thread could not make an edition (each then made on this thread): for tests and diagnostics. */
  readonly failures: string[] = [];

  /**
   * `entry` (with `argv`): the JavaScript program the worker runs — the process's own program (a bundle: a
   * worker cannot start from TypeScript source) — which calls serveEditionThread when isEditionThread().
   */
  constructor(entry: string | URL, argv: readonly string[] = []) {
    // The process's V8 flags set now, while this is the only thread running JavaScript: the worker compiles
    // harfbuzz under them, and this thread must not change them once the worker runs (v8-flags.mjs).
    applyPipelineV8Flags();
    this.worker = new Worker(entry, {
      argv: [...argv],
      workerData: { role: ROLE },
      // One edition's short-lived objects: a young generation of 8 MB (V8's default grows to 48) took the
      // CLI's peak RSS with the thread from 314 to 289 MiB at the same CPU (docs/performance.md, step 9).
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    // Idle, the thread must not keep the process alive; a job in flight does (see make).
    this.worker.unref();
    this.worker.on('message', (reply: Reply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.settled(reply.id);
      if ('edition' in reply) job.resolve(reply.edition);
      else job.reject(new Error(reply.failed));
    });
    this.worker.on('error', (error) => this.die(error));
    this.worker.on('exit', (code) => this.die(new Error(`the edition thread exited with code ${code}`)));
  }

  /** A ConvertedEditionMaker: made on the thread, or here when the thread fails. */
  readonly make: ConvertedEditionMaker = async (document, stem, traditional) => {
    try {
      return await this.onThread({ id: this.nextId++, document, stem, traditional });
    } catch (error) {
      this.failures.push((error as Error).message);
      return renderConvertedEdition(document, stem, traditional);
    }
  };

  /** Why the thread stopped before it was closed (it failed to start, crashed or exited), if it did. */
  get died(): string | undefined {
    return this.closing ? undefined : this.dead?.message;
  }

  /** Stops the thread (a job still in flight is then made here). */
  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }

  private onThread(job: Job): Promise<RenderedEdition> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      this.worker.ref();
      this.worker.postMessage(job);
    });
  }

  private settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size === 0) this.worker.unref();
  }

  private die(error: Error): void {
    this.dead ??= error;
    for (const [id, job] of this.pending) {
      this.settled(id);
      job.reject(error);
    }
  }
}
