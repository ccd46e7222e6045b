import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Three projects, all run by `npm test` (`vitest run`); a failure is labelled with its project.
 *
 * - `unit`: the pure core and its helpers, in-process — `npx vitest run --project unit` (`npm run test:unit`).
 * - `models`: the learned models — training reproduces the committed weights, cross-validation by site on
 *   the shared pages keeps its floors, the corpus against its gold outlines (test/scripts/clean-model/**,
 *   test/scripts/title-model/**, test/corpus.test.ts). In-process like unit, but it fits models fold by
 *   fold: most of the CPU of the in-process tests.
 * - `integration`: real parts over real boundaries — the local S3 server, the CLI and `npm start` as child
 *   processes, the CDK stack and the Lambda bundle, the browser, LibreOffice.
 *
 * Files are routed by where they sit, so a new test mirroring the source tree lands in the right project:
 * test/pipeline/**, test/text/**, test/scripts/**, test/settings/** are unit; test/handler/**, test/local/**,
 * test/web/**, test/stack/**, test/lib/** and test/bin/** are integration. The older top-level files are
 * routed by name below.
 *
 * Both projects run without isolation: the files of a project share one module graph per worker, so the
 * pipeline (docx, pdf-lib, fontkit, OpenCC tables), the handler, aws-cdk-lib and the built web page are
 * imported once per worker instead of once per file (docs/performance.md, "The test loop"). A test that
 * spies on or stubs something must undo it in its own afterEach (vi.restoreAllMocks, vi.unstubAllEnvs);
 * a test that needs vi.mock of a module, or leaves process-wide state behind, is named *.isolated.test.ts
 * and runs in the `isolated` project, one fresh worker per file.
 */
const INTEGRATION = [
  'test/handler/**/*.test.ts',
  'test/local/**/*.test.ts',
  'test/web/**/*.test.ts',
  'test/stack/**/*.test.ts',
  'test/lib/**/*.test.ts',
  'test/bin/**/*.test.ts',
  'test/handler*.test.ts',
  'test/local*.test.ts',
  'test/cli*.test.ts',
  'test/stack*.test.ts',
  'test/**/*libreoffice*.test.ts',
  // Starts a worker thread that loads the whole pipeline through tsx.
  'test/pipeline/edition-thread.test.ts',
];
const MODELS = ['test/scripts/clean-model/**/*.test.ts', 'test/scripts/title-model/**/*.test.ts', 'test/corpus.test.ts'];
const ISOLATED = ['test/**/*.isolated.test.ts'];

/**
 * Vitest runs projects one after another in name order (integration, models, unit), each file longest
 * first. The models project starts first instead: its cross-validation is the longest single file (~15 s
 * of CPU), and last it was the tail, running alone while the other worker had nothing left. The unit
 * project's many short files come last, where they fill both workers to the end.
 */
const PROJECT_ORDER = ['models', 'integration', 'isolated', 'unit'];
class LongestProjectsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => PROJECT_ORDER.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// The cross-validation fits models for ~15 s of CPU; on this shared machine under a load of 14 it took
// 61 s and hit a 60 s limit. Generous limits still end a hang.
const shared = { testTimeout: 180_000, hookTimeout: 180_000 };

// SPEECH_PRESS_TEST_CPU_LOG=<file> npx vitest run: each test file appends its CPU and wall seconds to <file>
// (test/support/cpu-per-file.ts), how the test loop is measured on a machine others load.
const cpuLog = process.env['SPEECH_PRESS_TEST_CPU_LOG'] ? ['test/support/cpu-per-file.ts'] : [];

export default defineConfig({
  test: {
    // Each module's transform (TypeScript to JavaScript, ~450 modules) kept on disk, keyed by its path,
    // contents and this config, so a second `npm test` transforms only what changed: vitest's main
    // process, where all transforms run, took 11.5 of the suite's 175 CPU s, 6.4 with the cache warm.
    // A changed package-lock.json clears it (node_modules/.experimental-vitest-cache); a clean clone,
    // as in CI, starts without it.
    experimental: { fsModuleCache: true },
    reporters: ['default'],
    setupFiles: ['test/support/fast-check-seed.ts', ...cpuLog],
    // Vitest's default is one worker fewer than the cores: one worker on this 2-core machine, which left a
    // core idle while integration tests wait on child processes, servers and the browser.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestProjectsFirst },
    projects: [
      { extends: true, test: { ...shared, name: 'unit', isolate: false, include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...INTEGRATION, ...MODELS, ...ISOLATED] } },
      { extends: true, test: { ...shared, name: 'models', isolate: false, include: MODELS, exclude: ['**/node_modules/**', ...ISOLATED] } },
      { extends: true, test: { ...shared, name: 'integration', isolate: false, include: INTEGRATION, exclude: ['**/node_modules/**', ...ISOLATED] } },
      { extends: true, test: { ...shared, name: 'isolated', include: ISOLATED } },
    ],
  },
});
