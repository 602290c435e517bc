import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

import { requestCookies } from '@bxl/common';
import type { SigningKey } from '@bxl/common';

/**
 * The editors' session: the same signed token the gateway verifies as a bearer token, kept in an
 * HttpOnly, SameSite=Strict cookie (Secure outside localhost). A request authenticated by the
 * cookie must also carry `X-CSRF-Token`, an HMAC of the token that only a page of this origin can
 * read (from the sign-in answer or GET /auth/session); without it the cookie is ignored, so a page
 * elsewhere that makes the browser send the cookie gets an anonymous request.
 */
export const SESSION_COOKIE = 'bxl_session';
export const CSRF_HEADER = 'x-csrf-token';

const mac = (secret: string, token: string) =>
  createHmac('sha256', secret).update(`csrf:${token}`).digest();

/** The CSRF token of a session token (with the first signing key). */
export const csrfTokenFor = (token: string, keys: SigningKey[]): string =>
  mac((keys[0] as SigningKey).secret, token).toString('base64url');

/** Whether the request's `X-CSRF-Token` belongs to this session token (any configured key). */
export function csrfMatches(req: IncomingMessage, token: string, keys: SigningKey[]): boolean {
  const header = req.headers[CSRF_HEADER];
  if (typeof header !== 'string' || header.length > 100) {
    return false;
  }
  const given = Buffer.from(header, 'base64url');
  return keys.some((key) => {
    const expected = mac(key.secret, token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

export const sessionToken = (req: IncomingMessage): string | undefined =>
  requestCookies(req).get(SESSION_COOKIE);

/** localhost, 127.0.0.1 and ::1 are served over plain HTTP in development; anything else is not. */
function isLoopback(req: IncomingMessage): boolean {
  const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export function sessionCookie(req: IncomingMessage, token: string, maxAgeSeconds: number): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(isLoopback(req) ? [] : ['Secure']),
  ].join('; ');
}

export const clearedSessionCookie = (req: IncomingMessage): string => sessionCookie(req, '', 0);
