import { handMadeRecords } from '../interchange.fixtures';
import { toHsds, toNdjson } from './hsds.export';
import { uuidFor } from './hsds.mapping';
import { HSDS_PROFILE_URI, TERRITORY_URI_PREFIX } from './hsds.types';

const AT = new Date('2026-05-04T10:00:00Z');
const UUID_V5 = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null || value === undefined) {
    return [path];
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => nullPaths(item, `${path}[${index}]`));
  }
  if (typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => nullPaths(item, `${path}.${key}`));
  }
  return [];
}

describe('toHsds', () => {
  const doc = toHsds(handMadeRecords(), AT);

  it('writes the header of our profile', () => {
    expect(doc.hsds_version).toBe('3.0');
    expect(doc.profile).toBe(HSDS_PROFILE_URI);
    expect(doc.generated_at).toBe('2026-05-04T10:00:00.000Z');
  });

  it('orders every array by our id, with stable version-5 UUIDs as HSDS ids', () => {
    expect(doc.organizations.map((org) => org.x_bxl.id)).toEqual([
      'org:synthetic-alpha',
      'org:synthetic-zeta',
    ]);
    expect(doc.services.map((svc) => svc.x_bxl.id)).toEqual([
      'svc:synthetic-alpha-old',
      'svc:synthetic-alpha-ssm',
      'svc:synthetic-zeta',
    ]);
    const ids = [...doc.organizations, ...doc.locations, ...doc.services].map((item) => item.id);
    ids.forEach((id) => expect(id).toMatch(UUID_V5));
    expect(new Set(ids).size).toBe(ids.length);
    expect(toHsds(handMadeRecords(), new Date(0)).services[0]?.id).toBe(doc.services[0]?.id);
  });

  it('omits optional fields without a value instead of writing null', () => {
    expect(nullPaths(doc)).toEqual([]);
    const zeta = doc.organizations[1];
    expect(zeta?.name).toBe('[Synthetisch] Vzw Zeta');
    expect(zeta?.description).toBe('');
    expect(zeta && 'email' in zeta).toBe(false);
    expect(zeta?.x_bxl).not.toHaveProperty('name_fr');
  });

  it('links services, locations and organizations by HSDS id', () => {
    const orgIds = new Set(doc.organizations.map((org) => org.id));
    const locationIds = new Set(doc.locations.map((location) => location.id));
    for (const service of doc.services) {
      expect(orgIds.has(service.organization_id)).toBe(true);
      service.service_at_locations.forEach((link) => {
        expect(link.service_id).toBe(service.id);
        expect(locationIds.has(link.location_id)).toBe(true);
      });
    }
    doc.locations.forEach((location) => expect(orgIds.has(location.organization_id)).toBe(true));
  });

  it('writes the enterprise number, agréments and phones of an organization', () => {
    const alpha = doc.organizations[0];
    expect(alpha?.organization_identifiers).toEqual([
      expect.objectContaining({ identifier_scheme: 'BE-BCE_KBO', identifier: '0412345614' }),
    ]);
    expect(alpha?.phones.map((phone) => phone.number)).toEqual(['+3225550101', '+32470000001']);
    expect(alpha?.x_bxl.agrements[1]).toEqual({
      authority: 'VGC',
      kind: 'welzijn | gezondheid; test',
    });
    expect(alpha?.x_bxl.external_id).toBe('legacy:42');
  });

  it('writes alternate names and the parent of an organization, in HSDS and in x_bxl', () => {
    const [alpha, zeta] = doc.organizations;
    expect(alpha?.alternate_name).toBe('[Synthetic] Alpha, "AA"');
    expect(alpha?.parent_organization_id).toBe(
      uuidFor('org:synthetic-federation-outside-the-file'),
    );
    expect(alpha?.x_bxl).toMatchObject({
      alternate_name_fr: '[Synthetic] Alpha, "AA"',
      alternate_name_nl: '[Synthetisch] Alpha | AA; test',
      parent_id: 'org:synthetic-federation-outside-the-file',
    });
    expect(zeta?.alternate_name).toBe('Zeta');
    expect(zeta?.parent_organization_id).toBe(alpha?.id);
    expect(zeta?.x_bxl).not.toHaveProperty('alternate_name_fr');
  });

  it('writes eligibility, how to apply, and one cost option per language of the cost', () => {
    const [old, ssm, zeta] = doc.services;
    expect(ssm?.eligibility_description).toBe('Jeunes de 12 à 25 ans, et leurs familles.');
    expect(ssm?.application_process).toBe(
      'Téléphoner le matin ;\npuis un premier entretien | sur place.',
    );
    expect(ssm?.cost_options).toEqual([
      {
        id: uuidFor('svc:synthetic-alpha-ssm#cost:fr'),
        service_id: ssm?.id,
        option: 'Gratuit, "sans" frais.',
      },
      { id: uuidFor('svc:synthetic-alpha-ssm#cost:nl'), service_id: ssm?.id, option: 'Gratis.' },
    ]);
    expect(old?.eligibility_description).toBe('Iedereen.');
    expect(old?.application_process).toBe('Sans rendez-vous.');
    expect(old?.cost_options.map((cost) => cost.option)).toEqual(['5 euro per gesprek.']);
    expect(old?.x_bxl).toMatchObject({
      eligibility_nl: 'Iedereen.',
      cost_nl: '5 euro per gesprek.',
    });
    expect(old?.x_bxl).not.toHaveProperty('cost_fr');
    expect(zeta?.cost_options).toEqual([]);
    expect(zeta && 'eligibility_description' in zeta).toBe(false);
  });

  it('writes an address with the commune, and weekly hours as schedules', () => {
    const site = doc.locations.find((location) => location.x_bxl.id === 'site:synthetic-alpha-1');
    expect(site?.addresses[0]).toMatchObject({
      address_1: 'Rue Fictive 12b',
      city: 'Schaerbeek',
      postal_code: '1030',
      state_province: 'BE-BRU',
      country: 'BE',
      x_bxl: { street_nl: 'Fictievestraat', commune_nis: '21015' },
    });
    expect(site?.schedules.map((s) => `${s.byday} ${s.opens_at}-${s.closes_at}`)).toEqual([
      'MO 09:00-12:30',
      'MO 13:30-17:00',
      'FR 22:00-02:00',
    ]);
    expect(site?.x_bxl.opening_hours?.exceptions[0]).toEqual({
      date: '2026-12-24',
      closed: true,
      periods: [],
      note: 'Veille de Noël',
    });
    const bare = doc.locations.find((location) => location.x_bxl.id === 'site:synthetic-alpha-2');
    expect(bare?.addresses[0]).toMatchObject({ address_1: '', city: 'Bruxelles', postal_code: '' });
    expect(bare?.schedules).toEqual([]);
  });

  it('writes status, languages, service areas and taxonomy terms of a service', () => {
    const ssm = doc.services.find((svc) => svc.x_bxl.id === 'svc:synthetic-alpha-ssm');
    expect(ssm?.status).toBe('temporarily closed');
    expect(ssm?.languages.map((language) => `${language.code}:${language.name}`)).toEqual([
      'fr:French',
      'nl:Dutch',
      'ar:Arabic',
    ]);
    expect(ssm?.service_areas.map((area) => area.uri)).toEqual([
      `${TERRITORY_URI_PREFIX}commune:21015`,
      `${TERRITORY_URI_PREFIX}bassin:nord`,
    ]);
    expect(
      ssm?.attributes.map((a) => `${a.taxonomy_term.taxonomy}:${a.taxonomy_term.code}`),
    ).toEqual([
      'bxl-service-type:mental-health',
      'bxl-service-type:family-planning',
      'bxl-target-public:young-people',
      'bxl-target-public:families',
      'bxl-access:low-threshold',
      'bxl-access:free',
      'bxl-access:accepts-amu',
    ]);
    ssm?.attributes.forEach((a) => expect(a.taxonomy_term_id).toBe(a.taxonomy_term.id));
  });
});

describe('toNdjson', () => {
  const doc = toHsds(handMadeRecords(), AT);
  const text = toNdjson(doc);

  it('writes one typed object per line: organizations, locations, then services', () => {
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(8);
    const records = lines.map((line) => JSON.parse(line) as { type: string; id: string });
    expect(records.map((record) => record.type)).toEqual([
      'organization',
      'organization',
      'location',
      'location',
      'location',
      'service',
      'service',
      'service',
    ]);
    expect(records[5]).toEqual({ type: 'service', ...doc.services[0] });
  });

  it('is deterministic', () => {
    expect(toNdjson(toHsds(handMadeRecords(), AT))).toBe(text);
  });
});
