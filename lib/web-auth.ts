import { Aws, CfnOutput, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  UserPool,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

export interface WebAuthProps {
  /** `https://<distribution>/`: where the managed login returns with the code, and where sign-out lands. */
  readonly pageUrl: string;
  readonly retainData: boolean;
}

/** `-c speech-press:authDomainPrefix=…`: the managed-login host prefix (unique per region); default `speech-press-<account>`. */
export const AUTH_DOMAIN_CONTEXT = 'speech-press:authDomainPrefix';
/** `-c speech-press:selfSignUp=true` lets people create their own accounts; off by default (admins create users). */
export const SELF_SIGN_UP_CONTEXT = 'speech-press:selfSignUp';

/**
 * Sign-in for the page: a Cognito user pool with managed login, a public app client doing the
 * authorization-code flow with PKCE (no client secret can live in a browser), TOTP MFA required.
 */
export class WebAuth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** `https://<prefix>.auth.<region>.amazoncognito.com` */
  readonly domainUrl: string;
  /** What the API's JWT authorizer trusts. */
  readonly issuerUrl: string;

  constructor(scope: Construct, id: string, props: WebAuthProps) {
    super(scope, id);
    const selfSignUp = [true, 'true'].includes(this.node.tryGetContext(SELF_SIGN_UP_CONTEXT));
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: selfSignUp,
      signInAliases: { email: true, username: false },
      autoVerify: { email: true },
      // Managed login (the newer hosted UI) needs the Essentials plan; it costs nothing without active users.
      featurePlan: FeaturePlan.ESSENTIALS,
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: { minLength: 12, requireLowercase: true, requireUppercase: true, requireDigits: true, requireSymbols: true, tempPasswordValidity: Duration.days(7) },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: props.retainData,
      removalPolicy: props.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    this.client = this.userPool.addClient('Page', {
      generateSecret: false,
      authFlows: {},
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL],
        callbackUrls: [props.pageUrl],
        logoutUrls: [props.pageUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      enableTokenRevocation: true,
    });
    const prefix: string = this.node.tryGetContext(AUTH_DOMAIN_CONTEXT) ?? Fn.join('-', ['speech-press', Aws.ACCOUNT_ID]);
    this.domain = this.userPool.addDomain('Login', { cognitoDomain: { domainPrefix: prefix }, managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN });
    // Managed login shows nothing until the app client has a style; Cognito's own look is enough.
    new CfnManagedLoginBranding(this, 'Branding', { userPoolId: this.userPool.userPoolId, clientId: this.client.userPoolClientId, useCognitoProvidedValues: true });
    this.domainUrl = this.domain.baseUrl();
    this.issuerUrl = `https://cognito-idp.${Aws.REGION}.amazonaws.com/${this.userPool.userPoolId}`;

    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, description: 'create users here (aws cognito-idp admin-create-user)' });
  }
}
