import type { IncomingMessage } from 'node:http';

import { GraphQLError } from 'graphql';

import { InvalidTokenError, verifyToken } from '@bxl/common';
import type { Identity, SigningKey } from '@bxl/common';

/**
 * The caller's identity from `Authorization: Bearer <token>`: none without the header (reads are
 * public); an invalid or expired token is refused (401) rather than silently treated as anonymous.
 */
export function identityFromRequest(req: IncomingMessage, keys: SigningKey[]): Identity | null {
  const header = req.headers.authorization;
  if (!header) {
    return null;
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || keys.length === 0) {
    throw unauthenticated(
      keys.length === 0
        ? 'This gateway accepts no tokens (no signing keys configured)'
        : 'Malformed Authorization header',
    );
  }
  try {
    return verifyToken(match[1] as string, keys);
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      throw unauthenticated(`Invalid bearer token: ${error.message}`);
    }
    throw error;
  }
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
