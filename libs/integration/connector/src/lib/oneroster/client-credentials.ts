import { SourceRequestError, TransientSourceError } from './http-errors';

export interface ClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
}

/**
 * OAuth 2 client credentials (RFC 6749 §4.4): one token shared by every request, asked again a margin before
 * it expires so that a long run never sends an expired one.
 */
export class ClientCredentialsToken {
  private current: { value: string; refreshAt: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly refreshMarginMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached token while it is fresh; concurrent callers share one token request. */
  async get(): Promise<string> {
    if (this.current && this.now() < this.current.refreshAt) return this.current.value;
    this.pending ??= this.request().finally(() => (this.pending = null));
    return this.pending;
  }

  /** After a 401: the platform no longer accepts the token (revoked, clock skew); ask for a new one. */
  forget(): void {
    this.current = null;
  }

  private async request(): Promise<string> {
    const { tokenUrl, clientId, clientSecret, scope } = this.credentials;
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (scope) body.set('scope', scope);
    let response: Response;
    try {
      response = await fetch(tokenUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body,
      });
    } catch (error) {
      throw new TransientSourceError(`token request failed: ${(error as Error).message}`, null);
    }
    if (response.status >= 500)
      throw new TransientSourceError(`token request: HTTP ${response.status}`, response.status);
    if (!response.ok)
      throw new SourceRequestError(`token request refused: HTTP ${response.status}`, response.status);
    const token = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof token.access_token !== 'string')
      throw new SourceRequestError('token answer without access_token', response.status);
    const lifetimeMs = (typeof token.expires_in === 'number' ? token.expires_in : 3600) * 1000;
    // A short-lived token is refreshed at half its life rather than never cached.
    const refreshIn = Math.max(lifetimeMs - this.refreshMarginMs, lifetimeMs / 2);
    this.current = { value: token.access_token, refreshAt: this.now() + refreshIn };
    return token.access_token;
  }
}
