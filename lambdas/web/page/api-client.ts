import type { ApiError, DocumentList, PageConfig, UploadRequest, UploadTicket } from '../api/contract';

/** An answer of the API or S3 that is not a success, with the API's own message when it gave one. */
export class RequestFailure extends Error {
  override readonly name = 'RequestFailure';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function failureOf(response: Response): Promise<RequestFailure> {
  try {
    const body = (await response.json()) as ApiError;
    return new RequestFailure(response.status, body.error.code, body.error.message);
  } catch {
    return new RequestFailure(response.status, 'http', `HTTP ${response.status}`);
  }
}

/** The page's side of lambdas/web/api: the same calls locally and on AWS, with a bearer token on AWS. */
export class PageApi {
  constructor(
    private readonly config: PageConfig,
    private readonly token: () => Promise<string | null>,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const token = await this.token();
    const response = await fetch(`${this.config.apiBase}${path}`, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token !== null ? { authorization: `Bearer ${token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw await failureOf(response);
    return (await response.json()) as T;
  }

  documents(): Promise<DocumentList> {
    return this.call('GET', '/api/documents');
  }

  /** Asks for a presigned PUT, then sends the bytes straight to S3 with the signed headers; returns S3's ETag of the object. */
  async upload(request: UploadRequest, body: Blob): Promise<string | null> {
    const ticket = await this.call<UploadTicket>('POST', '/api/uploads', request);
    const response = await fetch(ticket.url, { method: ticket.method, headers: ticket.headers, body });
    if (!response.ok) throw new RequestFailure(response.status, 's3', `S3 answered ${response.status}`);
    return response.headers.get('etag');
  }
}
