import { timingSafeEqual } from 'node:crypto';

import { ForbiddenError, UnauthenticatedError } from '../errors';

export const Role = { EDITOR: 'editor', ADMIN: 'admin' } as const;
export type Role = (typeof Role)[keyof typeof Role];
const roles: readonly string[] = Object.values(Role);

/** Who is calling. Reads are public, so most requests are anonymous. */
export interface Identity {
  subject: string;
  name?: string;
  roles: Role[];
}

/** Headers the gateway sets and subgraphs read; a subgraph trusts the identity only with the secret. */
export const IDENTITY_HEADER = 'x-bxl-identity';
export const GATEWAY_SECRET_HEADER = 'x-bxl-gateway-secret';

export function encodeIdentity(identity: Identity): string {
  return Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url');
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The identity a subgraph may act on: the forwarded one, only when the gateway's shared secret is
 * present and right; otherwise anonymous (null), whatever the identity header says.
 */
export function identityFromHeaders(
  headers: Record<string, string | string[] | undefined>,
  gatewaySecret: string | undefined,
): Identity | null {
  const secret = headers[GATEWAY_SECRET_HEADER];
  const encoded = headers[IDENTITY_HEADER];
  if (!gatewaySecret || typeof secret !== 'string' || typeof encoded !== 'string') {
    return null;
  }
  if (!sameSecret(secret, gatewaySecret)) {
    return null;
  }
  try {
    const parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Identity;
    if (typeof parsed.subject !== 'string' || !Array.isArray(parsed.roles)) {
      return null;
    }
    return { ...parsed, roles: parsed.roles.filter((role) => roles.includes(role)) };
  } catch {
    return null;
  }
}

/** Admins can do what editors can. */
export function hasRole(identity: Identity | null, role: Role): boolean {
  if (!identity) {
    return false;
  }
  return identity.roles.includes(role) || identity.roles.includes(Role.ADMIN);
}

/** Guards a write: UNAUTHENTICATED without identity, FORBIDDEN without the role. */
export function requireRole(identity: Identity | null, role: Role): Identity {
  if (!identity) {
    throw new UnauthenticatedError();
  }
  if (!hasRole(identity, role)) {
    throw new ForbiddenError(`This operation needs the ${role} role`);
  }
  return identity;
}
