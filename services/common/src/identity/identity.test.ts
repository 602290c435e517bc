import { ErrorCode, ForbiddenError, UnauthenticatedError } from '../errors';
import {
  encodeIdentity,
  GATEWAY_SECRET_HEADER,
  hasRole,
  IDENTITY_HEADER,
  identityFromHeaders,
  requireRole,
  Role,
} from './identity';
import type { Identity } from './identity';

const SECRET = 'gateway-shared-secret-0123456789';
const editor: Identity = { subject: 'u-editor', name: 'Eddie', roles: ['editor'] };
const admin: Identity = { subject: 'u-admin', roles: ['admin'] };

function headersFor(identity: unknown, secret?: string) {
  const headers: Record<string, string | string[] | undefined> = {
    [IDENTITY_HEADER]: Buffer.from(JSON.stringify(identity), 'utf8').toString('base64url'),
  };
  if (secret !== undefined) {
    headers[GATEWAY_SECRET_HEADER] = secret;
  }
  return headers;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('identityFromHeaders', () => {
  it('accepts the forwarded identity with the right gateway secret', () => {
    const headers = { [IDENTITY_HEADER]: encodeIdentity(editor), [GATEWAY_SECRET_HEADER]: SECRET };
    expect(identityFromHeaders(headers, SECRET)).toEqual(editor);
  });

  it('ignores the identity when the request carries no gateway secret', () => {
    expect(identityFromHeaders(headersFor(admin), SECRET)).toBeNull();
  });

  it('ignores the identity when the request carries a wrong secret', () => {
    expect(identityFromHeaders(headersFor(admin, `${SECRET.slice(0, -1)}X`), SECRET)).toBeNull();
    expect(identityFromHeaders(headersFor(admin, 'short'), SECRET)).toBeNull();
    expect(identityFromHeaders(headersFor(admin, `${SECRET}-and-more`), SECRET)).toBeNull();
    expect(identityFromHeaders(headersFor(admin, ''), SECRET)).toBeNull();
  });

  it('ignores the identity when this service has no gateway secret configured', () => {
    expect(identityFromHeaders(headersFor(admin, SECRET), undefined)).toBeNull();
    expect(identityFromHeaders(headersFor(admin, ''), '')).toBeNull();
  });

  it('ignores repeated headers', () => {
    const headers = {
      [IDENTITY_HEADER]: encodeIdentity(admin),
      [GATEWAY_SECRET_HEADER]: [SECRET, SECRET],
    };
    expect(identityFromHeaders(headers, SECRET)).toBeNull();
    const repeatedIdentity = {
      [IDENTITY_HEADER]: [encodeIdentity(admin)],
      [GATEWAY_SECRET_HEADER]: SECRET,
    };
    expect(identityFromHeaders(repeatedIdentity, SECRET)).toBeNull();
  });

  it('is anonymous without an identity header even with the secret', () => {
    expect(identityFromHeaders({ [GATEWAY_SECRET_HEADER]: SECRET }, SECRET)).toBeNull();
  });

  it('drops roles it does not know', () => {
    const headers = headersFor(
      { subject: 'u-1', roles: ['editor', 'superuser', 'ADMIN', 7, 'admin'] },
      SECRET,
    );
    expect(identityFromHeaders(headers, SECRET)).toEqual({
      subject: 'u-1',
      roles: ['editor', 'admin'],
    });
  });

  it.each([
    ['text that is not base64 JSON', 'not-an-identity!'],
    ['JSON null', Buffer.from('null').toString('base64url')],
    ['a JSON string', Buffer.from('"u-1"').toString('base64url')],
  ])('is anonymous for a garbage identity header (%s)', (_label, encoded) => {
    const headers = { [IDENTITY_HEADER]: encoded, [GATEWAY_SECRET_HEADER]: SECRET };
    expect(identityFromHeaders(headers, SECRET)).toBeNull();
  });

  it.each([
    ['no subject', { roles: ['admin'] }],
    ['a numeric subject', { subject: 12, roles: ['admin'] }],
    ['no roles', { subject: 'u-1' }],
    ['roles that are not a list', { subject: 'u-1', roles: 'admin' }],
  ])('is anonymous for an identity with %s', (_label, identity) => {
    expect(identityFromHeaders(headersFor(identity, SECRET), SECRET)).toBeNull();
  });
});

describe('hasRole', () => {
  it('is false for an anonymous caller', () => {
    expect(hasRole(null, Role.EDITOR)).toBe(false);
  });

  it('is true for the role held and false for another', () => {
    expect(hasRole(editor, Role.EDITOR)).toBe(true);
    expect(hasRole(editor, Role.ADMIN)).toBe(false);
  });

  it('lets an admin do what an editor can', () => {
    expect(hasRole(admin, Role.EDITOR)).toBe(true);
    expect(hasRole(admin, Role.ADMIN)).toBe(true);
  });

  it('is false for an identity without roles', () => {
    expect(hasRole({ subject: 'u-1', roles: [] }, Role.EDITOR)).toBe(false);
  });
});

describe('requireRole', () => {
  it('throws UNAUTHENTICATED for an anonymous caller', () => {
    const error = thrownBy(() => requireRole(null, Role.EDITOR));
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as UnauthenticatedError).code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('throws FORBIDDEN, naming the role, for a caller without it', () => {
    const error = thrownBy(() => requireRole(editor, Role.ADMIN));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe(ErrorCode.FORBIDDEN);
    expect((error as ForbiddenError).message).toContain('admin');
    expect(() => requireRole({ subject: 'u-1', roles: [] }, Role.EDITOR)).toThrow(ForbiddenError);
  });

  it('returns the identity when the role is held', () => {
    expect(requireRole(editor, Role.EDITOR)).toBe(editor);
  });

  it('lets an admin pass an editor guard', () => {
    expect(requireRole(admin, Role.EDITOR)).toBe(admin);
  });

  it('guards an identity read from headers', () => {
    const headers = headersFor({ subject: 'u-1', roles: ['superuser'] }, SECRET);
    const identity = identityFromHeaders(headers, SECRET);
    expect(identity).not.toBeNull();
    expect(() => requireRole(identity, Role.EDITOR)).toThrow(ForbiddenError);
  });
});

describe('encodeIdentity', () => {
  it('is base64url JSON of the identity, safe in a header', () => {
    const identity: Identity = { subject: 'u-é/+?', name: 'Zoë Ünal', roles: ['editor', 'admin'] };
    const encoded = encodeIdentity(identity);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))).toEqual(identity);
  });

  it('round-trips through identityFromHeaders', () => {
    const identity: Identity = { subject: 'u-3', name: 'Zoë', roles: ['admin', 'editor'] };
    const headers = {
      [IDENTITY_HEADER]: encodeIdentity(identity),
      [GATEWAY_SECRET_HEADER]: SECRET,
    };
    expect(identityFromHeaders(headers, SECRET)).toEqual(identity);
  });
});
