import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { CorsHttpMethod, HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { ArnPrincipal, Effect, PolicyStatement, Role, SessionTagsPrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { join } from 'node:path';
import { WEB_ENV } from '../lambdas/web/lambda';
import { SESSION_SECONDS, USER_TAG } from '../lambdas/web/user-session';
import type { SpeechPressConfig } from './config';
import { REPO_ROOT } from './handler-function';

export const WEB_API_ENTRY = join(REPO_ROOT, 'lambdas', 'web', 'lambda.ts');
/** Requests per second (steady, burst) the API's stage accepts from everyone together; the page keeps its uploads well below. */
export const API_THROTTLE = { rateLimit: 20, burstLimit: 40 } as const;
/** Presigned URLs live this long (the page asks again on every refresh). */
export const URL_EXPIRES_SECONDS = 900;

/** HTTP API context variables (the REST API presets name variables HTTP APIs do not have). */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    time: '$context.requestTime',
    ip: '$context.identity.sourceIp',
    method: '$context.httpMethod',
    path: '$context.path',
    status: '$context.status',
    latencyMs: '$context.responseLatency',
    authorizerError: '$context.authorizer.error',
  }),
);

export interface WebApiProps {
  readonly config: SpeechPressConfig;
  readonly inputBucket: IBucket;
  readonly outputBucket: IBucket;
  /** The page's origin (`https://<distribution>`), the only one CORS allows. */
  readonly pageOrigin: string;
  readonly issuerUrl: string;
  readonly clientId: string;
  /** After this long without a result an upload is shown as failed (it has been dead-lettered by then). */
  readonly staleAfterSeconds: number;
}

/**
 * The page's API: an HTTP API whose every route needs a token from the user pool (JWT authorizer:
 * signature, issuer, audience and expiry checked by API Gateway), and one small function that
 * presigns into the caller's own folder and lists the caller's documents.
 */
export class WebApi extends Construct {
  readonly function: NodejsFunction;
  /** The role each user's session takes (S3 rights scoped by the session tag). */
  readonly userRole: Role;
  readonly api: HttpApi;
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebApiProps) {
    super(scope, id);
    const { config } = props;
    const removalPolicy = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    const logGroup = new LogGroup(this, 'Logs', { retention: config.logRetentionDays as RetentionDays, removalPolicy });
    this.function = new NodejsFunction(this, 'Function', {
      entry: WEB_API_ENTRY,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(10),
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        [WEB_ENV.inputBucket]: props.inputBucket.bucketName,
        [WEB_ENV.outputBucket]: props.outputBucket.bucketName,
        [WEB_ENV.inputPrefix]: config.inputPrefix,
        [WEB_ENV.outputPrefix]: config.outputPrefix,
        [WEB_ENV.maxBytes]: String(config.maxBytes),
        [WEB_ENV.staleAfterSeconds]: String(props.staleAfterSeconds),
        [WEB_ENV.urlExpiresSeconds]: String(URL_EXPIRES_SECONDS),
        // No NODE_OPTIONS=--enable-source-maps, as in the converter: Node would parse the map on every
        // cold start, which every page load that meets a new container waits for; traces are mapped
        // offline with the shipped index.js.map (docs/aws.md).
      },
      bundling: { format: OutputFormat.CJS, minify: true, sourceMap: true, externalModules: [], forceDockerBundling: false },
    });
    // The function itself may do nothing in S3. For each signed-in user it assumes this role with a
    // session tag `user` = the token's sub (lambdas/web/user-session.ts); every S3 right below names that
    // tag, so IAM keeps the API, and each URL it presigns, inside that user's own folders.
    this.userRole = new Role(this, 'UserScope', {
      description: 'speech-press web API, per signed-in user: presigned uploads and downloads in that user\'s folders only (session tag "user")',
      assumedBy: new SessionTagsPrincipal(new ArnPrincipal(this.function.role!.roleArn)).withConditions({
        // The session must carry the user tag, and only it: without it no resource below could match.
        StringLike: { [`aws:RequestTag/${USER_TAG}`]: '?*' },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [USER_TAG] },
      }),
      maxSessionDuration: Duration.seconds(SESSION_SECONDS),
    });
    const own = (prefix: string) => `${prefix}\${aws:PrincipalTag/${USER_TAG}}/*`;
    this.userRole.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:PutObject'], resources: [props.inputBucket.arnForObjects(own(config.inputPrefix))] }));
    this.userRole.addToPolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:GetObject'], resources: [props.outputBucket.arnForObjects(own(config.outputPrefix))] }));
    this.userRole.addToPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:ListBucket'], resources: [props.inputBucket.bucketArn], conditions: { StringLike: { 's3:prefix': own(config.inputPrefix) } } }),
    );
    this.userRole.addToPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['s3:ListBucket'], resources: [props.outputBucket.bucketArn], conditions: { StringLike: { 's3:prefix': own(config.outputPrefix) } } }),
    );
    this.function.addToRolePolicy(new PolicyStatement({ effect: Effect.ALLOW, actions: ['sts:AssumeRole', 'sts:TagSession'], resources: [this.userRole.roleArn] }));
    this.function.addEnvironment(WEB_ENV.userRoleArn, this.userRole.roleArn);

    const authorizer = new HttpJwtAuthorizer('UserPool', props.issuerUrl, { jwtAudience: [props.clientId] });
    this.api = new HttpApi(this, 'Api', {
      description: 'speech-press web page API (presigned uploads and downloads per user)',
      createDefaultStage: false,
      defaultAuthorizer: authorizer,
      corsPreflight: {
        allowOrigins: [props.pageOrigin],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: Duration.minutes(10),
      },
    });
    const integration = new HttpLambdaIntegration('Presign', this.function);
    this.api.addRoutes({ path: '/api/documents', methods: [HttpMethod.GET], integration });
    this.api.addRoutes({ path: '/api/uploads', methods: [HttpMethod.POST], integration });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: config.logRetentionDays as RetentionDays, removalPolicy });
    new HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { ...API_THROTTLE },
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });
    this.url = this.api.apiEndpoint;
  }
}
