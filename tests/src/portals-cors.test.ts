import { expectData, graphqlRequest } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

const PORTAL = 'https://portal.example';
const EDITORS = 'https://editors.example';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ corsOrigins: `${EDITORS}, https://other.example/` });
});
afterAll(() => stack?.stop());

const preflight = (origin: string, headers: string) =>
  fetch(stack.gatewayUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': headers,
    },
  });

const RENAME = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { nameFr version } }`;

async function someOrganisation(): Promise<{ id: string; version: number; nameFr: string }> {
  const data = await expectData<{
    organisations: { edges: Array<{ node: { id: string; version: number; nameFr: string } }> };
  }>(stack.gatewayUrl, '{ organisations(first: 1) { edges { node { id version nameFr } } } }');
  const node = data.organisations.edges[0]?.node;
  if (!node) {
    throw new Error('the seeded registry has no organisation');
  }
  return node;
}

describe('preflights', () => {
  it('answers a portal 204, for any origin, with the public methods and headers', async () => {
    const response = await preflight(PORTAL, 'content-type, apollo-require-preflight');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    expect(allowed).toMatch(/content-type/);
    expect(allowed).toMatch(/apollo-require-preflight/);
    // Credentials are not offered to an origin outside the allowlist.
    expect(allowed).not.toMatch(/authorization/);
  });

  it('offers credentials to an allowlisted origin only (trailing slash in CORS_ORIGINS ignored)', async () => {
    for (const origin of [EDITORS, 'https://other.example']) {
      const response = await preflight(origin, 'content-type, authorization');
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-allow-headers')).toMatch(/authorization/);
      expect(response.headers.get('vary')).toMatch(/Origin/);
    }
  });

  it('answers the HSDS feed’s preflight on the gateway too', async () => {
    const response = await fetch(new URL('/hsds/services', stack.gatewayUrl), {
      method: 'OPTIONS',
      headers: { origin: PORTAL, 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('requests from another origin', () => {
  it('lets any origin read without credentials, with Access-Control-Allow-Origin: *', async () => {
    const response = await graphqlRequest(
      stack.gatewayUrl,
      '{ region { id } }',
      {},
      { origin: PORTAL },
    );
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ region: { id: 'region:bru' } });
    const raw = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: PORTAL },
      body: JSON.stringify({ query: '{ region { id } }' }),
    });
    expect(raw.headers.get('access-control-allow-origin')).toBe('*');
    expect(raw.headers.get('access-control-expose-headers')).toMatch(/ETag/);
  });

  it('refuses credentials from an origin outside the allowlist (403, FORBIDDEN)', async () => {
    const response = await graphqlRequest(
      stack.gatewayUrl,
      '{ region { id } }',
      {},
      { origin: PORTAL, ...stack.as(Role.EDITOR) },
    );
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cookie = await graphqlRequest(
      stack.gatewayUrl,
      '{ region { id } }',
      {},
      { origin: PORTAL, cookie: 'session=x' },
    );
    expect(cookie.status).toBe(403);
  });

  it('refuses a write from an origin outside the allowlist, even without credentials', async () => {
    const organisation = await someOrganisation();
    const input = {
      id: organisation.id,
      version: organisation.version,
      nameFr: 'Renamed by a stranger',
    };
    const response = await graphqlRequest(stack.gatewayUrl, RENAME, { input }, { origin: PORTAL });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(response.body.errors?.[0]?.message).toMatch(/CORS_ORIGINS/);
    expect((await someOrganisation()).nameFr).toBe(organisation.nameFr);
  });

  it('accepts credentials and writes from an allowlisted origin and from its own origin', async () => {
    const organisation = await someOrganisation();
    const allowlisted = await graphqlRequest<{
      updateOrganisation: { nameFr: string; version: number };
    }>(
      stack.gatewayUrl,
      RENAME,
      {
        input: {
          id: organisation.id,
          version: organisation.version,
          nameFr: `${organisation.nameFr} (1)`,
        },
      },
      { origin: EDITORS, ...stack.as(Role.EDITOR) },
    );
    expect(allowlisted.body.errors).toBeUndefined();
    expect(allowlisted.body.data?.updateOrganisation.nameFr).toBe(`${organisation.nameFr} (1)`);
    const own = new URL(stack.gatewayUrl).origin;
    const sameOrigin = await graphqlRequest(
      stack.gatewayUrl,
      RENAME,
      {
        input: {
          id: organisation.id,
          version: allowlisted.body.data?.updateOrganisation.version,
          nameFr: organisation.nameFr,
        },
      },
      { origin: own, ...stack.as(Role.EDITOR) },
    );
    expect(sameOrigin.body.errors).toBeUndefined();
  });
});

describe('CSRF prevention, kept beside CORS', () => {
  const get = (headers: Record<string, string>) =>
    fetch(`${stack.gatewayUrl}?query=${encodeURIComponent('{ region { id } }')}`, { headers });

  it('refuses a cross-origin GET without a preflight-forcing header', async () => {
    const response = await get({ origin: PORTAL });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers it with apollo-require-preflight (which makes browsers preflight it)', async () => {
    const response = await get({ origin: PORTAL, 'apollo-require-preflight': 'true' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });
});
