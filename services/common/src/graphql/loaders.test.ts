import { byIdLoader, groupedLoader } from './loaders';

interface Commune {
  id: string;
  name: string;
}

interface Quartier {
  id: string;
  communeId: string;
}

const communes: Commune[] = [
  { id: 'c1', name: 'Anderlecht' },
  { id: 'c2', name: 'Ixelles' },
  { id: 'c3', name: 'Uccle' },
];

const quartiers: Quartier[] = [
  { id: 'q1', communeId: 'c1' },
  { id: 'q2', communeId: 'c2' },
  { id: 'q3', communeId: 'c1' },
  { id: 'q4', communeId: 'c9' },
];

/** A by-ids fetch that answers in its own order (reversed), as a database would. */
function communeFetch() {
  return jest.fn(async (ids: readonly string[]) =>
    communes.filter((commune) => ids.includes(commune.id)).reverse(),
  );
}

function quartierFetch() {
  return jest.fn(async (keys: readonly string[]) =>
    quartiers.filter((quartier) => keys.includes(quartier.communeId)),
  );
}

describe('byIdLoader', () => {
  it('answers in the order of the keys whatever the order of the fetch', async () => {
    const loader = byIdLoader(communeFetch(), (commune) => commune.id);
    const answers = await loader.loadMany(['c1', 'c3', 'c2']);
    expect(answers).toEqual([communes[0], communes[2], communes[1]]);
  });

  it('answers null for ids that do not exist', async () => {
    const loader = byIdLoader(communeFetch(), (commune) => commune.id);
    const answers = await Promise.all([loader.load('nope'), loader.load('c2'), loader.load('c7')]);
    expect(answers).toEqual([null, communes[1], null]);
  });

  it('calls the fetch once per tick with every distinct id', async () => {
    const fetch = communeFetch();
    const loader = byIdLoader(fetch, (commune) => commune.id);
    const answers = await Promise.all([
      loader.load('c2'),
      loader.load('c1'),
      loader.load('c2'),
      loader.load('missing'),
      loader.load('c1'),
    ]);
    expect(answers).toEqual([communes[1], communes[0], communes[1], null, communes[0]]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toEqual(['c2', 'c1', 'missing']);
  });

  it('fetches again in a later tick, only for ids not asked before', async () => {
    const fetch = communeFetch();
    const loader = byIdLoader(fetch, (commune) => commune.id);
    await Promise.all([loader.load('c1'), loader.load('c2')]);
    await Promise.all([loader.load('c1'), loader.load('c3')]);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(fetch.mock.calls[1]?.[0]).toEqual(['c3']);
  });

  it('ignores items the fetch returns without being asked', async () => {
    const loader = byIdLoader(
      async () => communes,
      (commune) => commune.id,
    );
    expect(await loader.load('c3')).toEqual(communes[2]);
  });

  it('rejects every load of the tick when the fetch fails', async () => {
    const loader = byIdLoader<Commune>(
      async () => {
        throw new Error('connection lost');
      },
      (commune) => commune.id,
    );
    const settled = await Promise.allSettled([loader.load('c1'), loader.load('c2')]);
    expect(settled.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });
});

describe('groupedLoader', () => {
  it('gives every key the list of its items', async () => {
    const loader = groupedLoader(quartierFetch(), (quartier) => quartier.communeId);
    const answers = await loader.loadMany(['c2', 'c1']);
    expect(answers).toEqual([[quartiers[1]], [quartiers[0], quartiers[2]]]);
  });

  it('gives an empty list to keys without items', async () => {
    const loader = groupedLoader(quartierFetch(), (quartier) => quartier.communeId);
    const [none, some, alsoNone] = await Promise.all([
      loader.load('c3'),
      loader.load('c1'),
      loader.load('x'),
    ]);
    expect(none).toEqual([]);
    expect(some.map((quartier) => quartier.id)).toEqual(['q1', 'q3']);
    expect(alsoNone).toEqual([]);
  });

  it('does not share one list between keys without items', async () => {
    const loader = groupedLoader(quartierFetch(), (quartier) => quartier.communeId);
    const [first, second] = await Promise.all([loader.load('a'), loader.load('b')]);
    first.push({ id: 'q9', communeId: 'a' });
    expect(second).toEqual([]);
  });

  it('calls the fetch once per tick with deduplicated keys', async () => {
    const fetch = quartierFetch();
    const loader = groupedLoader(fetch, (quartier) => quartier.communeId);
    await Promise.all([loader.load('c1'), loader.load('c2'), loader.load('c1')]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toEqual(['c1', 'c2']);
  });

  it('drops items whose key was not asked', async () => {
    const loader = groupedLoader(
      async () => quartiers,
      (quartier) => quartier.communeId,
    );
    expect(await loader.load('c2')).toEqual([quartiers[1]]);
  });

  it('batches composite keys', async () => {
    const rows = [
      { territory: 't1', layer: 'commune', value: 1 },
      { territory: 't1', layer: 'sector', value: 2 },
      { territory: 't2', layer: 'commune', value: 3 },
    ];
    const fetch = jest.fn(async (keys: readonly string[]) =>
      rows.filter((row) => keys.includes(`${row.territory}|${row.layer}`)),
    );
    const loader = groupedLoader(fetch, (row) => `${row.territory}|${row.layer}`);
    const answers = await loader.loadMany(['t1|sector', 't2|commune', 't2|sector']);
    expect(answers).toEqual([[rows[1]], [rows[2]], []]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
