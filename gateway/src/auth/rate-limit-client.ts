import type { IncomingMessage } from 'node:http';

import { verifyToken } from '@bxl/common';
import type { SigningKey } from '@bxl/common';

import { sessionToken } from './session-cookie';

/**
 * Whom a request counts against for the rate limit: a caller with one of our tokens (bearer or
 * session cookie) by its subject (wherever it calls from), anyone else by the address the
 * connection comes from (forwarded headers are not trusted: anyone can write them). Our own
 * services (`system:` subjects, such as the search indexer) are not limited. An invalid token, or
 * an OpenID Connect provider's (verified later, asynchronously), counts against the address.
 */
export function rateLimitClient(req: IncomingMessage, keys: SigningKey[]): string | null {
  const subject = ourSubject(req, keys);
  if (subject?.startsWith('system:')) {
    return null;
  }
  return subject ? `subject:${subject}` : `address:${req.socket.remoteAddress ?? 'unknown'}`;
}

function ourSubject(req: IncomingMessage, keys: SigningKey[]): string | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const token = bearer ?? sessionToken(req);
  if (!token || keys.length === 0) {
    return undefined;
  }
  try {
    return verifyToken(token, keys).subject;
  } catch {
    return undefined;
  }
}
