/**
 * What `npm run demo:bundled` and the Lambda CPU benchmark share: the SQS record S3 would deliver for an
 * upload, the environment the deployed function gets (pointed at a local S3 server), and a child Node
 * process that runs the bundled asset on events read from stdin and prints `@@RESULT <json>`.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { encodeEventKey } from '../lambdas/handler/object-keys';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:000000000000:q';

/** One SQS record carrying `body`, as the event source mapping hands it to the function. */
export function sqsRecord(messageId: string, body: string) {
  return { messageId, receiptHandle: 'r', body, attributes: {}, messageAttributes: {}, md5OfBody: '', eventSource: 'aws:sqs', eventSourceARN: QUEUE_ARN, awsRegion: 'us-east-1' };
}

/** The S3 notification for `key` in the input bucket, wrapped in its SQS record. */
export function uploadRecord(messageId: string, key: string) {
  const body = JSON.stringify({
    Records: [{ eventVersion: '2.1', eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', awsRegion: 'us-east-1', s3: { bucket: { name: 'input' }, object: { key: encodeEventKey(key) } } }],
  });
  return sqsRecord(messageId, body);
}

/** The deployed function's environment, against the local S3 server at `endpoint`. */
export function bundledHandlerEnv(home: string, endpoint: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env['PATH'],
    HOME: home,
    OUTPUT_BUCKET: 'output',
    INPUT_PREFIX: 'incoming/',
    TRADITIONAL_VARIANT: 'tw',
    AWS_ENDPOINT_URL_S3: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    POWERTOOLS_LOG_LEVEL: 'WARN',
    ...extra,
  };
}

/**
 * Runs `childSource` (given the asset's index.js as argv[1]) in `dir` with `stdin`, and returns the parsed
 * `@@RESULT` line. Asynchronous on purpose: the local S3 server runs in this process and must keep answering.
 */
export async function runBundledChild<T>(childSource: string, dir: string, env: NodeJS.ProcessEnv, stdin: string, fail: (message: string) => Error): Promise<T> {
  const stdout = await new Promise<string>((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-e', childSource, join(dir, 'asset', 'index.js')], { cwd: dir, env, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolvePromise(out) : reject(fail(`bundled handler exited with ${code}: ${out}`))));
    child.stdin.end(stdin);
  });
  const line = stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (line === undefined) throw fail(`no result from the bundled handler: ${stdout}`);
  return JSON.parse(line.slice('@@RESULT '.length)) as T;
}
