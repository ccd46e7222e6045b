/**
 * The per-user role's IAM policy, as a session tagged with one user sees it, covers every S3 request
 * the API core sends for that user and every URL it presigns (a presigned URL carries the session's
 * rights), on exactly those buckets and keys, and nothing of another user's.
 * The requests come from running the core against a real S3 server through all its paths; a new call
 * or a new key shape fails here instead of as a 403 on AWS, which s3rver would never show.
 */
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceKeyHash } from '../../../lambdas/handler/output-headers';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../lambdas/local/local-s3';
import { presigningClient, sdkPresigner, type Presigner } from '../../../lambdas/web/api/presigner';
import { createWebApi } from '../../../lambdas/web/api/web-api';
import { SpeechPressStack } from '../../../lib/speech-press-stack';
import type { WebFrontend } from '../../../lib/web-frontend';
import { faultyClient, type SentCommand } from '../../support/s3rver-faults';
import { globMatches, roleStatements } from '../../support/iam-policy';
import { startTestS3 } from '../../support/s3rver';

// No CloudFormation validation: without cdk.json's validateAgainstDefaultRules it can only warn, and it was most of this file's CPU.
// An outdir of our own, removed afterwards: a bare App leaves a /tmp/cdk.outXXXX behind on every run.
const outdir = mkdtempSync(join(tmpdir(), 'speech-press-cdk-web-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));
const app = new App({ outdir, builtinCloudFormationValidation: false, context: { 'aws:cdk:bundling-stacks': [] } });
const stack = new SpeechPressStack(app, 'SpeechPress');
const web = stack.node.findChild('Web') as WebFrontend;
const template = Template.fromStack(stack);
const logicalId = (c: { node: { defaultChild?: unknown } }) => stack.getLogicalId(c.node.defaultChild as never);
const BUCKET_IDS: Record<string, string> = { 'iam-in': logicalId(stack.inputBucket), 'iam-out': logicalId(stack.outputBucket) };

const statements = roleStatements(template, stack, web.api.userRole);
const user = '3f1c9a52-0d7e-4c1e-9a57-1d2b3c4d5e6f';
/** The session's tag: every `${aws:PrincipalTag/user}` in the policy is the signed-in user's sub. */
const asSession = (pattern: string) => pattern.split('${aws:PrincipalTag/user}').join(user);

/** One request as IAM sees it: an action on a bucket (with the listed prefix) or on an object key. */
interface Request {
  readonly action: string;
  readonly bucket: string;
  readonly key?: string;
  readonly prefix?: string;
}

function allowed(request: Request): boolean {
  const bucketId = BUCKET_IDS[request.bucket];
  return statements.some((s) => {
    if (s.Effect !== 'Allow' || ![s.Action].flat().includes(request.action)) return false;
    const resource = JSON.stringify(s.Resource);
    if (request.key === undefined) {
      if (resource !== JSON.stringify({ 'Fn::GetAtt': [bucketId, 'Arn'] })) return false;
      const prefixPattern = s.Condition?.['StringLike']?.['s3:prefix'];
      return prefixPattern === undefined || globMatches(asSession(prefixPattern), request.prefix ?? '');
    }
    const join = (s.Resource as { 'Fn::Join'?: [string, [unknown, string]] })['Fn::Join'];
    return join !== undefined && JSON.stringify(join[1][0]) === JSON.stringify({ 'Fn::GetAtt': [bucketId, 'Arn'] }) && globMatches(asSession(join[1][1].slice(1)), request.key);
  });
}

const IAM_ACTIONS: Record<string, string> = { ListObjectsV2Command: 's3:ListBucket', HeadObjectCommand: 's3:GetObject' };

let s3: Awaited<ReturnType<typeof startTestS3>>;
const requests: Request[] = [];
beforeAll(async () => {
  s3 = await startTestS3(Object.keys(BUCKET_IDS));
});
afterAll(() => s3.stop());

describe('web API function IAM', () => {
  it('allows every request and presigned URL the API makes on its paths, and only those', async () => {
    const recorded = faultyClient(s3.client);
    const presigner = sdkPresigner(presigningClient({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } }));
    const recordingPresigner: Presigner = {
      put: (bucket, key, body, expires) => (requests.push({ action: 's3:PutObject', bucket, key }), presigner.put(bucket, key, body, expires)),
      get: (bucket, key, expires) => (requests.push({ action: 's3:GetObject', bucket, key }), presigner.get(bucket, key, expires)),
    };
    const config = stack.config;
    const api = createWebApi({
      s3: recorded.client,
      presigner: recordingPresigner,
      config: { inputBucket: 'iam-in', outputBucket: 'iam-out', inputPrefix: config.inputPrefix, outputPrefix: config.outputPrefix, maxBytes: config.maxBytes, staleAfterMs: 60_000, urlExpiresSeconds: 900 },
    });
    // A finished document, a source re-uploaded with the same bytes (metadata read), and a new upload.
    const source = `${config.inputPrefix}${user}/讲话.txt`;
    await s3.client.send(new PutObjectCommand({ Bucket: 'iam-in', Key: source, Body: 'x' }));
    const eTag = (await s3.client.send(new HeadObjectCommand({ Bucket: 'iam-in', Key: source }))).ETag!;
    await s3.client.send(new PutObjectCommand({ Bucket: 'iam-out', Key: `${config.outputPrefix}${user}/讲话.pdf`, Body: 'x' }));
    await s3.client.send(new PutObjectCommand({ Bucket: 'iam-out', Key: `${config.outputPrefix}${user}/讲话.json`, Body: '{}', Metadata: { 'source-key-sha256': sourceKeyHash(source), 'source-etag': eTag } }));
    await new Promise((r) => setTimeout(r, 1100));
    await s3.client.send(new PutObjectCommand({ Bucket: 'iam-in', Key: source, Body: 'x' }));

    expect((await api({ method: 'GET', path: '/api/documents', body: undefined, userId: user })).status).toBe(200);
    expect((await api({ method: 'POST', path: '/api/uploads', body: JSON.stringify({ name: '另一篇.txt', size: 10, variant: 'hk' }), userId: user })).status).toBe(200);

    const sent = recorded.sent as SentCommand[];
    expect(new Set(sent.map((c) => c.name))).toEqual(new Set(['ListObjectsV2Command', 'HeadObjectCommand']));
    for (const command of sent) {
      const action = IAM_ACTIONS[command.name];
      expect(action, `${command.name} has no IAM action in this test`).toBeDefined();
      const input = command.input as { Bucket: string; Key?: string; Prefix?: string };
      requests.push({ action: action!, bucket: input.Bucket, ...(input.Key !== undefined ? { key: input.Key } : { prefix: input.Prefix ?? '' }) });
    }
    expect(new Set(requests.map((r) => r.action))).toEqual(new Set(['s3:ListBucket', 's3:GetObject', 's3:PutObject']));
    for (const request of requests) expect(allowed(request), JSON.stringify(request)).toBe(true);
    // The check is live: a key outside the prefix, a delete, another bucket's listing would be refused.
    expect(allowed({ action: 's3:PutObject', bucket: 'iam-in', key: `${user}/x.txt` })).toBe(false);
    expect(allowed({ action: 's3:DeleteObject', bucket: 'iam-out', key: `${user}/x.pdf` })).toBe(false);
    expect(allowed({ action: 's3:ListBucket', bucket: 'iam-in', prefix: 'other/' })).toBe(false);
    // Another user's folder, whatever the code asked for: refused by IAM itself.
    const other = '9a8b7c6d-0000-4000-8000-000000000000';
    expect(allowed({ action: 's3:PutObject', bucket: 'iam-in', key: `${config.inputPrefix}${other}/x.txt` })).toBe(false);
    expect(allowed({ action: 's3:GetObject', bucket: 'iam-out', key: `${config.outputPrefix}${other}/讲话.pdf` })).toBe(false);
    expect(allowed({ action: 's3:ListBucket', bucket: 'iam-in', prefix: `${config.inputPrefix}${other}/` })).toBe(false);
    expect(allowed({ action: 's3:ListBucket', bucket: 'iam-out', prefix: `${config.outputPrefix}${other}/` })).toBe(false);
    // Nor a listing of every user's folders at once.
    expect(allowed({ action: 's3:ListBucket', bucket: 'iam-in', prefix: config.inputPrefix })).toBe(false);
    expect(allowed({ action: 's3:ListBucket', bucket: 'iam-out', prefix: config.outputPrefix })).toBe(false);
  });
});
