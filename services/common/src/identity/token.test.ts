import { createHmac } from 'node:crypto';

import { InvalidTokenError, mintToken, parseSigningKeys, verifyToken } from './token';
import type { SigningKey } from './token';

const NOW = 1_760_000_000;
const first: SigningKey = { kid: '2025-01', secret: 'first-secret-first-secret-first-secret' };
const second: SigningKey = { kid: '2025-07', secret: 'second-secret-second-secret-second-se' };

const b64 = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** A token built by hand, to say in it what mintToken would never say. */
function craft(header: object, claims: object, secret: string): string {
  const head = b64(JSON.stringify(header));
  const body = b64(JSON.stringify(claims));
  const signature = createHmac('sha256', secret).update(`${head}.${body}`).digest();
  return `${head}.${body}.${b64(signature)}`;
}

function rejection(run: () => unknown): InvalidTokenError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidTokenError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an InvalidTokenError');
}

describe('mintToken and verifyToken', () => {
  it('round-trips subject, name and roles', () => {
    const token = mintToken(first, { sub: 'u-1', name: 'Anne', roles: ['editor'] }, 3600, NOW);
    expect(verifyToken(token, [first], NOW)).toEqual({
      subject: 'u-1',
      name: 'Anne',
      roles: ['editor'],
    });
  });

  it('gives no name when the token carries none', () => {
    const token = mintToken(first, { sub: 'u-2', roles: ['admin'] }, 60, NOW);
    const identity = verifyToken(token, [first], NOW);
    expect(identity.name).toBeUndefined();
    expect(identity.roles).toEqual(['admin']);
  });

  it('mints a compact JWS naming HS256 and the key id', () => {
    const token = mintToken(first, { sub: 'u-1', roles: [] }, 60, NOW);
    const [header, payload] = token.split('.') as [string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString('utf8'))).toEqual({
      alg: 'HS256',
      typ: 'JWT',
      kid: first.kid,
    });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).toMatchObject({
      sub: 'u-1',
      iat: NOW,
      exp: NOW + 60,
    });
  });

  it('accepts a token until its expiry and refuses it from then on', () => {
    const token = mintToken(first, { sub: 'u-1', roles: ['editor'] }, 60, NOW);
    expect(verifyToken(token, [first], NOW + 59).subject).toBe('u-1');
    expect(rejection(() => verifyToken(token, [first], NOW + 60)).message).toBe('token expired');
    expect(rejection(() => verifyToken(token, [first], NOW + 3600)).message).toBe('token expired');
  });

  it('checks expiry against the current time by default', () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    const expired = mintToken(first, { sub: 'u-1', roles: [] }, 60, past);
    expect(rejection(() => verifyToken(expired, [first])).message).toBe('token expired');
    const fresh = mintToken(first, { sub: 'u-1', roles: [] }, 60);
    expect(verifyToken(fresh, [first]).subject).toBe('u-1');
  });

  it('refuses a token whose payload was changed', () => {
    const token = mintToken(first, { sub: 'u-1', roles: ['editor'] }, 60, NOW);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const forged = b64(JSON.stringify({ ...claims, roles: ['admin'] }));
    expect(
      rejection(() => verifyToken(`${header}.${forged}.${signature}`, [first], NOW)).message,
    ).toBe('bad signature');
  });

  it('refuses a token whose signature was changed or removed', () => {
    const token = mintToken(first, { sub: 'u-1', roles: [] }, 60, NOW);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = Buffer.from(signature, 'base64url');
    flipped[0] = (flipped[0] as number) ^ 1;
    expect(() => verifyToken(`${header}.${payload}.${b64(flipped)}`, [first], NOW)).toThrow(
      InvalidTokenError,
    );
    expect(() => verifyToken(`${header}.${payload}.`, [first], NOW)).toThrow(InvalidTokenError);
  });

  it('refuses a token signed with another secret under the same key id', () => {
    const impostor: SigningKey = { kid: first.kid, secret: 'x'.repeat(40) };
    const token = mintToken(impostor, { sub: 'u-1', roles: ['admin'] }, 60, NOW);
    expect(rejection(() => verifyToken(token, [first], NOW)).message).toBe('bad signature');
  });

  it('refuses a token naming a key id that is not configured', () => {
    const token = mintToken(second, { sub: 'u-1', roles: [] }, 60, NOW);
    expect(rejection(() => verifyToken(token, [first], NOW)).message).toBe(
      'unknown key or algorithm',
    );
    expect(() => verifyToken(token, [], NOW)).toThrow(InvalidTokenError);
  });

  it('refuses a token without a key id', () => {
    const token = craft({ alg: 'HS256' }, { sub: 'u-1', roles: [], exp: NOW + 60 }, first.secret);
    expect(() => verifyToken(token, [first], NOW)).toThrow(InvalidTokenError);
  });

  it.each(['none', 'HS512', 'RS256', 'hs256'])(
    'refuses alg %p even when correctly signed',
    (alg) => {
      const claims = { sub: 'u-1', roles: ['admin'], exp: NOW + 60 };
      expect(
        verifyToken(craft({ alg: 'HS256', kid: first.kid }, claims, first.secret), [first], NOW),
      ).toBeDefined();
      const token = craft({ alg, kid: first.kid }, claims, first.secret);
      expect(rejection(() => verifyToken(token, [first], NOW)).message).toBe(
        'unknown key or algorithm',
      );
    },
  );

  it('refuses an unsigned alg none token with an empty signature', () => {
    const head = b64(JSON.stringify({ alg: 'none', kid: first.kid }));
    const body = b64(JSON.stringify({ sub: 'u-1', roles: ['admin'], exp: NOW + 60 }));
    expect(() => verifyToken(`${head}.${body}.`, [first], NOW)).toThrow(InvalidTokenError);
  });

  it.each(['', 'abc', 'a.b', 'a.b.c.d', '!!!.???.***'])(
    'refuses the malformed token %p',
    (token) => {
      expect(() => verifyToken(token, [first], NOW)).toThrow(InvalidTokenError);
    },
  );

  it('refuses a token whose header or payload is not JSON', () => {
    const valid = mintToken(first, { sub: 'u-1', roles: [] }, 60, NOW);
    const [header, payload, signature] = valid.split('.') as [string, string, string];
    const notJson = b64('{not json');
    expect(
      rejection(() => verifyToken(`${notJson}.${payload}.${signature}`, [first], NOW)).message,
    ).toBe('malformed token');
    expect(
      rejection(() => verifyToken(`${header}.${notJson}.${signature}`, [first], NOW)).message,
    ).toBe('malformed token');
  });

  it('refuses a signed token that lacks an expiry, a subject or roles', () => {
    const header = { alg: 'HS256', kid: first.kid };
    const noExp = craft(header, { sub: 'u-1', roles: [] }, first.secret);
    const textExp = craft(header, { sub: 'u-1', roles: [], exp: String(NOW + 60) }, first.secret);
    const noSub = craft(header, { roles: [], exp: NOW + 60 }, first.secret);
    const noRoles = craft(header, { sub: 'u-1', roles: 'admin', exp: NOW + 60 }, first.secret);
    expect(rejection(() => verifyToken(noExp, [first], NOW)).message).toBe('token expired');
    expect(rejection(() => verifyToken(textExp, [first], NOW)).message).toBe('token expired');
    expect(rejection(() => verifyToken(noSub, [first], NOW)).message).toBe(
      'token lacks sub or roles',
    );
    expect(rejection(() => verifyToken(noRoles, [first], NOW)).message).toBe(
      'token lacks sub or roles',
    );
  });

  it.each([
    ['a null header', 'bnVsbA.e30.x'],
    ['a null payload', `${b64(JSON.stringify({ alg: 'HS256', kid: '2025-01' }))}.bnVsbA.x`],
    ['an array header', `${b64('[]')}.e30.x`],
  ])('refuses %s as malformed, never with a TypeError', (_, token) => {
    expect(rejection(() => verifyToken(token, [first], NOW)).message).toBe('malformed token');
  });

  it('keeps only the editor and admin roles', () => {
    const token = craft(
      { alg: 'HS256', kid: first.kid },
      {
        sub: 'u-1',
        roles: ['viewer', 'editor', 'root', 42, null, 'admin', 'Admin'],
        exp: NOW + 60,
      },
      first.secret,
    );
    expect(verifyToken(token, [first], NOW).roles).toEqual(['editor', 'admin']);
  });

  it('ignores a name that is not a string', () => {
    const token = craft(
      { alg: 'HS256', kid: first.kid },
      { sub: 'u-1', name: { first: 'Anne' }, roles: [], exp: NOW + 60 },
      first.secret,
    );
    expect(verifyToken(token, [first], NOW).name).toBeUndefined();
  });

  it('verifies tokens of every configured key during a rotation', () => {
    const keys = [first, second];
    const old = mintToken(first, { sub: 'u-old', roles: ['editor'] }, 60, NOW);
    const fresh = mintToken(second, { sub: 'u-new', roles: ['admin'] }, 60, NOW);
    expect(verifyToken(old, keys, NOW).subject).toBe('u-old');
    expect(verifyToken(fresh, keys, NOW).subject).toBe('u-new');
    expect(verifyToken(fresh, [second, first], NOW).roles).toEqual(['admin']);
    expect(() => verifyToken(fresh, [first], NOW)).toThrow(InvalidTokenError);
  });

  it('verifies a rotated token with keys read from configuration', () => {
    const keys = parseSigningKeys(`${first.kid}:${first.secret},${second.kid}:${second.secret}`);
    const token = mintToken(keys[1] as SigningKey, { sub: 'u-1', roles: ['editor'] }, 60, NOW);
    expect(verifyToken(token, keys, NOW)).toEqual({
      subject: 'u-1',
      name: undefined,
      roles: ['editor'],
    });
  });
});

describe('parseSigningKeys', () => {
  const secret32 = 's'.repeat(32);

  it('reads kid:secret pairs, trimming spaces and skipping empty entries', () => {
    expect(parseSigningKeys(` a:${secret32} ,, b:${'t'.repeat(40)},`)).toEqual([
      { kid: 'a', secret: secret32 },
      { kid: 'b', secret: 't'.repeat(40) },
    ]);
  });

  it('reads nothing from an empty value', () => {
    expect(parseSigningKeys('')).toEqual([]);
  });

  it('splits on the first colon only, so a secret may contain colons', () => {
    const secret = `x:${'y'.repeat(31)}`;
    expect(parseSigningKeys(`k:${secret}`)).toEqual([{ kid: 'k', secret }]);
  });

  it('accepts a secret of exactly 32 characters and rejects one of 31', () => {
    expect(parseSigningKeys(`k:${secret32}`)).toHaveLength(1);
    expect(() => parseSigningKeys(`k:${'s'.repeat(31)}`)).toThrow(/at least 32 characters/);
  });

  it('rejects the whole value when any one key is short', () => {
    expect(() => parseSigningKeys(`a:${secret32},b:short`)).toThrow(/at least 32 characters/);
  });

  it.each([secret32, `:${secret32}`])('rejects %p, which has no key id', (value) => {
    expect(() => parseSigningKeys(value)).toThrow(/kid:secret/);
  });
});
