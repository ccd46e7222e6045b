import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SpeechPressStack } from '../../../lib/speech-press-stack';
import { builtPageDir } from '../../../lib/web-page-asset';

// An outdir of our own, removed afterwards: a bare App leaves a /tmp/cdk.outXXXX behind on every run.
const outdirs: string[] = [];
afterAll(() => outdirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function synth(context: Record<string, unknown> = {}) {
  const outdir = mkdtempSync(join(tmpdir(), 'speech-press-cdk-web-'));
  outdirs.push(outdir);
  // No Lambda bundling: these tests read the template only (test/stack.bundle.test.ts covers bundles).
  // No CloudFormation validation: without cdk.json's validateAgainstDefaultRules it can only warn, and it was most of this file's CPU.
  const app = new App({ outdir, builtinCloudFormationValidation: false, context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const stack = new SpeechPressStack(app, 'SpeechPress');
  return { stack, template: Template.fromStack(stack) };
}

const { stack, template } = synth();
const web = stack.node.findChild('Web') as import('../../../lib/web-frontend').WebFrontend;
const id = (construct: { node: { defaultChild?: unknown } }) => Stack.of(stack).getLogicalId(construct.node.defaultChild as never);
const distributionOrigin = { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [id(web.distribution), 'DomainName'] }]] };
const resources = template.toJSON().Resources as Record<string, { Type: string; Properties: Record<string, any> }>; // eslint-disable-line @typescript-eslint/no-explicit-any
const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type);

describe('web page behind CloudFront', () => {
  it('serves a private bucket through origin access control, HTTPS only, with logging', () => {
    const site = resources[id(web.siteBucket)]!.Properties;
    expect(site['PublicAccessBlockConfiguration']).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(ofType('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    const config = resources[id(web.distribution)]!.Properties['DistributionConfig'];
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('https-only');
    expect(config.Origins[0].OriginAccessControlId).toBeDefined();
    expect(config.Logging.Prefix).toBe('cloudfront/');
    // Only CloudFront, for this distribution, may read the page bucket.
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id(web.siteBucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudfront.amazonaws.com' }, Action: 's3:GetObject', Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } } }),
        ]),
      },
    });
  });

  it('sends CSP (no framing, scripts only from the page), HSTS, DENY framing and nosniff', () => {
    const [policy] = ofType('AWS::CloudFront::ResponseHeadersPolicy');
    const security = policy!.Properties['ResponseHeadersPolicyConfig'].SecurityHeadersConfig;
    const csp = JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy);
    for (const directive of ["frame-ancestors 'none'", "script-src 'self'", "object-src 'none'", "default-src 'self'"]) expect(csp).toContain(directive);
    expect(security.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true });
    expect(security.FrameOptions.FrameOption).toBe('DENY');
    expect(security.ContentTypeOptions.Override).toBe(true);
  });

  it('deploys the bundled page and a config.json naming the API and the sign-in', () => {
    const dir = builtPageDir();
    for (const file of ['index.html', 'app.js', 'style.css', 'pdf.worker.min.mjs']) expect(existsSync(join(dir, file)), file).toBe(true);
    const [deployment] = ofType('Custom::CDKBucketDeployment');
    expect(deployment!.Properties['DestinationBucketName']).toEqual({ Ref: id(web.siteBucket) });
    expect(deployment!.Properties['SourceObjectKeys']).toHaveLength(2);
    const markers = JSON.stringify(deployment!.Properties['SourceMarkers']);
    expect(markers).toContain(id(web.auth.client));
    expect(markers).toContain(id(web.api.api));
  });
});

describe('sign-in', () => {
  it('is a user pool where admins create the users, with MFA, and a public PKCE code-flow client back to the page', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: true }, MfaConfiguration: 'ON', UserPoolTier: 'ESSENTIALS' });
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email'],
      CallbackURLs: [{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [id(web.distribution), 'DomainName'] }, '/']] }],
      SupportedIdentityProviders: ['COGNITO'],
    });
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.resourceCountIs('AWS::Cognito::ManagedLoginBranding', 1);
  });

  it('can open self sign-up by context only', () => {
    synth({ 'speech-press:selfSignUp': 'true' }).template.hasResourceProperties('AWS::Cognito::UserPool', { AdminCreateUserConfig: { AllowAdminCreateUserOnly: false } });
  });
});

describe('API', () => {
  it('needs a token of the pool on every route, and lets only the page call it cross-origin', () => {
    const routes = ofType('AWS::ApiGatewayV2::Route');
    expect(routes.map((r) => r.Properties['RouteKey']).sort()).toEqual(['GET /api/documents', 'POST /api/uploads']);
    for (const route of routes) expect(route.Properties['AuthorizationType']).toBe('JWT');
    const [authorizer] = ofType('AWS::ApiGatewayV2::Authorizer');
    expect(authorizer!.Properties['AuthorizerType']).toBe('JWT');
    expect(authorizer!.Properties['JwtConfiguration'].Audience).toEqual([{ Ref: id(web.auth.client) }]);
    expect(JSON.stringify(authorizer!.Properties['JwtConfiguration'].Issuer)).toContain(id(web.auth.userPool));
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: { AllowOrigins: [distributionOrigin] } });
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AccessLogSettings: Match.objectLike({}), DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 } });
  });

  it('has no S3 rights itself: it may only take the per-user role, with the user tag', () => {
    const role = id(web.api.function.role as never);
    const [policy] = ofType('AWS::IAM::Policy').filter((p) => p.Properties['Roles'].some((r: { Ref: string }) => r.Ref === role));
    expect(policy!.Properties['PolicyDocument'].Statement).toEqual([
      { Effect: 'Allow', Action: ['sts:AssumeRole', 'sts:TagSession'], Resource: { 'Fn::GetAtt': [id(web.api.userRole), 'Arn'] } },
    ]);
    expect(JSON.stringify(resources[role]!.Properties['ManagedPolicyArns'])).toContain('AWSLambdaBasicExecutionRole');
    template.hasResourceProperties('AWS::Lambda::Function', { Environment: { Variables: Match.objectLike({ USER_ROLE_ARN: { 'Fn::GetAtt': [id(web.api.userRole), 'Arn'] } }) } });
  });

  it("scopes every S3 right of the per-user role to the session's own folder (tag user = the token's sub), and only the function may take it", () => {
    const userRole = resources[id(web.api.userRole)]!.Properties;
    expect(userRole['AssumeRolePolicyDocument'].Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::GetAtt': [id(web.api.function.role as never), 'Arn'] } },
        Action: ['sts:AssumeRole', 'sts:TagSession'],
        Condition: { StringLike: { 'aws:RequestTag/user': '?*' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': ['user'] } },
      },
    ]);
    expect(userRole['MaxSessionDuration']).toBe(3600);
    const [policy] = ofType('AWS::IAM::Policy').filter((p) => p.Properties['Roles'].some((r: { Ref: string }) => r.Ref === id(web.api.userRole)));
    const input = id(stack.inputBucket);
    const output = id(stack.outputBucket);
    expect(policy!.Properties['PolicyDocument'].Statement).toEqual([
      { Effect: 'Allow', Action: 's3:PutObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [input, 'Arn'] }, '/incoming/${aws:PrincipalTag/user}/*']] } },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [output, 'Arn'] }, '/${aws:PrincipalTag/user}/*']] } },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [input, 'Arn'] }, Condition: { StringLike: { 's3:prefix': 'incoming/${aws:PrincipalTag/user}/*' } } },
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: { 'Fn::GetAtt': [output, 'Arn'] }, Condition: { StringLike: { 's3:prefix': '${aws:PrincipalTag/user}/*' } } },
    ]);
  });
});

describe('API function', () => {
  it('leaves source maps off at run time, like the converter (the map ships in the asset and is used offline)', () => {
    const fn = resources[id(web.api.function)]!.Properties;
    expect(fn['Environment'].Variables.NODE_OPTIONS).toBeUndefined();
    expect(JSON.stringify(fn['Environment'])).not.toContain('source-maps');
  });
});

describe('data bucket CORS', () => {
  it('allows only the page’s origin: PUT with the signed headers on the input bucket, GET/HEAD on the output bucket', () => {
    expect(resources[id(stack.inputBucket)]!.Properties['CorsConfiguration']).toEqual({
      CorsRules: [{ AllowedOrigins: [distributionOrigin], AllowedMethods: ['PUT'], AllowedHeaders: ['content-type', 'x-amz-meta-variant'], ExposedHeaders: ['ETag'], MaxAge: 600 }],
    });
    expect(resources[id(stack.outputBucket)]!.Properties['CorsConfiguration']).toEqual({
      CorsRules: [{ AllowedOrigins: [distributionOrigin], AllowedMethods: ['GET', 'HEAD'], ExposedHeaders: ['ETag'], MaxAge: 600 }],
    });
  });
});
