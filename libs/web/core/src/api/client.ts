import createClient, { type Middleware } from 'openapi-fetch';
import { i18n } from '../i18n/i18n';
import type { components, paths } from './openapi';

export type Schemas = components['schemas'];
export type TokenResponse = Schemas['TokenResponse'];

/**
 * The access token lives in memory only (never localStorage, where any script could read it); the
 * refresh token is the httpOnly cookie the gateway sets, so a reload restores the session through
 * {@link refreshSession}.
 */
let session: { accessToken: string; expiresAt: number } | undefined;
let refreshing: Promise<TokenResponse | undefined> | undefined;
const sessionListeners = new Set<(token: TokenResponse | undefined) => void>();

/**
 * The gateway writes a problem's title and detail in the language of `Accept-Language`: the UI's own,
 * not the browser's (an English browser must not turn a Russian screen's errors English).
 */
export const problemLanguage = (): string => i18n.language || 'ru';

/** Called with the new token response after every refresh, and with undefined when the session ends. */
export function onSessionChange(listener: (token: TokenResponse | undefined) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export function startSession(token: TokenResponse): void {
  // Renew a little before the server would refuse the token.
  session = { accessToken: token.accessToken, expiresAt: Date.now() + (token.expiresIn - 30) * 1000 };
  sessionListeners.forEach((listener) => listener(token));
}

export function endSession(): void {
  session = undefined;
  sessionListeners.forEach((listener) => listener(undefined));
}

/**
 * Exchanges the refresh cookie for a new access token. Single-flight: the gateway treats a second use
 * of one refresh token as theft and revokes the session, so concurrent callers share one request.
 */
export function refreshSession(): Promise<TokenResponse | undefined> {
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
    .then(async (response) => {
      if (!response.ok) {
        endSession();
        return undefined;
      }
      const token = (await response.json()) as TokenResponse;
      startSession(token);
      return token;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** A valid access token, refreshed first when it is about to expire; undefined when signed out. */
export async function accessToken(): Promise<string | undefined> {
  if (session && Date.now() < session.expiresAt) return session.accessToken;
  if (!session) return undefined;
  return (await refreshSession())?.accessToken;
}

const authenticate: Middleware = {
  async onRequest({ request }) {
    request.headers.set('accept-language', problemLanguage());
    if (request.url.includes('/api/v1/auth/login') || request.url.includes('/api/v1/auth/refresh')) return request;
    const token = await accessToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ response, request }) {
    // The session was revoked elsewhere (logout on another device, password change): sign out here too.
    if (response.status === 401 && session && !request.url.includes('/api/v1/auth/')) endSession();
    return response;
  },
};

/** The typed API client: paths, parameters and bodies come from the gateway's committed openapi.json. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(authenticate);
