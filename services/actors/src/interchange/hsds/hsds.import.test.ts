import type { RegistryRecords } from '../../records/registry-records';
import { handMadeRecords, realRecords, syntheticRecords } from '../interchange.fixtures';
import { canonicalRecords } from '../interchange.records';
import { toHsds } from './hsds.export';
import { fromHsds } from './hsds.import';
import { taxonomyTerm, uuidFor } from './hsds.mapping';
import { TERRITORY_URI_PREFIX } from './hsds.types';

const AT = new Date('2026-05-04T10:00:00Z');

function roundTrip(seed: RegistryRecords) {
  return fromHsds(JSON.parse(JSON.stringify(toHsds(seed, AT))));
}

describe('fromHsds(toHsds(records))', () => {
  it('gives back hand-made records covering every field', () => {
    const { records, problems } = roundTrip(handMadeRecords());
    expect(problems).toEqual([]);
    expect(records).toStrictEqual(canonicalRecords(handMadeRecords()));
  });

  it('gives back the real records of services-seed.csv', () => {
    const seed = realRecords();
    const { records, problems } = roundTrip(seed);
    expect(problems).toEqual([]);
    expect(records.services).toHaveLength(69);
    expect(records).toStrictEqual(canonicalRecords(seed));
  });

  it('gives back 200 synthetic services with their sites and hours', () => {
    const seed = syntheticRecords();
    const { records, problems } = roundTrip(seed);
    expect(problems).toEqual([]);
    expect(records.services).toHaveLength(200);
    expect(records).toStrictEqual(canonicalRecords(seed));
  });

  it('normalises only what is documented: order and explicit empty optional fields', () => {
    const canonical = canonicalRecords(handMadeRecords());
    expect(canonical.organisations.map((org) => org.id)).toEqual([
      'org:synthetic-alpha',
      'org:synthetic-zeta',
    ]);
    expect(canonical.organisations[1]).toMatchObject({ externalId: null, agrements: [] });
    expect(canonical.sites[0]).toMatchObject({
      id: 'site:synthetic-alpha-1',
      externalId: 'legacy:site-7',
    });
    expect(canonical.sites[1]?.openingHours).toBeNull();
  });
});

/** A feed written by someone else: no x_bxl, spellings of its own (invented data). */
function foreignFeed() {
  return {
    hsds_version: '3.0',
    organizations: [
      {
        id: 'a1',
        name: '[Synthetic] Maison fictive',
        alternate_name: ' MF ',
        description: 'Une maison inventée.',
        email: 'info@fictive.example.be',
        phones: [{ number: '02/555.01.03' }],
        organization_identifiers: [
          { identifier_scheme: 'BE-BCE_KBO', identifier_type: 'KBO', identifier: '0876.543.270' },
        ],
      },
    ],
    locations: [
      {
        id: 'l1',
        location_type: 'physical',
        name: '[Synthetic] Maison fictive',
        addresses: [{ address_1: 'Rue Fictive 5', city: 'Ixelles', postal_code: '1050' }],
        schedules: [
          { freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00:00', closes_at: '17:00+02:00' },
          { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:00' },
        ],
      },
    ],
    services: [
      {
        id: 's1',
        organization_id: 'a1',
        name: '[Synthetic] Accueil social fictif',
        eligibility_description: 'Habitants de la commune.',
        application_process: 'Passer le matin.',
        cost_options: [
          { option: 'Adultes', amount: 5, currency: 'eur', amount_description: 'par entretien' },
          { option: 'Enfants' },
          { amount: '2.50' },
          { option: ' ' },
        ],
        status: 'active',
        languages: [{ code: 'FR' }, { name: 'Dutch' }, { code: 'fr-BE' }],
        service_at_locations: [{ location_id: 'l1' }],
        service_areas: [{ name: 'Ixelles' }, { uri: `${TERRITORY_URI_PREFIX}commune:21009` }],
        attributes: [
          { taxonomy_term: { taxonomy: 'bxl-service-type', code: 'casg' } },
          { taxonomy_term_id: taxonomyTerm('bxl-target-public', 'elderly').id },
          { taxonomy_term: { taxonomy: 'someone-else', code: 'x' } },
        ],
      },
    ],
  };
}

describe('fromHsds on a foreign feed', () => {
  const { records, problems } = fromHsds(foreignFeed(), { source: 'feed of test' });

  it('reads it without problems, HSDS ids becoming external ids and our ids generated', () => {
    expect(problems).toEqual([]);
    expect(records.organisations[0]).toMatchObject({
      id: 'org:synthetic-maison-fictive',
      externalId: 'a1',
      nameFr: '[Synthetic] Maison fictive',
      nameNl: null,
      phones: ['+3225550103'],
      enterpriseNumber: '0876543270',
      source: 'feed of test',
      synthetic: false,
    });
    expect(records.services[0]?.organisationId).toBe('org:synthetic-maison-fictive');
  });

  it('reads the alternate name, eligibility, how to apply and cost as French', () => {
    expect(records.organisations[0]).toMatchObject({
      alternateNameFr: 'MF',
      alternateNameNl: null,
      parentOrganisationId: null,
    });
    expect(records.services[0]).toMatchObject({
      eligibilityFr: 'Habitants de la commune.',
      eligibilityNl: null,
      howToApplyFr: 'Passer le matin.',
      howToApplyNl: null,
      costFr: 'Adultes: 5 EUR par entretien\nEnfants\n2.50',
      costNl: null,
    });
  });

  it('reads the address, the commune and weekly schedules (other schedules are ignored)', () => {
    const site = records.sites[0];
    expect(site).toMatchObject({
      organisationId: 'org:synthetic-maison-fictive',
      streetFr: 'Rue Fictive',
      number: '5',
      postcode: '1050',
      communeNis: '21009',
    });
    expect(site?.openingHours?.weekly).toEqual([
      { day: 'MONDAY', opens: '09:00', closes: '17:00' },
      { day: 'TUESDAY', opens: '09:00', closes: '17:00' },
    ]);
  });

  it('reads a parent given by the HSDS id of an organization of the file, even a later one', () => {
    const feed = foreignFeed();
    const federation = { id: 'a2', name: '[Synthetic] Fédération fictive', description: '' };
    const organizations = [{ ...feed.organizations[0], parent_organization_id: 'a2' }, federation];
    const read = fromHsds({ ...feed, organizations });
    expect(read.problems).toEqual([]);
    expect(read.records.organisations.map((org) => [org.id, org.parentOrganisationId])).toEqual([
      ['org:synthetic-maison-fictive', 'org:synthetic-federation-fictive'],
      ['org:synthetic-federation-fictive', null],
    ]);
  });

  it('reads our taxonomy terms, language codes or names, and our territories only', () => {
    expect(records.services[0]).toMatchObject({
      typeCodes: ['casg'],
      publicCodes: ['elderly'],
      languages: ['fr', 'nl'],
      serviceAreaIds: ['commune:21009'],
      siteIds: [records.sites[0]?.id],
      status: 'ACTIVE',
    });
  });
});

describe('fromHsds problems', () => {
  it('never throws on what is not a document', () => {
    for (const json of [null, 42, 'text', [], { organizations: 'many' }]) {
      const result = fromHsds(json);
      expect(result.records.organisations).toEqual([]);
      expect(result.problems.length).toBeGreaterThan(0);
      result.problems.forEach((problem) => expect(problem.line).toBe(0));
    }
    expect(fromHsds([]).problems[0]?.field).toBe('$');
    expect(fromHsds({ organizations: 'many' }).problems[0]?.field).toBe('organizations');
  });

  it('numbers each record and names the field of each bad value', () => {
    const feed = foreignFeed();
    const bad = {
      ...feed,
      hsds_version: '2.0',
      organizations: [
        { id: 'a0', name: ' ', description: '' },
        ...feed.organizations.map((org) => ({
          ...org,
          email: 'no-at-sign',
          organization_identifiers: [
            { identifier_type: 'enterprise number', identifier: '0876543271' },
          ],
        })),
      ],
      locations: [
        {
          ...feed.locations[0],
          organization_id: 'nobody',
          latitude: 50.8,
          phones: [{ number: '+32 2 555 01 04' }, { number: '555' }],
          addresses: [{ address_1: 'Fictive 1', city: 'Gent', postal_code: '9000' }],
          schedules: [
            { freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00' },
            { freq: 'WEEKLY', byday: 'MO', opens_at: '11:00', closes_at: '25:00' },
            { freq: 'WEEKLY', byday: 'XX', opens_at: '09:00', closes_at: '10:00' },
          ],
        },
      ],
      services: [
        feed.services[0],
        { ...feed.services[0], id: 's2', status: 'open' },
        {
          ...feed.services[0],
          id: 's1',
          organization_id: 'a9',
          languages: [{ code: 'xx' }],
          service_at_locations: [{ location_id: 'l9' }],
          attributes: [{ taxonomy_term: { taxonomy: 'bxl-service-type', code: 'bakery' } }],
          x_bxl: { id: 'org:wrong-kind', territory_ids: ['commune:21009', 'planet:earth'] },
        },
      ],
    };
    const { problems } = fromHsds(bad);
    const where = problems.map((problem) => `${problem.line} ${problem.field}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '0 hsds_version',
        '1 organizations[0].name',
        '2 organizations[1].email',
        '2 organizations[1].organization_identifiers[0].identifier',
        '1 locations[0].organization_id',
        '1 locations[0].longitude',
        '1 locations[0].phones[1].number',
        '1 locations[0].addresses[0].city',
        '1 locations[0].schedules[1].closes_at',
        '1 locations[0].schedules[2]',
        '2 services[1].status',
        '3 services[2].x_bxl.id',
        '3 services[2].id',
        '3 services[2].organization_id',
        '3 services[2].languages[0].code',
        '3 services[2].service_at_locations[0].location_id',
        '3 services[2].attributes[0].taxonomy_term.code',
        '3 services[2].x_bxl.territory_ids[1]',
      ]),
    );
    expect(problems).toHaveLength(18);
    problems.forEach((problem) => expect(problem.message.length).toBeGreaterThan(10));
  });

  it('keeps references to a malformed record quiet (its own problem is enough)', () => {
    const feed = foreignFeed();
    const { problems } = fromHsds({
      ...feed,
      organizations: [{ ...feed.organizations[0], phones: 'x' }],
    });
    expect(problems.map((problem) => problem.field)).toEqual(['organizations[0].phones']);
  });

  it('reports a parent that is not in the file, not an organisation id, or the organisation itself', () => {
    const feed = foreignFeed();
    const [org] = feed.organizations;
    const { problems } = fromHsds({
      ...feed,
      organizations: [
        { ...org, parent_organization_id: 'nowhere' },
        { ...org, id: 'a3', x_bxl: { id: 'org:synthetic-b', parent_id: 'svc:x' } },
        { ...org, id: 'a4', x_bxl: { id: 'org:synthetic-c', parent_id: 'org:synthetic-c' } },
        { ...org, id: 'a5', parent_organization_id: 'a5' },
        { ...org, id: 'a6', x_bxl: { id: 'org:synthetic-d', parent_id: 'org:elsewhere' } },
      ],
    });
    expect(problems.map((problem) => `${problem.line} ${problem.field}`)).toEqual([
      '1 organizations[0].parent_organization_id',
      '2 organizations[1].x_bxl.parent_id',
      '3 organizations[2].x_bxl.parent_id',
      '4 organizations[3].parent_organization_id',
    ]);
  });

  it('reads a location’s contacts (first phone only) and names the field of a bad one', () => {
    const feed = foreignFeed();
    const contacts = [
      { name: 'Anne', phones: [{ number: '02 555 01 06' }, { number: '02 555 01 07' }] },
      { title: ' ', email: 'x', phones: [{ number: '12' }] },
    ];
    const { records, problems } = fromHsds({
      ...feed,
      locations: [{ ...feed.locations[0], contacts }],
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'locations[0].contacts[1].name',
      'locations[0].contacts[1].phones[0].number',
      'locations[0].contacts[1].email',
    ]);
    expect(records.sites[0]?.contacts?.[0]).toEqual({
      name: 'Anne',
      title: null,
      phone: '+3225550106',
      email: null,
    });
  });

  it('reports an overlap of weekly periods under the schedule that causes it', () => {
    const feed = foreignFeed();
    const location = {
      ...feed.locations[0],
      schedules: [
        { freq: 'WEEKLY', byday: 'TU', opens_at: '09:00', closes_at: '12:00' },
        { freq: 'WEEKLY', byday: 'MO,TU', opens_at: '11:00', closes_at: '13:00' },
      ],
    };
    const { problems } = fromHsds({ ...feed, locations: [location] });
    expect(problems).toEqual([
      { line: 1, field: 'locations[0].schedules[1]', message: expect.stringContaining('overlaps') },
    ]);
  });

  it('derives the HSDS ids it reads from our ids when they are ours', () => {
    expect(toHsds(handMadeRecords(), AT).organizations[0]?.id).toBe(uuidFor('org:synthetic-alpha'));
  });
});
