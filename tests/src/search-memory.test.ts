// Issue 12: the embedded engine's in-memory service search answers exactly what its SQL statement
// answers — same hits in the same order, same scores (ts_rank_cd computed in memory), same totals,
// facets and highlights — for every query of both relevance sets and for filters, distances, sorts
// and pages; and it stays true when another process writes to the same tables.
import type { TestDatabase } from '@bxl/common/testkit';
import { loadSynonymGroups, PostgresSearchEngine } from '@bxl/search';
import type { ServiceQuery, ServiceResults } from '@bxl/search';

import { loadRelevanceSet } from './support/relevance';
import { loadKindSet } from './support/relevance-kinds';
import { base, CONTRACT_SERVICES, synonymDocuments } from './support/search/contract-documents';
import { NEED_SERVICES } from './support/search/contract-needs';
import { PHRASE_AND_PLACE_SERVICES } from './support/search/phrase-place-contract';
import { serviceQuery } from './support/search/search-contract';
import { searchTestDatabase } from './support/search/search-database';

let database: TestDatabase;
/** The statement alone (as another process writing to the same tables would be). */
let statement: PostgresSearchEngine;
let memory: PostgresSearchEngine;

beforeAll(async () => {
  database = await searchTestDatabase();
  statement = new PostgresSearchEngine(database.url);
  memory = new PostgresSearchEngine(database.url, undefined, { memoryIndex: true });
  await memory.prepare();
  await memory.memory?.load();
  await memory.upsertServices([
    ...CONTRACT_SERVICES,
    ...synonymDocuments(loadSynonymGroups()),
    ...NEED_SERVICES,
    ...PHRASE_AND_PLACE_SERVICES,
  ]);
});

afterAll(async () => {
  await memory?.close();
  await statement?.close();
  await database?.drop();
});

/** Everything a search answers, scores rounded to float4's precision. */
const answer = (results: ServiceResults) => ({
  total: results.total,
  hits: results.hits.map((hit) => ({
    id: hit.document.id,
    score: Math.fround(hit.score),
    highlights: hit.highlights,
    distance: hit.distanceMeters,
  })),
  facets: results.facets,
});

const texts = [
  ...new Set([
    ...loadRelevanceSet().cases.map((item) => item.query),
    ...loadKindSet().cases.map((item) => item.query),
    'psy',
    'maison med',
    'santé mentale ',
    'planing familal',
    'le la de',
  ]),
];

const variants: Array<[string, Partial<ServiceQuery>]> = [
  ['by relevance', {}],
  ['in Dutch', { language: 'nl' }],
  ['page 2 of 3', { offset: 3, limit: 3 }],
  ['by name', { sort: 'NAME' }],
  ['near a point', { near: { lat: 50.85, lng: 4.35 } }],
  [
    'within 3 km, by distance',
    { near: { lat: 50.84, lng: 4.33, radiusMeters: 3000 }, sort: 'DISTANCE' },
  ],
  [
    'filtered',
    { filters: { languages: ['fr'], territory: { id: 'bassin:centre', mode: 'BOTH' } } },
  ],
];

describe('the in-memory search answers what the statement answers', () => {
  it.each(variants)('for every query of both relevance sets, %s', async (_, overrides) => {
    const answered = memory.memory?.answered ?? 0;
    const differences: string[] = [];
    for (const text of texts) {
      const query = serviceQuery({ text, ...overrides });
      const [expected, got] = [
        answer(await statement.searchServices(query)),
        answer(await memory.searchServices(query)),
      ];
      if (JSON.stringify(got) !== JSON.stringify(expected)) {
        differences.push(
          `${text}: ${JSON.stringify(got).slice(0, 300)} ≠ ${JSON.stringify(expected).slice(0, 300)}`,
        );
      }
    }
    expect(differences).toEqual([]);
    expect(memory.memory?.answered).toBe(answered + texts.length);
  });

  it('the filtered list without words, every filter at once', async () => {
    const query = serviceQuery({
      filters: {
        types: ['mental-health'],
        statuses: ['ACTIVE', 'INACTIVE'],
        includeArchived: true,
      },
      limit: 50,
    });
    expect(answer(await memory.searchServices(query))).toEqual(
      answer(await statement.searchServices(query)),
    );
  });
});

describe('statements', () => {
  it('a search asks PostgreSQL to compile its words and to write its headlines; the words’ facts again only after a write', async () => {
    const query = serviceQuery({ text: 'planning familial' });
    await memory.searchServices(query);
    const sent = async () => {
      const before = memory.statements;
      await memory.searchServices(query);
      return memory.statements - before;
    };
    expect(await sent()).toBe(2);
    await memory.upsertServices([CONTRACT_SERVICES[0] as (typeof CONTRACT_SERVICES)[0]]);
    expect(await sent()).toBe(3);
    expect(await sent()).toBe(2);
  });
});

describe('writes follow in the index from what they wrote', () => {
  it('an upsert takes its rows from `returning` (no statement reads them back); updates and removals of a service at two sites answer as the statement', async () => {
    const at = (site: string, name: string) => ({
      ...base(`quokka-${site}`, { name: { fr: name, nl: null } }),
      serviceId: 'svc:quokka',
    });
    const loads = memory.memory?.loads;
    const before = memory.statements;
    await memory.upsertServices([at('a', 'Quokka Zorblax'), at('b', 'Quokka Frimousse')]);
    // The upsert, the vocabulary, the suggestions, the counter: nothing reads the rows back.
    expect(memory.statements - before).toBe(4);
    const same = async (text: string) => {
      const answered = memory.memory?.answered ?? 0;
      const query = serviceQuery({ text });
      const found = answer(await memory.searchServices(query));
      expect(found).toEqual(answer(await statement.searchServices(query)));
      expect(memory.memory?.answered).toBe(answered + 1);
      return found;
    };
    expect((await same('quokka')).total).toBe(2);
    await memory.upsertServices([at('b', 'Quokka Wombatine')]);
    expect((await same('frimousse')).total).toBe(0);
    expect((await same('quokka wombatine')).hits.map((hit) => hit.id)).toEqual([
      'quokka-b@site:quokka-b',
    ]);
    await memory.removeServices(['svc:quokka']);
    expect((await same('quokka')).total).toBe(0);
    expect(memory.memory?.loads).toBe(loads);
  });
});

describe('a rebuild (what reindexSearch runs)', () => {
  it('keeps answering from memory: clear, prepare and the upserts follow in the index', async () => {
    const documents = [...CONTRACT_SERVICES, ...NEED_SERVICES];
    await memory.clear();
    await memory.prepare();
    expect(memory.memory?.current).toBe(true);
    await memory.upsertServices(documents);
    expect(memory.memory?.current).toBe(true);
    expect(memory.inMemory()).toBe(documents.length);
    const before = memory.memory?.answered ?? 0;
    const query = serviceQuery({ text: 'santé mentale' });
    expect(answer(await memory.searchServices(query))).toEqual(
      answer(await statement.searchServices(query)),
    );
    expect(memory.memory?.answered).toBe(before + 1);
  });
});

describe('searches while this engine writes', () => {
  it('answer what is written without reloading the index (its own writes are applied, not reloaded)', async () => {
    const loads = memory.memory?.loads;
    let writing = true;
    // One search at a time, for as long as the writes last.
    const searching = (async () => {
      while (writing) {
        await memory.searchServices(serviceQuery({ text: 'Lumière' }));
      }
    })();
    try {
      for (let index = 0; index < 30; index += 1) {
        await memory.upsertServices([
          base(`lumiere-${index}`, { name: { fr: `Lumière ${index}`, nl: null } }),
        ]);
      }
    } finally {
      writing = false;
      await searching;
    }
    expect(memory.memory?.loads).toBe(loads);
    expect(memory.memory?.current).toBe(true);
    const found = await memory.searchServices(serviceQuery({ text: 'Lumière', limit: 50 }));
    expect(found.total).toBe(30);
  });
});

describe('another process writes to the same tables', () => {
  it('answers by the statement at once, then from memory again once reloaded', async () => {
    const written = base('written-elsewhere', {
      name: { fr: 'Écrivain public Zébulon', nl: null },
      commune: 'commune:21004',
    });
    await statement.upsertServices([written]);
    const query = serviceQuery({ text: 'Zébulon' });
    const before = memory.memory?.answered;
    const first = await memory.searchServices(query);
    expect(first.hits.map((hit) => hit.document.id)).toEqual([written.id]);
    // The statement answered (the index did not hold the new document)…
    expect(memory.memory?.answered).toBe(before);
    // …and the index reloads: the next search is answered from memory, the same.
    await memory.memory?.load();
    expect(memory.memory?.current).toBe(true);
    const answered = memory.memory?.answered ?? 0;
    expect(answer(await memory.searchServices(query))).toEqual(answer(first));
    expect(memory.memory?.answered).toBe(answered + 1);
  });
});
