import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpeechPressStack, type SpeechPressStackProps } from '../../lib/speech-press-stack';
import { repoRoot } from '../support/shared';

// A bare `new App()` does not read cdk.json: pass its feature flags so tests see what `cdk synth` sees.
const cdkContext = (JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;
const outdirs: string[] = [];

/** Removes the apps' temporary outdirs made so far (each test file's afterAll; templates stay in memory). */
export function removeOutdirs(): void {
  for (const dir of outdirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A stack in an app with a temporary outdir (removed by removeOutdirs) and bundling skipped. The template is
 * synthesized when first read (~1 s of CPU): a test that only looks at the constructs (cdk-nag) never pays for it.
 */
export function synthStack(props: SpeechPressStackProps = {}, context: Record<string, unknown> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'speech-press-cdk-'));
  outdirs.push(outdir);
  const app = new App({ outdir, context: { ...cdkContext, 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new SpeechPressStack(app, 'SpeechPress', props);
  let template: Template | undefined;
  return {
    app,
    stack,
    get template() {
      return (template ??= Template.fromStack(stack));
    },
  };
}

let defaults: ReturnType<typeof withIds> | undefined;

function withIds(synth: ReturnType<typeof synthStack>) {
  const { stack } = synth;
  const ref = (construct: { node: { defaultChild?: unknown } }) => stack.getLogicalId(construct.node.defaultChild as never);
  return { ...synth, ref, inputId: ref(stack.inputBucket), outputId: ref(stack.outputBucket) };
}

/**
 * The stack as `cdk deploy` makes it with no settings, synthesized once per worker (the test files of a
 * project share their modules: vitest.config.mts) and read by every file here; `ref` gives a construct's
 * logical id.
 */
export function defaultStack() {
  return (defaults ??= withIds(synthStack()));
}
