import type { CookieSerializeOptions } from '@fastify/cookie';
import { API_PREFIX, type GatewayConfig } from '@orbita/gateway/feature-http';

/** The browser's refresh token: httpOnly (no script reads it), sent only to the auth endpoints. */
export const REFRESH_COOKIE = 'orbita_refresh';

export const refreshCookiePath = `/${API_PREFIX}/auth`;

export function refreshCookieOptions(config: GatewayConfig, expiresAt?: Date): CookieSerializeOptions {
  return {
    path: refreshCookiePath,
    httpOnly: true,
    sameSite: 'strict',
    // Plain-HTTP developer machines would drop a Secure cookie; production is HTTPS.
    secure: config.NODE_ENV === 'production',
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}
