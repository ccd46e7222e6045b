import { presigningClient, sdkPresigner } from '../web/api/presigner';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './local-s3';
import { createWebApi } from '../web/api/web-api';
import type { LocalStack } from './local-stack';
import type { WebServerTarget } from './web-server';

/** Locally a source is retried within seconds; one with no result after this long was dead-lettered. */
export const LOCAL_STALE_AFTER_MS = 10 * 60_000;

/** The web API over the local stack: the same core as on AWS, presigning against the local S3 server. */
export function localWebTarget(stack: LocalStack): WebServerTarget {
  const config = stack.handlerConfig;
  const api = createWebApi({
    s3: stack.s3,
    presigner: sdkPresigner(presigningClient({ endpoint: stack.endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } })),
    config: {
      inputBucket: stack.inputBucket,
      outputBucket: config.outputBucket,
      inputPrefix: config.inputPrefix,
      outputPrefix: config.outputPrefix,
      maxBytes: config.maxBytes,
      staleAfterMs: LOCAL_STALE_AFTER_MS,
      urlExpiresSeconds: 3600,
    },
  });
  return {
    api,
    pageConfig: { apiBase: '', auth: null, maxBytes: config.maxBytes, defaultVariant: config.traditional === false ? 'none' : config.traditional.variant },
    connectSources: [stack.endpoint],
  };
}
