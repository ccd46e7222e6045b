import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test` (`vitest run`); a failure is labelled with its project.
 *
 * - `unit`: the pure core and its helpers, in-process — `npx vitest run --project unit` (`npm run test:unit`).
 * - `integration`: real parts over real boundaries — the local S3 server, the CLI and `npm start` as child
 *   processes, the CDK stack and the Lambda bundle, the browser, LibreOffice.
 *
 * Files are routed by where they sit, so a new test mirroring the source tree lands in the right project:
 * test/pipeline/**, test/text/**, test/scripts/**, test/settings/** are unit; test/handler/**, test/local/**,
 * test/web/**, test/stack/**, test/lib/** and test/bin/** are integration. The older top-level files are
 * routed by name below. Unit files run without isolation (see below): a test that mocks modules, stubs
 * globals or changes process.env belongs in integration.
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

const shared = { testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      // Unit files share one module graph per worker (no isolation): importing the pipeline (docx, pdf-lib,
      // fontkit, OpenCC tables) once per worker instead of once per file took the project from 31 s to 19 s
      // of CPU. None of them mocks modules, stubs globals or changes the environment.
      { extends: true, test: { ...shared, name: 'unit', isolate: false, include: ['test/**/*.test.ts'], exclude: ['**/node_modules/**', ...INTEGRATION] } },
      { extends: true, test: { ...shared, name: 'integration', include: INTEGRATION } },
    ],
  },
});
