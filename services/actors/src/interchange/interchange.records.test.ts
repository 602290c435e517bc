import { handMadeRecords } from './interchange.fixtures';
import { canonicalRecords, RecordIds } from './interchange.records';

describe('canonicalRecords', () => {
  it('sorts by id and makes optional fields explicit, without touching the input', () => {
    const seed = handMadeRecords();
    const canonical = canonicalRecords(seed);
    expect(canonical.sites.map((site) => site.id)).toEqual([
      'site:synthetic-alpha-1',
      'site:synthetic-alpha-2',
      'site:synthetic-zeta',
    ]);
    expect(canonical.sites[1]).toMatchObject({ externalId: null, openingHours: null });
    expect(canonical.services[2]).toMatchObject({ id: 'svc:synthetic-zeta', externalId: null });
    expect(seed.sites[0]).not.toHaveProperty('externalId');
    expect(canonicalRecords(canonical)).toStrictEqual(canonical);
  });
});

describe('RecordIds', () => {
  it('keeps the ids it is given and never generates one of them', () => {
    const ids = new RecordIds();
    expect(ids.take('org:fictive')).toBe(true);
    expect(ids.take('org:fictive')).toBe(false);
    expect(ids.next('org', 'Fictive')).toBe('org:fictive-2');
    expect(ids.next('org', 'Fictive')).toBe('org:fictive-3');
    expect(ids.next('svc', '')).toBe('svc:unnamed');
    expect(ids.has('org:fictive-3')).toBe(true);
  });
});
