import { expectData } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

/** A GraphQL GET as a portal sends it (Apollo's CSRF prevention asks for the preflight header). */
const get = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.gatewayUrl}?query=${encodeURIComponent(query)}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });

const TERRITORY = '{ territory(id: "commune:21015") { id name } communes { id } }';

describe('Cache-Control from the schema’s hints', () => {
  it('keeps territory answers a day, public, with an ETag; 304 when the client has it', async () => {
    const first = await get(TERRITORY);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=86400, public');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(TERRITORY, { 'if-none-match': etag as string });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get(TERRITORY, { 'if-none-match': '"something-else"' });
    expect(other.status).toBe(200);
  });

  it('keeps taxonomies a day, and registry reads a minute (the shortest hint wins)', async () => {
    const taxonomy = await get('{ taxonomy(taxonomy: SERVICE_TYPE) { code labelFr } }');
    expect(taxonomy.headers.get('cache-control')).toBe('max-age=86400, public');
    const services = await get(
      '{ services(first: 2) { edges { node { id types { code } } } } region { id } }',
    );
    expect(services.headers.get('cache-control')).toBe('max-age=60, public');
    expect(services.headers.get('etag')).toBeTruthy();
  });

  it('makes an answer for an identity private, and a POST gets no ETag', async () => {
    const mine = await get(TERRITORY, stack.as(Role.EDITOR));
    expect(mine.status).toBe(200);
    expect(mine.headers.get('cache-control')).toBe('max-age=86400, private');
    const post = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TERRITORY }),
    });
    expect(post.headers.get('etag')).toBeNull();
  });

  it('never caches a mutation', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...stack.as(Role.ADMIN) },
      body: JSON.stringify({ query: 'mutation { refreshSiteTerritories }' }),
    });
    const body = (await response.json()) as { errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the in-process response cache', () => {
  const NAME = (id: string) => `{ organisation(id: "${id}") { id nameFr } }`;

  it('serves anonymous reads from memory until a write empties it', async () => {
    const data = await expectData<{
      organisations: { edges: Array<{ node: { id: string; version: number } }> };
    }>(stack.gatewayUrl, '{ organisations(first: 1) { edges { node { id version } } } }');
    const organisation = data.organisations.edges[0]?.node;
    expect(organisation).toBeDefined();
    const { id, version } = organisation as { id: string; version: number };
    const first = await get(NAME(id));
    expect(first.headers.get('age')).toBeNull();
    const second = await get(NAME(id));
    // Apollo's response cache says how old an answer it kept is; caching headers are the same.
    expect(second.headers.get('age')).not.toBeNull();
    expect(second.headers.get('cache-control')).toBe('max-age=60, public');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.json()).toEqual(await first.json());

    await expectData(
      stack.gatewayUrl,
      `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`,
      { input: { id, version, nameFr: 'Renamed for the cache test' } },
      stack.as(Role.EDITOR),
    );
    const after = await get(NAME(id));
    expect(after.headers.get('age')).toBeNull();
    expect(await after.json()).toEqual({
      data: { organisation: { id, nameFr: 'Renamed for the cache test' } },
    });
  });

  it('keeps no search answer (the index follows writes later than a write empties the cache)', async () => {
    const query = '{ searchServices(query: "", first: 1) { total } }';
    await get(query);
    const second = await get(query);
    expect(second.status).toBe(200);
    expect(second.headers.get('age')).toBeNull();
  });

  it('keeps nothing for an identity', async () => {
    const query = '{ region { id name } }';
    await get(query, stack.as(Role.EDITOR));
    const second = await get(query, stack.as(Role.EDITOR));
    expect(second.headers.get('age')).toBeNull();
    expect(second.headers.get('cache-control')).toMatch(/private/);
  });
});
