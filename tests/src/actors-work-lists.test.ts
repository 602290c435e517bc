import { Role } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The editors' work lists (issue 14) as services(filter:) answers them: records to verify
// (unverifiedSince) and records to complete (problems), checked against the records themselves.
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 30 });
}, 120_000);
afterAll(() => stack?.stop());

interface Record {
  id: string;
  version: number;
  verifiedAt: string | null;
  organisation: { phones: string[] };
  sites: { phones: string[]; hoursKnown: boolean; positionPrecision: string }[];
}

const editor = () => stack.as(Role.EDITOR);

async function all(): Promise<Record[]> {
  const { services } = await expectData<{ services: { edges: { node: Record }[] } }>(
    stack.gatewayUrl,
    `{ services(first: 500) { edges { node { id version verifiedAt organisation { phones }
       sites { phones hoursKnown positionPrecision } } } } }`,
  );
  return services.edges.map((edge) => edge.node);
}

async function ids(filter: object): Promise<string[]> {
  const { services } = await expectData<{ services: { edges: { node: { id: string } }[] } }>(
    stack.gatewayUrl,
    'query($filter: ServiceFilter) { services(filter: $filter, first: 500) { edges { node { id } } } }',
    { filter },
    editor(),
  );
  return services.edges.map((edge) => edge.node.id).sort();
}

const sorted = (records: Record[]) => records.map((record) => record.id).sort();

describe('services(filter: { problems })', () => {
  it('lists exactly the services with each problem, and any of several', async () => {
    const records = await all();
    const expected = {
      NO_SITE: records.filter((r) => r.sites.length === 0),
      NO_PHONE: records.filter(
        (r) => r.organisation.phones.length === 0 && r.sites.every((s) => s.phones.length === 0),
      ),
      // (No seeded service has hours of its own at a site: the site's hours are the service's.)
      NO_HOURS: records.filter((r) => r.sites.every((s) => !s.hoursKnown)),
      COARSE_PLACEMENT: records.filter((r) => r.sites.some((s) => s.positionPrecision !== 'POINT')),
    };
    for (const [problem, services] of Object.entries(expected)) {
      await expect(ids({ problems: [problem] })).resolves.toEqual(sorted(services));
    }
    // The seed has records both with and without these problems: the filter really filters.
    expect(expected.NO_HOURS.length).toBeGreaterThan(0);
    expect(expected.NO_HOURS.length).toBeLessThan(records.length);
    expect(expected.COARSE_PLACEMENT.length).toBeGreaterThan(0);
    const either = new Set([...sorted(expected.NO_SITE), ...sorted(expected.NO_PHONE)]);
    await expect(ids({ problems: ['NO_SITE', 'NO_PHONE'] })).resolves.toEqual([...either].sort());
  });

  it('refuses an unknown problem with a coded error', async () => {
    await expectErrorCode(
      stack.gatewayUrl,
      'query($filter: ServiceFilter) { services(filter: $filter) { totalCount } }',
      { filter: { problems: ['NO_WEBSITE'] } },
      'BAD_USER_INPUT',
    );
  });
});

describe('services(filter: { unverifiedSince })', () => {
  it('lists the services never verified or verified before the instant', async () => {
    const records = await all();
    const target = records.find((record) => record.verifiedAt === null);
    if (!target) {
      throw new Error('every seeded service is verified');
    }
    const before = new Date().toISOString();
    await expect(ids({ unverifiedSince: before })).resolves.toContain(target.id);
    await expectData(
      stack.gatewayUrl,
      'mutation($id: ID!, $version: Int!) { verify(id: $id, version: $version) { __typename } }',
      { id: target.id, version: target.version },
      editor(),
    );
    // Verified after `before`: no longer due; still due for a later instant.
    await expect(ids({ unverifiedSince: before })).resolves.not.toContain(target.id);
    const later = new Date(Date.now() + 60_000).toISOString();
    await expect(ids({ unverifiedSince: later })).resolves.toContain(target.id);
  });
});

describe('services(filter: { changedSince })', () => {
  it('lists the services changed since the instant', async () => {
    const [target] = await all();
    if (!target) {
      throw new Error('no service');
    }
    const since = new Date().toISOString();
    await expect(ids({ changedSince: since })).resolves.toEqual([]);
    await expectData(
      stack.gatewayUrl,
      'mutation($input: UpdateServiceInput!) { updateService(input: $input) { id } }',
      { input: { id: target.id, version: target.version, costFr: 'Gratuit (modifié)' } },
      editor(),
    );
    await expect(ids({ changedSince: since })).resolves.toEqual([target.id]);
  });
});
