import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { USER_TAG } from '../lambdas/web/user-session';
import type { WebFrontend, WebFrontendProps } from './web-frontend';

const BASIC_EXECUTION_ROLE = 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

/** CDK's singleton function behind BucketDeployment (copies the page into its bucket at deploy time). */
function bucketDeploymentHandler(stack: Stack): IConstruct | undefined {
  return stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
}

/**
 * The cdk-nag AwsSolutions findings on the web page's resources that we accept, each with its reason.
 * Anything else fails `npm run synth:check`.
 */
export function acknowledgeWebFindings(web: WebFrontend, props: WebFrontendProps): void {
  const stack = Stack.of(web);
  const logicalId = (construct: IConstruct) => stack.getLogicalId(construct.node.defaultChild as never);
  const { config } = props;

  const distribution = Validations.of(web.distribution);
  distribution.acknowledge({
    id: 'AwsSolutions-CFR4',
    reason:
      'The default *.cloudfront.net certificate cannot be limited to TLS 1.2; browsers negotiate TLS 1.2+ anyway. With a custom domain and an ACM certificate set minimumProtocolVersion TLSv1.2_2021 (docs/web.md).',
  });
  distribution.acknowledge({
    id: 'AwsSolutions-CFR1',
    reason: 'No geo restriction: staff sign in from wherever they work; every API call needs a Cognito token with MFA.',
  });
  distribution.acknowledge({
    id: 'AwsSolutions-CFR2',
    reason: 'No WAF: it costs a monthly fee while idle; the distribution serves only static files and the API is behind a JWT authorizer and stage throttling.',
  });

  Validations.of(web.auth.userPool).acknowledge({
    id: 'AwsSolutions-COG8',
    reason: 'The Plus plan (threat protection) is billed per active user; the pool has only admin-created users with TOTP MFA required and a 12-character password policy.',
  });

  const api = Validations.of(web.api.function);
  api.acknowledge({ id: BASIC_EXECUTION_ROLE, reason: 'AWSLambdaBasicExecutionRole only lets the function write its own CloudWatch logs.' });
  // The per-user role: the wildcard is the rest of a key inside one user's folder, the folder itself is
  // the session's tag (the token's sub), so no session can reach another user's keys.
  const perUser = Validations.of(web.api.userRole);
  perUser.acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId(props.inputBucket)}.Arn>/${config.inputPrefix}<aws:PrincipalTag/${USER_TAG}>/*]`,
    reason: "Presigned uploads (s3:PutObject only) of any file name inside the session's own user folder; the folder is the session tag, set from the verified token's sub (lambdas/web/user-session.ts).",
  });
  perUser.acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId(props.outputBucket)}.Arn>/${config.outputPrefix}<aws:PrincipalTag/${USER_TAG}>/*]`,
    reason: "Presigned downloads (s3:GetObject only) of the documents inside the session's own user folder, whose names the handler derives from the uploads.",
  });

  const deployer = bucketDeploymentHandler(stack);
  if (deployer !== undefined) {
    const validations = Validations.of(deployer);
    const cdkOwned = "CDK's own BucketDeployment function (copies the built page into the page bucket and invalidates CloudFront at deploy time); its role and runtime are fixed by aws-cdk-lib";
    validations.acknowledge({ id: BASIC_EXECUTION_ROLE, reason: `${cdkOwned}.` });
    validations.acknowledge({ id: 'AwsSolutions-L1', reason: `${cdkOwned}.` });
    for (const wildcard of [
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
      `Resource::<${logicalId(web.siteBucket)}.Arn>/*`,
      'Resource::*',
    ]) {
      validations.acknowledge({
        id: `AwsSolutions-IAM5[${wildcard}]`,
        reason: `${cdkOwned}: it reads the CDK asset bucket, rewrites the page bucket and creates invalidations (CloudFront invalidation actions take no resource ARN).`,
      });
    }
  }
}
