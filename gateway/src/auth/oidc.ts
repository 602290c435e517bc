import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';

import { InvalidTokenError, Role } from '@bxl/common';
import type { Identity } from '@bxl/common';

/**
 * Production sign-in through an OpenID Connect provider: the gateway accepts the provider's
 * access or ID tokens as bearer tokens, verified against its JWKS (fetched and cached by jose),
 * issuer and (when set) audience; roles come from a claim (a dotted path, e.g.
 * `realm_access.roles` for Keycloak) whose values are mapped to ours.
 */
export interface OidcConfig {
  issuer: string;
  jwksUrl: string;
  audience?: string;
  /** Where the roles are in the claims (dotted path), default `roles`. */
  rolesClaim: string;
  /** The provider's names for our roles. */
  editorRole: string;
  adminRole: string;
}

/** Only asymmetric algorithms: an HS256 token is always one of ours, never the provider's. */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

function claimAt(payload: JWTPayload, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      payload,
    );
}

export class OidcVerifier {
  private readonly jwks;

  constructor(private readonly config: OidcConfig) {
    this.jwks = createRemoteJWKSet(new URL(config.jwksUrl));
  }

  /** Whether a token is the provider's to verify (signed with an asymmetric algorithm). */
  handles(token: string): boolean {
    try {
      return ALGORITHMS.includes(decodeProtectedHeader(token).alg ?? '');
    } catch {
      return false;
    }
  }

  async verify(token: string): Promise<Identity> {
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: ALGORITHMS,
      });
      if (typeof payload.sub !== 'string') {
        throw new InvalidTokenError('token lacks sub');
      }
      const granted = claimAt(payload, this.config.rolesClaim);
      const names = Array.isArray(granted) ? granted.filter((v) => typeof v === 'string') : [];
      const roles: Role[] = [
        ...(names.includes(this.config.editorRole) ? [Role.EDITOR] : []),
        ...(names.includes(this.config.adminRole) ? [Role.ADMIN] : []),
      ];
      const name = [payload.email, payload.preferred_username, payload.name].find(
        (value): value is string => typeof value === 'string',
      );
      return { subject: name ?? payload.sub, name, roles };
    } catch (error) {
      if (error instanceof InvalidTokenError) {
        throw error;
      }
      if (error instanceof errors.JOSEError) {
        throw new InvalidTokenError(`OpenID Connect: ${error.code}`);
      }
      throw error;
    }
  }
}
