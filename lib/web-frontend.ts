import { Aws, CfnOutput, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import {
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  CachePolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import type { PageConfig } from '../lambdas/web/api/contract';
import { BUCKET_CORS, CORS_MAX_AGE_SECONDS } from '../lambdas/web/bucket-cors';
import { contentSecurityPolicy } from '../lambdas/web/security-headers';
import type { SpeechPressConfig } from './config';
import { WebApi } from './web-api';
import { AUTH_DOMAIN_CONTEXT, WebAuth } from './web-auth';
import { builtPageDir } from './web-page-asset';
import { acknowledgeWebFindings } from './web-nag-acknowledgements';

export interface WebFrontendProps {
  readonly config: SpeechPressConfig;
  readonly inputBucket: Bucket;
  readonly outputBucket: Bucket;
  /** Server access logs of the page bucket and CloudFront's standard logs go here. */
  readonly accessLogs: IBucket;
}

const HSTS_MAX_AGE = Duration.days(730);

/**
 * The web page on AWS: the bundled page in a private bucket behind CloudFront (origin access control,
 * HTTPS only, security headers), sign-in with Cognito managed login, the HTTP API that presigns, and
 * CORS on the data buckets for the page's origin only.
 */
export class WebFrontend extends Construct {
  readonly siteBucket: Bucket;
  readonly distribution: Distribution;
  readonly auth: WebAuth;
  readonly api: WebApi;
  readonly deployment: BucketDeployment;
  readonly pageUrl: string;

  constructor(scope: Construct, id: string, props: WebFrontendProps) {
    super(scope, id);
    const { config } = props;
    this.siteBucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'site/',
      // Only build output lives here (every deploy rewrites it), but it follows the data buckets'
      // policy so one switch decides what a stack deletion leaves behind.
      removalPolicy: config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });

    // Host names in the policy are patterns, not references: the data buckets' CORS rules and the API's
    // name the distribution, so the distribution's headers cannot name them back (a dependency cycle).
    const region = Aws.REGION;
    const authPrefix: string = this.node.tryGetContext(AUTH_DOMAIN_CONTEXT) ?? Fn.join('-', ['speech-press', Aws.ACCOUNT_ID]);
    const csp = contentSecurityPolicy([
      `https://*.execute-api.${region}.amazonaws.com`,
      `https://*.s3.${region}.amazonaws.com`,
      `https://${authPrefix}.auth.${region}.amazoncognito.com`,
    ]);
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'speech-press page: CSP, HSTS, no framing, no sniffing, no referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: csp, override: true },
        strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'speech-press web page',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
        responseHeadersPolicy: headers,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      },
      enableLogging: true,
      logBucket: props.accessLogs,
      logFilePrefix: 'cloudfront/',
    });
    const pageOrigin = `https://${this.distribution.distributionDomainName}`;
    this.pageUrl = `${pageOrigin}/`;

    this.auth = new WebAuth(this, 'Auth', { pageUrl: this.pageUrl, retainData: config.retainData });
    // By the time an upload has no result for this long, SQS has given up on it (visibility 6 × timeout per receive).
    const staleAfterSeconds = config.maxReceiveCount * 6 * config.timeoutSeconds + 300;
    this.api = new WebApi(this, 'Api', {
      config,
      inputBucket: props.inputBucket,
      outputBucket: props.outputBucket,
      pageOrigin,
      issuerUrl: this.auth.issuerUrl,
      clientId: this.auth.client.userPoolClientId,
      staleAfterSeconds,
    });

    const cors = (rule: (typeof BUCKET_CORS)[keyof typeof BUCKET_CORS]) => ({
      allowedOrigins: [pageOrigin],
      allowedMethods: rule.methods.map((m) => HttpMethods[m]),
      ...(rule.headers.length > 0 ? { allowedHeaders: [...rule.headers] } : {}),
      exposedHeaders: ['ETag'],
      maxAge: CORS_MAX_AGE_SECONDS,
    });
    props.inputBucket.addCorsRule(cors(BUCKET_CORS.input));
    props.outputBucket.addCorsRule(cors(BUCKET_CORS.output));

    const pageConfig: PageConfig = {
      apiBase: this.api.url,
      auth: { domain: this.auth.domainUrl, clientId: this.auth.client.userPoolClientId, redirectUri: this.pageUrl },
      maxBytes: config.maxBytes,
      defaultVariant: config.traditionalVariant,
    };
    this.deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(builtPageDir()), Source.jsonData('config.json', pageConfig)],
      destinationBucket: this.siteBucket,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
    });

    acknowledgeWebFindings(this, props);
    new CfnOutput(this, 'PageUrl', { value: this.pageUrl, description: 'the web page (sign in with a user created in the user pool)' });
    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
  }
}
