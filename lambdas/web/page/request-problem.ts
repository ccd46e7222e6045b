import { RequestFailure } from './api-client';
import { hasText, t } from './i18n';

/**
 * A failed call to the API in the page's words, or null when the page has none for it. The API's
 * refusals that the handler would also make (name taken, too large) read as its reports do; its
 * service faults (`service-unavailable`, `server-error`) say it is not the file and to try again;
 * any other 5xx — API Gateway's own bare `{"message":…}` among them — reads as a server error.
 */
export function requestProblemText(error: unknown): string | null {
  if (!(error instanceof RequestFailure)) return null;
  const code = error.code.replace(/-/g, '_');
  for (const key of [`reject_${code}`, `api_${code}`]) if (hasText(key)) return t(key);
  return error.status >= 500 ? t('api_server_error') : null;
}
