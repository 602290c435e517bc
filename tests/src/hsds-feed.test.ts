import { expectData } from '@bxl/common/testkit';

import {
  hsdsPageProblems,
  hsdsProblems,
  hsdsRootProblems,
  profileProblems,
} from './support/hsds-validator';
import type { HsdsShape } from './support/hsds-validator';
import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 120 });
});
afterAll(() => stack?.stop());

/** The feed as a portal reads it: on the gateway's port. */
const feed = (path: string, headers: Record<string, string> = {}) =>
  fetch(new URL(`/hsds${path}`, stack.gatewayUrl), { headers });

type Page = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: Array<Record<string, unknown> & { id: string }>;
};

async function page(path: string, shape: HsdsShape): Promise<Page> {
  const response = await feed(path);
  expect(response.status).toBe(200);
  const body = (await response.json()) as Page;
  expect(hsdsPageProblems(shape, body)).toEqual([]);
  return body;
}

async function one(path: string, shape: HsdsShape): Promise<Record<string, unknown>> {
  const response = await feed(path);
  expect(response.status).toBe(200);
  const body = (await response.json()) as Record<string, unknown>;
  expect(hsdsProblems(shape, body)).toEqual([]);
  return body;
}

/** How many services the registry holds, by GraphQL: the feed must tell the same. */
async function graphqlServiceCount(): Promise<number> {
  const data = await expectData<{ services: { totalCount: number } }>(
    stack.gatewayUrl,
    '{ services(first: 1) { totalCount } }',
  );
  return data.services.totalCount;
}

it('validates for real: the official schemas refuse what HSDS refuses', () => {
  const id = '2f6c2b7e-0c1d-4f5e-9a8b-1c2d3e4f5a6b';
  expect(hsdsProblems('service_list', { id, name: 'x', status: 'active' })).toEqual([]);
  expect(hsdsProblems('service_list', { id, name: 'x' })).not.toEqual([]);
  expect(hsdsProblems('service_list', { id, name: 'x', status: 'open' })).not.toEqual([]);
  expect(hsdsProblems('service_list', { id: 'svc:1', name: 'x', status: 'active' })).not.toEqual(
    [],
  );
  expect(hsdsProblems('service_list', { id, name: 'x', status: 'active', url: null })).not.toEqual(
    [],
  );
  expect(hsdsPageProblems('service_list', { contents: [] })).not.toEqual([]);
});

describe('GET /hsds/', () => {
  it('says which HSDS version, profile and OpenAPI file it follows', async () => {
    const response = await feed('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull(); // no Origin sent
    const body = await response.json();
    expect(hsdsRootProblems(body)).toEqual([]);
    expect(body).toEqual({
      version: '3.0',
      profile: expect.stringMatching(/^https?:\/\/|^urn:/),
      openapi_url: expect.stringMatching(/openapi\.json$/),
    });
  });
});

describe('/hsds/services', () => {
  it('returns page 1 of 5 services with the pagination fields, valid HSDS 3.0', async () => {
    const body = await page('/services?page=1&per_page=5', 'service_list');
    expect(body.contents).toHaveLength(5);
    expect(body).toMatchObject({
      page_number: 1,
      size: 5,
      first_page: true,
      last_page: false,
      empty: false,
    });
    // Served from the registry GraphQL serves (public services are the same set).
    expect(body.total_items).toBeGreaterThanOrEqual(await graphqlServiceCount());
    expect(body.total_pages).toBe(Math.ceil(body.total_items / 5));
    // Real records first, as everywhere in the directory.
    expect(body.contents[0]?.x_bxl).toMatchObject({ synthetic: false });
  });

  it('pages through every service once, the last page saying so', async () => {
    const first = await page('/services?per_page=100', 'service_list');
    const ids = new Set(first.contents.map((service) => service.id));
    for (let number = 2; number <= first.total_pages; number += 1) {
      const next = await page(`/services?per_page=100&page=${number}`, 'service_list');
      next.contents.forEach((service) => ids.add(service.id));
      expect(next.last_page).toBe(number === first.total_pages);
      expect(next.first_page).toBe(false);
    }
    expect(ids.size).toBe(first.total_items);
  });

  it('answers a page beyond the end with an empty page', async () => {
    const body = await page('/services?page=9999&per_page=10', 'service_list');
    expect(body).toMatchObject({ empty: true, size: 0, page_number: 9999, last_page: true });
    expect(body.contents).toEqual([]);
    expect(body.total_items).toBeGreaterThan(0);
  });

  it.each([
    ['per_page=0', 'per_page'],
    ['per_page=501', 'per_page'],
    ['per_page=ten', 'per_page'],
    ['page=0', 'page'],
    ['page=-1', 'page'],
    ['modified_after=yesterday', 'modified_after'],
    ['taxonomy_term_id=family-planning', 'taxonomy_term_id'],
    ['format=xml', 'format'],
  ])('refuses %s with 400 and a JSON error naming it', async (query, parameter) => {
    const response = await feed(`/services?${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { problems: Array<{ field: string }> };
    expect(body).toMatchObject({ status: 400, code: 'BAD_USER_INPUT' });
    expect(body.problems.map((problem: { field: string }) => problem.field)).toContain(parameter);
  });

  it('filters by search, taxonomy term and organisation, combined with AND', async () => {
    const terms = await page('/taxonomy_terms?per_page=500', 'taxonomy_term');
    const planning = terms.contents.find((term) => term.code === 'family-planning');
    expect(planning).toBeDefined();
    const planned = await page(
      `/services?taxonomy_term_id=${planning?.id}&per_page=500`,
      'service_list',
    );
    expect(planned.total_items).toBeGreaterThan(0);
    for (const service of planned.contents) {
      const attributes = service.attributes as Array<{ taxonomy_term_id: string }>;
      expect(attributes.map((attribute) => attribute.taxonomy_term_id)).toContain(planning?.id);
    }
    const someone = planned.contents[0] as unknown as { organization_id: string; name: string };
    const ofOrganisation = await page(
      `/services?taxonomy_term_id=${planning?.id}&organization_id=${someone.organization_id}`,
      'service_list',
    );
    expect(ofOrganisation.total_items).toBeGreaterThan(0);
    expect(ofOrganisation.total_items).toBeLessThanOrEqual(planned.total_items);
    expect(
      ofOrganisation.contents.every(
        (service) => service.organization_id === someone.organization_id,
      ),
    ).toBe(true);
    const word = someone.name.replace(/^\[[^\]]*\]\s*/, '').split(/\s+/)[0] as string;
    const searched = await page(`/services?search=${encodeURIComponent(word)}`, 'service_list');
    expect(searched.total_items).toBeGreaterThan(0);
    expect(searched.total_items).toBeLessThan(
      (await page('/services', 'service_list')).total_items,
    );
  });

  it('gives services modified after a date (the incremental pull)', async () => {
    const all = await page('/services?per_page=1', 'service_list');
    const future = await page('/services?modified_after=2999-01-01T00:00:00Z', 'service_list');
    expect(future.empty).toBe(true);
    const past = await page('/services?modified_after=2000-01-01', 'service_list');
    expect(past.total_items).toBe(all.total_items);
  });

  it('gives one service fully nested, valid HSDS 3.0, and 404 for an unknown id', async () => {
    const [listed] = (await page('/services?per_page=1', 'service_list')).contents;
    const service = await one(`/services/${listed?.id}`, 'service');
    expect(service.id).toBe(listed?.id);
    expect(service.organization).toMatchObject({ id: listed?.organization_id });
    const links = service.service_at_locations as Array<{ location?: { id: string } }>;
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.location?.id)).toBe(true);
    const missing = await feed('/services/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sends Access-Control-Allow-Origin: * to any origin, with Cache-Control and an ETag (304 again)', async () => {
    const response = await feed('/services?per_page=3', { origin: 'https://portal.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = response.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    const again = await feed('/services?per_page=3', { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('streams every service as NDJSON, each line valid HSDS 3.0', async () => {
    const total = (await page('/services?per_page=1', 'service_list')).total_items;
    const response = await feed('/services?format=ndjson');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    // Streamed: no length known in advance.
    expect(response.headers.get('content-length')).toBeNull();
    const lines = (await response.text()).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(total);
    const services = lines.map((line) => JSON.parse(line) as { id: string });
    expect(new Set(services.map((service) => service.id)).size).toBe(total);
    for (const service of services) {
      expect(hsdsProblems('service_list', service)).toEqual([]);
    }
  });

  it('leaves an archived service out', async () => {
    const data = await expectData<{
      services: { edges: Array<{ node: { id: string; version: number } }> };
    }>(
      stack.gatewayUrl,
      '{ services(first: 1, filter: { synthetic: true }) { edges { node { id version } } } }',
    );
    const target = data.services.edges[0]?.node as { id: string; version: number };
    const before = (await page('/services?per_page=1', 'service_list')).total_items;
    await expectData(
      stack.gatewayUrl,
      'mutation($id: ID!, $version: Int!) { archive(id: $id, version: $version) { ... on Service { id } } }',
      { id: target.id, version: target.version },
      stack.as(Role.EDITOR),
    );
    const after = (await page('/services?per_page=1&page=2', 'service_list')).total_items;
    expect(after).toBe(before - 1);
  });
});

describe('/hsds/service_at_locations', () => {
  it('lists services at locations, valid HSDS 3.0, and one by id', async () => {
    const body = await page('/service_at_locations?per_page=10', 'service_at_location_list');
    expect(body.size).toBe(10);
    const first = body.contents[0] as { id: string; service_id: string; location_id: string };
    // The OpenAPI file names compiled/service.json for this answer, a slip (it describes a
    // service_at_location): it is checked against compiled/service_at_location.json.
    const item = await one(`/service_at_locations/${first.id}`, 'service_at_location');
    expect(item).toMatchObject({ service_id: first.service_id, location_id: first.location_id });
  });

  it('narrows to a postcode, and to a distance from its centroid with proximity', async () => {
    const all = await page('/service_at_locations?per_page=1', 'service_at_location_list');
    const inSchaerbeek = await page(
      '/service_at_locations?postcode=1030&per_page=500',
      'service_at_location_list',
    );
    expect(inSchaerbeek.total_items).toBeGreaterThan(0);
    expect(inSchaerbeek.total_items).toBeLessThan(all.total_items);
    const near = await page(
      '/service_at_locations?postcode=1030&proximity=1500&per_page=500',
      'service_at_location_list',
    );
    const wider = await page(
      '/service_at_locations?postcode=1030&proximity=6000&per_page=500',
      'service_at_location_list',
    );
    expect(near.total_items).toBeGreaterThan(0);
    expect(wider.total_items).toBeGreaterThan(near.total_items);
    const refused = await feed('/service_at_locations?proximity=500');
    expect(refused.status).toBe(400);
    const unknown = await feed('/service_at_locations?postcode=9999&proximity=500');
    expect(unknown.status).toBe(400);
  });
});

describe('/hsds/export', () => {
  it('streams exactly what exportRegistry(format: HSDS_NDJSON) builds as one string', async () => {
    const data = await expectData<{ exportRegistry: string }>(
      stack.gatewayUrl,
      '{ exportRegistry(format: HSDS_NDJSON) }',
      {},
      stack.as(Role.EDITOR),
    );
    const response = await feed('/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(response.headers.get('content-length')).toBeNull();
    const streamed = await response.text();
    expect(streamed.split('\n').length).toBeGreaterThan(300);
    expect(streamed).toBe(data.exportRegistry);
    for (const line of streamed.trim().split('\n')) {
      const { type, ...record } = JSON.parse(line) as { type: string };
      const shape =
        type === 'service' ? 'service_list' : type === 'organization' ? 'organization_list' : null;
      if (shape) {
        expect(hsdsProblems(shape, record)).toEqual([]);
      }
    }
  });
});

describe('the Brussels profile (docs/hsds-profile)', () => {
  it('describes every x_bxl field the feed writes, as JSON Merge Patches over HSDS 3.0', async () => {
    const services = await page('/services?per_page=500', 'service_list');
    const organizations = await page('/organizations?per_page=500', 'organization_list');
    const links = await page('/service_at_locations?per_page=500', 'service_at_location_list');
    const terms = await page('/taxonomy_terms?per_page=500', 'taxonomy_term');
    const problems = [
      ...services.contents.flatMap((item) => profileProblems('service.json', item)),
      ...organizations.contents.flatMap((item) => profileProblems('organization.json', item)),
      ...links.contents.flatMap((item) => profileProblems('location.json', item.location)),
      ...terms.contents.flatMap((item) => profileProblems('taxonomy_term.json', item)),
    ];
    expect(problems).toEqual([]);
    // The patches are strict: a field they do not list is refused.
    const [service] = services.contents;
    expect(
      profileProblems('service.json', {
        ...service,
        x_bxl: { ...(service?.x_bxl as object), undocumented: 1 },
      }),
    ).not.toEqual([]);
  });
});

describe('/hsds/organizations, /hsds/taxonomies, /hsds/taxonomy_terms', () => {
  it('lists organizations, and one with its services', async () => {
    const body = await page('/organizations?per_page=5', 'organization_list');
    expect(body.size).toBe(5);
    const organization = await one(`/organizations/${body.contents[0]?.id}`, 'organization');
    expect(Array.isArray(organization.services)).toBe(true);
  });

  it('lists our three taxonomies and their terms, FR/NL in the profile extension', async () => {
    const taxonomies = await page('/taxonomies', 'taxonomy');
    expect(taxonomies.contents.map((taxonomy) => taxonomy.name)).toEqual([
      'bxl-service-type',
      'bxl-target-public',
      'bxl-access',
    ]);
    const types = taxonomies.contents[0] as { id: string };
    await one(`/taxonomies/${types.id}`, 'taxonomy');
    const terms = await page(
      `/taxonomy_terms?taxonomy_id=${types.id}&per_page=500`,
      'taxonomy_term',
    );
    const planning = terms.contents.find((term) => term.code === 'family-planning');
    expect(planning).toMatchObject({
      taxonomy_id: types.id,
      x_bxl: { name_fr: expect.any(String), name_nl: expect.any(String) },
    });
    await one(`/taxonomy_terms/${planning?.id}`, 'taxonomy_term');
    const children = await page(`/taxonomy_terms?parent_id=${planning?.id}`, 'taxonomy_term');
    expect(children.empty).toBe(true);
  });

  it('answers an unknown endpoint 404 and a write 405, in JSON', async () => {
    expect((await feed('/nothing')).status).toBe(404);
    const post = await fetch(new URL('/hsds/services', stack.gatewayUrl), { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
