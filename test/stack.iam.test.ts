/**
 * The function's IAM policy covers every AWS call the handler makes, on the resources it makes them on.
 * The calls are derived from the code twice: every SDK command the handler's source constructs, and every
 * request it actually sends to a real S3 server across its paths (convert, reject, re-convert, name
 * clash, bad key, given up). A new call, or a call on a new resource, fails here before it fails on
 * AWS with a 403 that s3rver would never show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handlerHarness, TRANSCRIPT } from './handler/harness';
import { batch, s3NotificationRecord } from './support/s3rver-events';
import type { SentCommand } from './support/s3rver-faults';
import { globMatches, roleStatements } from './support/iam-policy';
import { repoRoot } from './support/shared';
import { defaultStack, removeOutdirs } from './stack/synth';

const HANDLER_DIR = join(repoRoot, 'lambdas', 'handler');
const handlerSource = readdirSync(HANDLER_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(HANDLER_DIR, f), 'utf8'))
  .join('\n');

/** Every `new XxxCommand(` in the handler's source, with the argument text up to the closing `)`. */
const constructedCommands = [...handlerSource.matchAll(/new (\w+Command)\(/g)].map((m) => m[1]!);

/**
 * What IAM authorises each SDK command as (AWS's service authorization reference). The only part
 * written by hand; a command missing here fails the test.
 */
const IAM_ACTIONS: Record<string, readonly string[]> = {
  HeadObjectCommand: ['s3:GetObject'],
  GetObjectCommand: handlerSource.includes('VersionId:') ? ['s3:GetObject', 's3:GetObjectVersion'] : ['s3:GetObject'],
  PutObjectCommand: ['s3:PutObject'],
  DeleteObjectCommand: ['s3:DeleteObject'],
  SendMessageCommand: ['sqs:SendMessage'],
  PutEventsCommand: ['events:PutEvents'],
};

// The default stack, synthesized once per worker and shared with test/stack/** (test/stack/synth.ts).
const { stack, template, ref: logicalId } = defaultStack();
afterAll(removeOutdirs);
const ids = { input: logicalId(stack.inputBucket), output: logicalId(stack.outputBucket), queue: logicalId(stack.queue), givenUp: logicalId(stack.givenUpQueue) };

const statements = roleStatements(template, stack, stack.converter.function.role!);

/** A resource as a plain ARN pattern: bucket ARNs as `arn:aws:s3:::<logical id>`, tokens spelled out. */
function resourceText(resource: unknown): string {
  if (typeof resource === 'string') return resource;
  const r = resource as Record<string, unknown>;
  if ('Fn::GetAtt' in r) {
    const [id, attribute] = r['Fn::GetAtt'] as [string, string];
    return (id === ids.queue || id === ids.givenUp) && attribute === 'Arn' ? `arn:aws:sqs:::${id}` : `arn:aws:s3:::${id}`;
  }
  if ('Fn::Join' in r) {
    const [separator, parts] = r['Fn::Join'] as [string, unknown[]];
    return parts.map(resourceText).join(separator);
  }
  if ('Ref' in r) return `{${String(r['Ref'])}}`;
  return JSON.stringify(resource);
}

/** True when an Allow statement grants `action` on `arn` (conditions on s3:prefix checked against `prefix`). */
function allowed(action: string, arn: string, prefix?: string): boolean {
  return statements.some((s) => {
    if (s.Effect !== 'Allow' || ![s.Action].flat().includes(action)) return false;
    if (![s.Resource].flat().some((r) => globMatches(resourceText(r), arn))) return false;
    const prefixCondition = s.Condition?.['StringLike']?.['s3:prefix'];
    return prefixCondition === undefined || (prefix !== undefined && globMatches(prefixCondition, prefix));
  });
}

describe('every SDK command the handler constructs', () => {
  it('is known here, and each is allowed on its resource kind', () => {
    expect(constructedCommands.length).toBeGreaterThan(0);
    for (const command of new Set(constructedCommands)) expect(IAM_ACTIONS[command], `${command} has no IAM mapping here`).toBeDefined();
    expect(allowed('sqs:SendMessage', `arn:aws:sqs:::${ids.queue}`)).toBe(true);
    // Dead letters are parked on the given-up queue.
    expect(allowed('sqs:SendMessage', `arn:aws:sqs:::${ids.givenUp}`)).toBe(true);
    expect(statements.some((s) => [s.Action].flat().includes('events:PutEvents') && resourceText(s.Resource).endsWith(':event-bus/default'))).toBe(true);
  });
});

describe('every S3 request the handler sends on its paths', () => {
  const h = handlerHarness();
  const bucketIds: Record<string, string> = { in: ids.input, out: ids.output };

  it('is allowed by the policy on exactly that bucket and key (and a missing key answers 404, not 403)', async () => {
    const sent: SentCommand[] = [];
    const run = async (key: string, deps = {}, fail?: (c: SentCommand) => boolean) => {
      const { handler, sent: these } = h.handlerWith(fail, {}, deps);
      const record = s3NotificationRecord('in', key);
      await handler(batch({ ...record, attributes: { ...record.attributes, ApproximateReceiveCount: '5' } }));
      sent.push(...these);
    };
    await h.upload('incoming/iam/a.txt', TRANSCRIPT);
    await run('incoming/iam/a.txt');
    await h.upload('incoming/iam/a.txt', '');
    await run('incoming/iam/a.txt');
    await h.upload('incoming/iam/a.txt', TRANSCRIPT);
    await run('incoming/iam/a.txt');
    await h.upload('incoming/iam/a.TXT', TRANSCRIPT);
    await run('incoming/iam/a.TXT');
    await run('incoming/iam/../x.txt');
    await run('incoming/iam/gone.txt');
    await h.upload('incoming/iam/fails.txt', TRANSCRIPT);
    await run('incoming/iam/fails.txt', { maxReceiveCount: 5 }, (c) => c.name === 'PutObjectCommand' && c.input.Key === 'iam/fails.pdf');
    // A dead letter whose last attempt wrote nothing (timeout): reported beside a.txt's names.
    const deadLetters = { queueArn: 'arn:aws:sqs:r:1:dlq', park: async () => {} };
    for (const key of ['incoming/iam/late.txt', 'incoming/iam/a.TXT']) {
      await h.upload(key, TRANSCRIPT);
      const { handler, sent: these } = h.handlerWith(undefined, {}, { deadLetters });
      await handler(batch({ ...s3NotificationRecord('in', key), eventSourceARN: deadLetters.queueArn }));
      sent.push(...these);
    }

    const seen = new Set(sent.map((c) => c.name));
    // The paths above exercise every S3 command the source constructs.
    for (const command of constructedCommands.filter((c) => IAM_ACTIONS[c]?.every((a) => a.startsWith('s3:')))) expect(seen).toContain(command);

    for (const command of sent) {
      const arn = `arn:aws:s3:::${bucketIds[command.input.Bucket!]}/${command.input.Key}`;
      for (const action of IAM_ACTIONS[command.name]!) expect(allowed(action, arn), `${action} on ${command.input.Bucket}/${command.input.Key}`).toBe(true);
      if (command.name === 'HeadObjectCommand') {
        expect(allowed('s3:ListBucket', `arn:aws:s3:::${bucketIds[command.input.Bucket!]}`, command.input.Key), `s3:ListBucket for ${command.input.Key}`).toBe(true);
      }
    }
  });
});
