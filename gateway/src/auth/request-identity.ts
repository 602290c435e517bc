import type { IncomingMessage } from 'node:http';

import { GraphQLError } from 'graphql';

import { InvalidTokenError, verifyToken } from '@bxl/common';
import type { Identity, SigningKey } from '@bxl/common';

import type { AccountStore } from './account-store';
import type { OidcVerifier } from './oidc';
import { csrfMatches, sessionToken } from './session-cookie';

/**
 * The caller's identity: from `Authorization: Bearer <token>` (ours, or the OpenID Connect
 * provider's when one is configured), else from the session cookie together with its CSRF header.
 * None without either (reads are public); an invalid or expired bearer token is refused (401)
 * rather than silently treated as anonymous. A stale cookie is only ignored: the page asks again.
 */
export async function identityFromRequest(
  req: IncomingMessage,
  keys: SigningKey[],
  oidc?: OidcVerifier | null,
  sessions?: Pick<AccountStore, 'isRevoked'> | null,
): Promise<Identity | null> {
  const header = req.headers.authorization;
  if (!header) {
    return identityFromSession(req, keys, sessions);
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || (keys.length === 0 && !oidc)) {
    throw unauthenticated(
      keys.length === 0 && !oidc
        ? 'This gateway accepts no tokens (no signing keys configured)'
        : 'Malformed Authorization header',
    );
  }
  const token = match[1] as string;
  try {
    // The provider signs asymmetrically; our own tokens are HS256.
    if (oidc?.handles(token)) {
      return await oidc.verify(token);
    }
    return verifyToken(token, keys);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw unauthenticated(`Invalid bearer token: ${error.message}`);
    }
    throw error;
  }
}

/**
 * The session cookie's identity, only with the matching CSRF header and while not signed out;
 * otherwise anonymous.
 */
export async function identityFromSession(
  req: IncomingMessage,
  keys: SigningKey[],
  sessions?: Pick<AccountStore, 'isRevoked'> | null,
): Promise<Identity | null> {
  const token = sessionToken(req);
  if (!token || keys.length === 0 || !csrfMatches(req, token, keys)) {
    return null;
  }
  try {
    const identity = verifyToken(token, keys);
    return (await sessions?.isRevoked(token)) ? null : identity;
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      return null;
    }
    throw error;
  }
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
