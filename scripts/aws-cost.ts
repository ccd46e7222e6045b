/**
 * Cost per 1,000 documents on AWS, from measurement: runs the real handler (in-process, warm) against
 * s3rver over the given transcripts (default: the corpus, else the samples), counts every S3 request by
 * kind and every output byte, takes the median conversion time, and prices them with the list prices
 * below. On this shared 2-core machine the times are an upper bound for one Lambda vCPU.
 *
 *   npx tsx scripts/aws-cost.ts [--runs 3] [file.txt…]
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandler } from '../lambdas/handler/create-handler';
import { encodeEventKey } from '../lambdas/handler/object-keys';
import { startLocalS3 } from '../lambdas/local/local-s3';
import { convert, errorReportFile, outputsVersion } from '../lambdas/pipeline';
import { DEFAULT_CONFIG } from '../lib/config';

/**
 * US East (N. Virginia) list prices, USD, as published on https://aws.amazon.com/lambda/pricing/,
 * https://aws.amazon.com/s3/pricing/, https://aws.amazon.com/sqs/pricing/ and
 * https://aws.amazon.com/eventbridge/pricing/ (first tiers, free tiers ignored). Check them before
 * budgeting: they change, and other regions differ.
 */
export const PRICES = {
  lambdaArmPerGbSecond: 0.0000133334,
  lambdaPerRequest: 0.2 / 1e6,
  s3PutPer1000: 0.005,
  s3GetHeadPer1000: 0.0004,
  s3StandardPerGbMonth: 0.023,
  sqsPerMillion: 0.4,
  eventBridgePerMillion: 1.0,
} as const;

const repoRoot = resolve(__dirname, '..');

function transcripts(files: string[]): string[] {
  if (files.length > 0) return files.map((f) => resolve(f));
  const corpus = resolve(repoRoot, '..', 'shared', 'corpus', 'raw');
  try {
    return readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => join(corpus, f));
  } catch {
    const samples = join(repoRoot, 'samples');
    return readdirSync(samples).filter((f) => f.endsWith('.txt')).sort().map((f) => join(samples, f));
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  const dir = join(repoRoot, '.local', `aws-cost-${process.pid}`);
  const s3 = await startLocalS3({ directory: dir, buckets: ['in', 'out'], port: 0 });
  const requests = new Map<string, number>();
  let outputBytes = 0;
  const counting = Object.create(s3.client) as typeof s3.client;
  counting.send = (async (command: { constructor: { name: string }; input: { Body?: Uint8Array } }) => {
    requests.set(command.constructor.name, (requests.get(command.constructor.name) ?? 0) + 1);
    if (command.constructor.name === 'PutObjectCommand') outputBytes += command.input.Body?.byteLength ?? 0;
    return (s3.client.send as (c: unknown) => Promise<unknown>)(command);
  }) as never;
  const traditional = { variant: 'tw' } as const;
  const handler = createHandler({
    s3: counting,
    pipeline: { convert, errorReportFile, version: outputsVersion(traditional) },
    config: { outputBucket: 'out', inputPrefix: 'incoming/', outputPrefix: '', maxBytes: DEFAULT_CONFIG.maxBytes, traditional },
    logger: new Logger({ logLevel: 'SILENT' }),
  });
  const files = transcripts(positionals);
  const times: number[] = [];
  let inputBytes = 0;
  let documents = 0;
  // One warm-up so fonts and dictionaries are loaded, as in a warm Lambda container.
  for (let run = -1; run < runs; run++) {
    if (run === 0) {
      requests.clear();
      outputBytes = 0;
    }
    for (const file of files) {
      const body = readFileSync(file);
      // A new key each run: every run is a real conversion, not an idempotent skip.
      const key = `incoming/run${run}/${basename(file)}`;
      await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: key, Body: body }));
      const record = { eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'in' }, object: { key: encodeEventKey(key), size: body.byteLength } } };
      const started = performance.now();
      await handler({ Records: [{ messageId: key, body: JSON.stringify({ Records: [record] }), attributes: { ApproximateReceiveCount: '1' } } as never] });
      if (run >= 0) {
        times.push(performance.now() - started);
        inputBytes += body.byteLength;
        documents++;
      }
    }
  }
  await s3.close();
  rmSync(dir, { recursive: true, force: true });

  const seconds = median(times) / 1000;
  const gb = DEFAULT_CONFIG.memoryMiB / 1024;
  const per = (n: number) => (n / documents) * 1000;
  const puts = per(requests.get('PutObjectCommand') ?? 0);
  const getsHeads = per((requests.get('GetObjectCommand') ?? 0) + (requests.get('HeadObjectCommand') ?? 0));
  const deletes = per(requests.get('DeleteObjectCommand') ?? 0);
  // Per document: one SQS receive and one delete (batched up to batchSize, so this is an upper bound), one event.
  const cost = {
    lambdaCompute: 1000 * seconds * gb * PRICES.lambdaArmPerGbSecond,
    lambdaRequests: 1000 * PRICES.lambdaPerRequest,
    s3Requests: (puts / 1000) * PRICES.s3PutPer1000 + (getsHeads / 1000) * PRICES.s3GetHeadPer1000,
    sqs: (2 * 1000 * PRICES.sqsPerMillion) / 1e6,
    events: (1000 * PRICES.eventBridgePerMillion) / 1e6,
    storagePerMonth: ((per(outputBytes) + per(inputBytes)) / 2 ** 30) * PRICES.s3StandardPerGbMonth,
  };
  console.log(
    JSON.stringify(
      {
        documents,
        files: files.length,
        medianSeconds: Number(seconds.toFixed(3)),
        p90Seconds: Number(([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]! / 1000).toFixed(3)),
        inputKiBPerDocument: Number((inputBytes / documents / 1024).toFixed(1)),
        outputKiBPerDocument: Number((outputBytes / documents / 1024).toFixed(1)),
        per1000Documents: { puts, getsHeads, deletes },
        costUsdPer1000Documents: Object.fromEntries(Object.entries(cost).map(([k, v]) => [k, Number(v.toFixed(5))])),
        totalUsdPer1000Documents: Number(Object.values(cost).reduce((a, b) => a + b, 0).toFixed(4)),
      },
      null,
      2,
    ),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
