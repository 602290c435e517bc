import type { IncomingMessage } from 'node:http';

import { mintToken, readJsonBody, sendError, sendJson, verifyToken } from '@bxl/common';
import type { HttpRoute, Logger, SigningKey } from '@bxl/common';

import type { AccountStore } from './account-store';
import { DECOY_HASH, MAX_PASSWORD_LENGTH, verifyPassword } from './password';
import {
  clearedSessionCookie,
  csrfMatches,
  csrfTokenFor,
  sessionCookie,
  sessionToken,
} from './session-cookie';

export interface SessionOptions {
  accounts: AccountStore | null;
  signingKeys: SigningKey[];
  /** How long a session lasts. */
  sessionSeconds: number;
  logger: Logger;
}

/**
 * A sign-in may only come from a page of this origin: a JSON body (a form elsewhere cannot send
 * one without a preflight) and, when the browser names it, the same Origin as the Host.
 */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) {
    return true;
  }
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const isJson = (req: IncomingMessage) =>
  String(req.headers['content-type'] ?? '').startsWith('application/json');

const clientAddress = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';

const expiryOf = (token: string) =>
  (
    JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString('utf8')) as {
      exp: number;
    }
  ).exp;

/** What GET /auth/session and a sign-in answer: who is signed in, and the CSRF token for writes. */
function sessionAnswer(token: string, keys: SigningKey[]) {
  const identity = verifyToken(token, keys);
  return {
    signedIn: true,
    email: identity.subject,
    roles: identity.roles,
    csrfToken: csrfTokenFor(token, keys),
    expiresAt: new Date(expiryOf(token) * 1000).toISOString(),
  };
}

/**
 * POST /auth/sign-in `{ email, password }`, POST /auth/sign-out, GET /auth/session: the editors'
 * workspace signs in with a local account and gets the gateway's own signed token in a cookie.
 * Repeated failures lock the e-mail for a doubling time (429 with Retry-After); every attempt is
 * written to the change log.
 */
export function sessionRoutes(options: SessionOptions): HttpRoute[] {
  const { accounts, signingKeys: keys } = options;
  const unavailable = (res: Parameters<HttpRoute['handle']>[1]) =>
    sendError(
      res,
      503,
      'SERVICE_UNAVAILABLE',
      'Local accounts are not available on this gateway (no database or no signing key)',
    );

  const signIn: HttpRoute = {
    method: 'POST',
    path: '/auth/sign-in',
    maxBodyBytes: 10_000,
    async handle(req, res) {
      if (!accounts || keys.length === 0) {
        unavailable(res);
        return;
      }
      if (!isJson(req) || !sameOrigin(req)) {
        sendError(res, 403, 'FORBIDDEN', 'Sign in from the directory’s own page');
        return;
      }
      const body = (await readJsonBody(req, 10_000)) as { email?: unknown; password?: unknown };
      const email = typeof body?.email === 'string' ? body.email.trim() : '';
      const password = typeof body?.password === 'string' ? body.password : '';
      const problems = [
        ...(email && email.length <= 320 ? [] : [{ field: 'email', message: 'an e-mail address' }]),
        ...(password && password.length <= MAX_PASSWORD_LENGTH
          ? []
          : [{ field: 'password', message: 'a password' }]),
      ];
      if (problems.length > 0) {
        sendError(res, 400, 'BAD_USER_INPUT', 'E-mail and password are required', { problems });
        return;
      }
      const address = clientAddress(req);
      const throttled = await accounts.throttle(email);
      if (throttled.retryAfterSeconds > 0) {
        await accounts.audit(email, 'SIGN_IN_LOCKED', { address });
        sendError(
          res,
          429,
          'TOO_MANY_ATTEMPTS',
          'Too many failed sign-ins: try again later',
          { retryAfterSeconds: throttled.retryAfterSeconds },
          { 'retry-after': String(throttled.retryAfterSeconds) },
        );
        return;
      }
      const account = await accounts.find(email);
      // An unknown e-mail costs the same hash as a known one: the answer time tells nothing.
      const matches = await verifyPassword(password, account?.passwordHash ?? DECOY_HASH);
      if (!account || !matches || account.roles.length === 0) {
        const after = await accounts.recordFailure(email);
        await accounts.audit(email, 'SIGN_IN_FAILED', { address });
        options.logger.warn({ address }, 'failed sign-in');
        sendError(res, 401, 'UNAUTHENTICATED', 'Wrong e-mail or password', {
          retryAfterSeconds: after.retryAfterSeconds,
        });
        return;
      }
      await accounts.clearFailures(email);
      await accounts.audit(account.email, 'SIGN_IN', { address, roles: account.roles });
      const token = mintToken(
        keys[0] as SigningKey,
        { sub: account.email, name: account.email, roles: account.roles },
        options.sessionSeconds,
      );
      sendJson(res, 200, sessionAnswer(token, keys), {
        'set-cookie': sessionCookie(req, token, options.sessionSeconds),
      });
    },
  };

  const session: HttpRoute = {
    method: 'GET',
    path: '/auth/session',
    async handle(req, res) {
      const token = sessionToken(req);
      let answer: object = { signedIn: false, localAccounts: Boolean(accounts) };
      if (token && keys.length > 0 && !(await accounts?.isRevoked(token))) {
        try {
          answer = sessionAnswer(token, keys);
        } catch {
          // expired or from an older key: signed out
        }
      }
      sendJson(res, 200, answer);
    },
  };

  const signOut: HttpRoute = {
    method: 'POST',
    path: '/auth/sign-out',
    async handle(req, res) {
      const token = sessionToken(req);
      if (!token || keys.length === 0 || !csrfMatches(req, token, keys)) {
        sendError(res, 403, 'FORBIDDEN', 'Sign out from the directory’s own page');
        return;
      }
      let identity;
      try {
        identity = verifyToken(token, keys);
      } catch {
        // an expired session is signed out all the same
      }
      if (identity) {
        // The token is refused from now on, not only dropped by this browser.
        await accounts?.revoke(token, new Date(expiryOf(token) * 1000));
        await accounts?.audit(identity.subject, 'SIGN_OUT', { address: clientAddress(req) });
      }
      sendJson(res, 200, { signedIn: false }, { 'set-cookie': clearedSessionCookie(req) });
    },
  };

  return [signIn, session, signOut];
}
