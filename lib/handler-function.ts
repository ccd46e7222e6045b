import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, LoggingFormat, Runtime, Tracing, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { ENV } from '../lambdas/handler/config';
import { SERVICE_NAME } from '../lambdas/handler/handler-metrics';
import { JIEBA_DATA_FILES } from '../lambdas/pipeline/render/jieba/data-dir';
import { BUNDLED_FONT_FILES } from '../lambdas/pipeline/render/pdf/fonts/faces';
import type { SpeechPressConfig } from './config';

export const REPO_ROOT = join(__dirname, '..');
export const HANDLER_ENTRY = join(REPO_ROOT, 'lambdas', 'handler', 'index.ts');

/**
 * Only the font files the PDF renderer declares for a bundle (BUNDLED_FONT_FILES: cut faces, one full
 * fallback face), plus their licence texts, which the OFL and GPL font exception require to travel with the fonts.
 */
export function copyFontsCommands(inputDir: string, outputDir: string): string[] {
  const from = `${inputDir}/assets/fonts`;
  const to = `${outputDir}/fonts`;
  return [`mkdir -p "${to}/cut"`, ...BUNDLED_FONT_FILES.map((file) => `cp "${from}/${file}" "${to}/${file}"`), `cp -r "${from}/licenses" "${to}/licenses"`];
}

/**
 * The font subsetter loads harfbuzz's wasm with `require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')`,
 * which esbuild cannot inline; Node resolves it from `<asset>/node_modules/` at run time.
 */
export function copyWasmCommands(inputDir: string, outputDir: string): string[] {
  const from = `${inputDir}/node_modules/harfbuzzjs`;
  const to = `${outputDir}/node_modules/harfbuzzjs`;
  return [`mkdir -p "${to}/dist"`, `cp "${from}/dist/harfbuzz-subset.wasm" "${to}/dist/"`, `cp "${from}/LICENSE" "${to}/"`];
}

/** jieba's dictionary and HMM for the title breaker (render/jieba/data-dir.ts looks for `<asset>/jieba`), with their licence. */
export function copyJiebaCommands(inputDir: string, outputDir: string): string[] {
  return [`mkdir -p "${outputDir}/jieba"`, ...JIEBA_DATA_FILES.map((file) => `cp "${inputDir}/assets/jieba/${file}" "${outputDir}/jieba/${file}"`)];
}

/**
 * Where the bundling writes fontkit with its brotli dictionary made on first use (lib/lazy-brotli-fontkit.mjs),
 * relative to the project root, and aliases `@pdf-lib/fontkit` to: ~60 ms of CPU at every cold start for a
 * dictionary only a WOFF2 font needs (we read none).
 */
export const LAZY_BROTLI_FONTKIT = 'node_modules/.cache/speech-press-lambda/fontkit.umd.js';

export interface ConverterFunctionProps {
  readonly config: SpeechPressConfig;
  readonly outputBucketName: string;
}

/** The converter Lambda: bundled locally by esbuild with the SDK inside, fonts beside index.js. */
export class ConverterFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: ConverterFunctionProps) {
    super(scope, id);
    const { config } = props;
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: config.logRetentionDays as RetentionDays,
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.function = new NodejsFunction(this, 'Function', {
      entry: HANDLER_ENTRY,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: config.memoryMiB,
      timeout: Duration.seconds(config.timeoutSeconds),
      ...(config.reservedConcurrency !== undefined ? { reservedConcurrentExecutions: config.reservedConcurrency } : {}),
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      // X-Ray: each invocation's cold start (init) and handler time, and the SQS → Lambda hop.
      tracing: Tracing.ACTIVE,
      environment: {
        [ENV.outputBucket]: props.outputBucketName,
        [ENV.inputPrefix]: config.inputPrefix,
        [ENV.outputPrefix]: config.outputPrefix,
        [ENV.maxBytes]: String(config.maxBytes),
        [ENV.traditionalVariant]: config.traditionalVariant,
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        // No NODE_OPTIONS=--enable-source-maps: +50 ms CPU and +30 MiB per cold start; map traces with index.js.map (docs/aws.md).
      },
      bundling: {
        format: OutputFormat.CJS,
        minify: true,
        sourceMap: true,
        // fontkit from the copy beforeBundling writes; esbuild resolves an alias in its working directory, the project root.
        esbuildArgs: { '--alias': [`@pdf-lib/fontkit=./${LAZY_BROTLI_FONTKIT}`] },
        // The SDK is bundled so the asset runs anywhere under plain node, pinned to our tested version.
        externalModules: [],
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: (inputDir) => [`node "${inputDir}/lib/lazy-brotli-fontkit.mjs" "${inputDir}/${LAZY_BROTLI_FONTKIT}"`],
          beforeInstall: () => [],
          afterBundling: (inputDir, outputDir) => [
            ...copyFontsCommands(inputDir, outputDir),
            ...copyWasmCommands(inputDir, outputDir),
            ...copyJiebaCommands(inputDir, outputDir),
          ],
        },
      },
    });
  }

  get handler(): IFunction {
    return this.function;
  }
}
