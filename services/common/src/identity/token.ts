import { createHmac, timingSafeEqual } from 'node:crypto';

import type { Identity, Role } from './identity';

/**
 * Bearer tokens: compact JWS with HS256, verified at the gateway only. Keys are configured as
 * `kid:secret` pairs (several, for rotation); the token header names its `kid`.
 */
export interface SigningKey {
  kid: string;
  secret: string;
}

export function parseSigningKeys(value: string): SigningKey[] {
  return value
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf(':');
      if (at < 1 || pair.length - at - 1 < 32) {
        throw new Error('each signing key is "kid:secret" with a secret of at least 32 characters');
      }
      return { kid: pair.slice(0, at), secret: pair.slice(at + 1) };
    });
}

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const sign = (input: string, secret: string) => createHmac('sha256', secret).update(input).digest();

export function mintToken(
  key: SigningKey,
  claims: { sub: string; name?: string; roles: Role[] },
  ttlSeconds: number,
  now = Math.floor(Date.now() / 1000),
): string {
  const header = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: key.kid }));
  const payload = b64(JSON.stringify({ ...claims, iat: now, exp: now + ttlSeconds }));
  return `${header}.${payload}.${b64(sign(`${header}.${payload}`, key.secret))}`;
}

export class InvalidTokenError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Verifies signature, algorithm, key id and expiry; returns the identity the token carries. */
export function verifyToken(
  token: string,
  keys: SigningKey[],
  now = Math.floor(Date.now() / 1000),
): Identity {
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw new InvalidTokenError('malformed token');
  }
  const [header, payload, signature] = parts as [string, string, string];
  let head: { alg?: string; kid?: string };
  let claims: { sub?: unknown; name?: unknown; roles?: unknown; exp?: unknown };
  try {
    head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidTokenError('malformed token');
  }
  if (!isObject(head) || !isObject(claims)) {
    throw new InvalidTokenError('malformed token');
  }
  const key = keys.find((candidate) => candidate.kid === head.kid);
  if (head.alg !== 'HS256' || !key) {
    throw new InvalidTokenError('unknown key or algorithm');
  }
  const expected = sign(`${header}.${payload}`, key.secret);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidTokenError('bad signature');
  }
  if (typeof claims.exp !== 'number' || claims.exp <= now) {
    throw new InvalidTokenError('token expired');
  }
  if (typeof claims.sub !== 'string' || !Array.isArray(claims.roles)) {
    throw new InvalidTokenError('token lacks sub or roles');
  }
  return {
    subject: claims.sub,
    name: typeof claims.name === 'string' ? claims.name : undefined,
    roles: claims.roles.filter((role): role is Role => role === 'editor' || role === 'admin'),
  };
}
