#!/usr/bin/env node
/**
 * CDK app: `npx cdk synth` (offline, no credentials) or `npx cdk deploy`. cdk-nag's AWS Solutions
 * checks run on every synth; any unacknowledged finding fails it.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { SpeechPressStack } from '../lib/speech-press-stack';

const app = new App();
new SpeechPressStack(app, 'SpeechPress', { description: 'speech-press: Chinese speech transcripts → GB/T 9704 DOCX/PDF (S3 → SQS → Lambda)' });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
app.synth();
