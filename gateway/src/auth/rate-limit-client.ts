import type { IncomingMessage } from 'node:http';

import type { SigningKey } from '@bxl/common';

import { identityFromRequest } from './request-identity';

/**
 * Whom a request counts against for the rate limit: a signed-in caller by its token's subject
 * (wherever it calls from), anyone else by the address the connection comes from (forwarded
 * headers are not trusted: anyone can write them). Our own services (`system:` subjects, such as
 * the search indexer) are not limited. An invalid token counts against the address; the request
 * is refused with 401 later anyway.
 */
export function rateLimitClient(req: IncomingMessage, keys: SigningKey[]): string | null {
  let subject: string | undefined;
  try {
    subject = identityFromRequest(req, keys)?.subject;
  } catch {
    subject = undefined;
  }
  if (subject?.startsWith('system:')) {
    return null;
  }
  return subject ? `subject:${subject}` : `address:${req.socket.remoteAddress ?? 'unknown'}`;
}
