import { Pool } from 'pg';

import { ChangeLogFeed, FEED_START } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { CREATE_ORG, CREATE_SITE, pointIn } from './support/actors-kit';
import { wholeRegionTable } from './support/groupement-table';
import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// The indexer: a write through the gateway reaches search; a stopped indexer resumes where it was.
let stack: TestStack;
let editor: Record<string, string>;
let organisationId: string;
let siteId: string;

beforeAll(async () => {
  // Polling once a minute: only LISTEN/NOTIFY can make a write searchable within seconds.
  stack = await startTestStack({
    syntheticServices: 50,
    searchIndexer: true,
    indexerBatch: 3,
    indexerPollMs: 60_000,
  });
  editor = stack.as(Role.EDITOR);
  organisationId = (
    await expectData<{ createOrganisation: { id: string } }>(
      stack.gatewayUrl,
      CREATE_ORG,
      { input: { nameFr: 'Asbl Indexation Test' } },
      editor,
    )
  ).createOrganisation.id;
  siteId = (
    await expectData<{ createSite: { id: string } }>(
      stack.gatewayUrl,
      CREATE_SITE,
      { input: { organisationId, ...(await pointIn(stack, 'quartier:15')) } },
      editor,
    )
  ).createSite.id;
}, 180_000);
afterAll(() => stack?.stop());

const createService = async (nameFr: string) =>
  (
    await expectData<{ createService: { id: string; version: number } }>(
      stack.gatewayUrl,
      `mutation($input: CreateServiceInput!) { createService(input: $input) { id version } }`,
      { input: { organisationId, nameFr, typeCodes: ['debt-mediation'], siteIds: [siteId] } },
      editor,
    )
  ).createService;

const found = async (
  words: string,
  headers: Record<string, string> = {},
  includeArchived = false,
) =>
  (
    await expectData<{ searchServices: { hits: Array<{ service: { id: string } }> } }>(
      stack.gatewayUrl,
      `query($q: String!, $archived: Boolean) { searchServices(query: $q, filters: { includeArchived: $archived }) { hits { service { id } } } }`,
      { q: words, archived: includeArchived },
      headers,
    )
  ).searchServices.hits.map((hit) => hit.service.id);

/**
 * Polls until `check` holds, returning how long it took. The bound (15 s) is what a reader would
 * accept under load: the indexer's poll is off (60 s), so only LISTEN/NOTIFY makes it; a write
 * may wait behind a long transaction of another test's database (the horizon is cluster-wide).
 */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > ms) {
      throw new Error(`not within ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

const status = async () =>
  (
    await expectData<{ searchStatus: { lagChanges: number; serviceDocuments: number } }>(
      stack.gatewayUrl,
      '{ searchStatus { lagChanges serviceDocuments } }',
    )
  ).searchStatus;

/** Waits until the indexer has read every change (words no index knows yet are dropped from a query). */
const caughtUp = () => within(15_000, async () => (await status()).lagChanges === 0);

describe('freshness', () => {
  it('a new service is found within seconds of its creation (LISTEN/NOTIFY, not the poll)', async () => {
    const { id } = await createService('Médiation Zéphyrine');
    const waited = await within(15_000, async () => (await found('zephyrine')).includes(id));
    expect(waited).toBeLessThan(15_000);
  });

  it('a renamed service is found by its new name only; an archived one disappears, except for editors', async () => {
    const { id, version } = await createService('Médiation Anémone');
    await within(15_000, async () => (await found('anemone')).includes(id));
    const { updateService } = await expectData<{ updateService: { version: number } }>(
      stack.gatewayUrl,
      `mutation($id: ID!, $version: Int!) { updateService(input: { id: $id, version: $version, nameFr: "Médiation Bégonia" }) { version } }`,
      { id, version },
      editor,
    );
    await caughtUp();
    expect(await found('begonia')).toContain(id);
    expect(await found('anemone')).not.toContain(id);
    await expectData(
      stack.gatewayUrl,
      `mutation($id: ID!, $v: Int!) { archive(id: $id, version: $v) { __typename } }`,
      { id, v: updateService.version },
      editor,
    );
    await within(15_000, async () => !(await found('begonia')).includes(id));
    // The archive is applied in steps (the document goes, then comes back flagged archived): the
    // editors' view is checked once the indexer has read it all, not in between.
    await caughtUp();
    expect(await found('begonia')).not.toContain(id);
    expect(await found('begonia', editor, true)).toContain(id);
  });

  it('an organisation renamed: its services are found by the new name', async () => {
    const { id } = await createService('Service Glycine');
    const { organisation } = await expectData<{ organisation: { version: number } }>(
      stack.gatewayUrl,
      `query($id: ID!) { organisation(id: $id) { version } }`,
      { id: organisationId },
    );
    await expectData(
      stack.gatewayUrl,
      `mutation($id: ID!, $v: Int!) { updateOrganisation(input: { id: $id, version: $v, nameFr: "Asbl Capucine" }) { version } }`,
      { id: organisationId, v: organisation.version },
      editor,
    );
    await within(15_000, async () => (await found('capucine glycine')).includes(id));
  });
});

describe('a collaboration changes', () => {
  it('an organisation joins a network: its services are found by the network’s name; renamed, by the new one', async () => {
    const { id } = await createService('Service Pervenche');
    const { createNetwork } = await expectData<{ createNetwork: { id: string; version: number } }>(
      stack.gatewayUrl,
      `mutation($input: NetworkInput!) { createNetwork(input: $input) { id version } }`,
      { input: { nameFr: 'Réseau Mimosa', members: [{ role: 'COORDINATOR', organisationId }] } },
      editor,
    );
    await within(15_000, async () => (await found('reseau mimosa pervenche')).includes(id));
    await expectData(
      stack.gatewayUrl,
      `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { version } }`,
      { input: { id: createNetwork.id, version: createNetwork.version, nameFr: 'Réseau Lilas' } },
      editor,
    );
    await caughtUp();
    expect(await found('lilas pervenche')).toContain(id);
    expect(await found('mimosa pervenche')).not.toContain(id);
  });
});

describe('a territory layer changes', () => {
  it('official groupements imported and sites refreshed: search files services under the new groupement', async () => {
    const csv = await wholeRegionTable(
      stack.territories,
      'Tout Bruxelles (test)',
      'Heel Brussel (test)',
    );
    const admin = stack.as(Role.ADMIN);
    await expectData(
      stack.gatewayUrl,
      'mutation($csv: String!) { importGroupements(input: { csv: $csv, unit: QUARTIER, name: "test", source: "test", dryRun: false }) { groupementCount } }',
      { csv },
      admin,
    );
    await expectData(stack.gatewayUrl, 'mutation { refreshSiteTerritories }', {}, admin);
    const official = 'groupement:official:all';
    const [row] = await stack.actors.db.em.fork().execute<Array<{ n: number }>>(
      `select count(*)::int as n from actors.service s join actors.service_at_site x on x.service_id = s.id
       join actors.site t on t.id = x.site_id and t.archived_at is null
       where s.archived_at is null and s.status in ('ACTIVE', 'TEMPORARILY_CLOSED') and ? = any(t.territory_ids)`,
      [official],
    );
    expect(row?.n).toBeGreaterThan(0);
    const filed = async () =>
      (
        await expectData<{ searchServices: { total: number } }>(
          stack.gatewayUrl,
          `query($g: [ID!]) { searchServices(query: "", filters: { groupements: $g }) { total } }`,
          { g: [official] },
        )
      ).searchServices.total;
    // A layer import reindexes every service: bounded generously (speed is the benchmark's to
    // measure; on a loaded CI machine this took just over 10 s).
    await within(45_000, async () => (await filed()) === row?.n);
    // Its name is a place name too.
    await within(10_000, async () => (await found('heel brussel')).length > 0);
  }, 120_000);
});

describe('recovery', () => {
  it('stopped after two batches, crashed in the third, more written, restarted: the index equals the database', async () => {
    const indexer = stack.search.indexer;
    await indexer.stop();
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta']) {
      await createService(`Reprise ${name}`);
    }
    // Batches of 3 changes: two pass, then the indexer stops (as a crash would) in the middle of the backlog.
    // The feed reads only settled changes, and the horizon is the whole cluster's: under a full run,
    // another test file's long transaction holds them back for a while (catchUp then reads nothing).
    const feed = new Pool({ connectionString: stack.database.url, max: 1 });
    try {
      await within(15_000, async () => !(await new ChangeLogFeed(feed).waiting(FEED_START)));
    } finally {
      await feed.end();
    }
    const backlog = (await status()).lagChanges;
    expect(await indexer.catchUp(2)).toBe(6);
    const midway = await status();
    expect(midway.lagChanges).toBe(backlog - 6);
    expect(midway.lagChanges).toBeGreaterThan(0);
    // Then a crash in the middle of the next batch: part of its documents written, the cursor not moved.
    const engine = stack.search.services.engine;
    const upsert = engine.upsertServices.bind(engine);
    engine.upsertServices = async (documents) => {
      await upsert(documents.slice(0, 1));
      throw new Error('crash mid-batch');
    };
    await expect(indexer.catchUp()).rejects.toThrow('crash mid-batch');
    engine.upsertServices = upsert;
    expect((await status()).lagChanges).toBe(midway.lagChanges);
    for (const name of ['Echo', 'Foxtrot']) {
      await createService(`Reprise ${name}`);
    }
    indexer.start();
    await within(10_000, async () => (await status()).lagChanges === 0);
    // What the index holds equals what the directory says, document by document (an archived
    // service is delivered nowhere: one document without a site).
    const all = await engine.searchServices({
      text: '',
      language: 'fr',
      filters: {
        includeArchived: true,
        statuses: ['ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED'],
      },
      sort: 'NAME',
      offset: 0,
      limit: 10_000,
    });
    const indexed = new Map(all.hits.map((hit) => [hit.document.id, hit.document.name.fr]));
    const rows = await stack.actors.db.em
      .fork()
      .execute<Array<{ key: string; name: string | null }>>(
        `select s.id || '@' || coalesce(t.id, '-') as key, s.name_fr as name from actors.service s
       left join actors.service_at_site x on x.service_id = s.id and s.archived_at is null
       left join actors.site t on t.id = x.site_id and t.archived_at is null
       where x.site_id is null or t.id is not null`,
      );
    expect(indexed).toEqual(new Map(rows.map((row) => [row.key, row.name])));
    expect((await found('reprise')).length).toBe(6);
  });
});

describe('the engine down', () => {
  let down: TestStack;
  beforeAll(async () => {
    // Meilisearch configured on a port where nothing answers.
    down = await startTestStack({
      syntheticServices: 0,
      searchIndexer: true,
      meili: { host: 'http://127.0.0.1:9' },
    });
  }, 120_000);
  afterAll(() => down?.stop());

  it('searches answer SERVICE_UNAVAILABLE, status says unavailable, the rest of the graph works', async () => {
    await expectErrorCode(
      down.gatewayUrl,
      '{ searchServices(query: "ssm") { total } }',
      {},
      'SERVICE_UNAVAILABLE',
    );
    const data = await expectData<{
      searchStatus: { engine: string; available: boolean };
      service: { id: string } | null;
    }>(
      down.gatewayUrl,
      '{ searchStatus { engine available } service(id: "svc:free-clinic-service-de-sante-mentale") { id } }',
    );
    expect(data.searchStatus).toEqual({ engine: 'meilisearch', available: false });
    expect(data.service?.id).toBe('svc:free-clinic-service-de-sante-mentale');
  });
});
