import { fromBruxellesSocial } from './bruxelles-social.import';
import { categoryCodeOf, isoDateText } from './bruxelles-social.mapping';

/**
 * Invented records in the shape of Bruxelles Social's organisation JSON: every name says
 * "[Synthetic]", addresses and numbers are made up (01 55x numbers, example.be domains).
 */
const FIXTURE = [
  {
    id: 90001,
    nameOfficialFr: '[Synthetic] Centre fictif de santé mentale',
    nameOfficialNl: '[Synthetisch] Fictief centrum geestelijke gezondheid',
    descriptionFr: 'Consultations inventées pour les tests.',
    descriptionNl: 'Verzonnen consultaties voor de tests.',
    address: {
      streetFr: 'Rue Imaginaire',
      streetNl: 'Denkbeeldigestraat',
      number: 12,
      zipCode: '1030',
      municipalityFr: 'Schaerbeek',
      municipalityNl: 'Schaarbeek',
      lat: 50.8671,
      lon: 4.3772,
    },
    telFr: '02/555.01.10',
    telNl: '+32 2 555 01 10',
    emailFr: 'accueil@fictif.example.be',
    websiteOfficialFr: 'www.fictif.example.be',
    categories: [
      { id: 7, labelFr: 'Santé mentale', labelNl: 'Geestelijke gezondheid' },
      'Planning familial',
    ],
    agreements: [
      {
        labelFr: 'Service de santé mentale agréé par la COCOF',
        number: 'SSM-F-01',
        validFrom: '01/01/2019',
      },
      'Erkend door de Vlaamse Gemeenschapscommissie (VGC)',
    ],
    languageoffer: ['FR', 'Néerlandais', { labelFr: 'Arabe' }],
    legalStatus: { labelFr: 'ASBL', labelNl: 'VZW' },
    lastUpdate: '2025-11-03T08:00:00Z',
  },
  {
    id: '90002',
    nameOfficialNl: '[Synthetisch] Buurthuis zonder adres',
    categories: ['Jeugdwerk'],
    languageoffer: 'nl, fr, klingon',
    address: { lat: '50.85', lon: '4.35' },
    telNl: 'bel ons op 0470 55 01 12 of 02 555 01 13',
  },
  {
    id: 90003,
    nameOfficialFr: '[Synthetic] Maison fictive',
    address: {
      streetFr: 'Avenue Fictive',
      number: '5',
      zipCode: 1190,
      municipalityFr: 'Forest',
      lat: 4.33,
      lon: 50.81,
    },
    categories: ['CASG', 'cpas'],
    agreements: ['Centre agréé par la Commission communautaire commune'],
  },
];

describe('fromBruxellesSocial', () => {
  const { records, problems, warnings } = fromBruxellesSocial(FIXTURE);

  it('makes one organisation, one site (if addressed) and one service per record', () => {
    expect(problems).toEqual([]);
    expect(records.organisations).toHaveLength(3);
    expect(records.sites).toHaveLength(2);
    expect(records.services).toHaveLength(3);
    for (const list of [records.organisations, records.sites, records.services]) {
      list.forEach((record) => expect(record.externalId).toMatch(/^bruxelles-social:9000\d$/));
    }
  });

  it('maps the organisation fields', () => {
    expect(records.organisations[0]).toStrictEqual({
      id: 'org:synthetic-centre-fictif-de-sante-mentale',
      externalId: 'bruxelles-social:90001',
      agrements: [
        {
          authority: 'COCOF',
          kind: 'Service de santé mentale agréé par la COCOF',
          number: 'SSM-F-01',
          validFrom: '2019-01-01',
          validTo: null,
        },
        {
          authority: 'VGC',
          kind: 'Erkend door de Vlaamse Gemeenschapscommissie (VGC)',
          number: null,
          validFrom: null,
          validTo: null,
        },
      ],
      nameFr: '[Synthetic] Centre fictif de santé mentale',
      nameNl: '[Synthetisch] Fictief centrum geestelijke gezondheid',
      descriptionFr: 'Consultations inventées pour les tests.',
      descriptionNl: 'Verzonnen consultaties voor de tests.',
      legalStatus: 'ASBL',
      enterpriseNumber: null,
      website: 'https://www.fictif.example.be',
      email: 'accueil@fictif.example.be',
      phones: ['+3225550110'],
      synthetic: false,
      source: 'Bruxelles Social, organisation 90001 (last update 2025-11-03)',
    });
    expect(records.organisations[1]?.phones).toEqual(['+32470550112', '+3225550113']);
    expect(records.organisations[2]?.agrements?.[0]?.authority).toBe('COCOM');
  });

  it('maps the address to a site with its commune and a position inside Brussels', () => {
    expect(records.sites[0]).toMatchObject({
      organisationId: records.organisations[0]?.id,
      streetFr: 'Rue Imaginaire',
      streetNl: 'Denkbeeldigestraat',
      number: '12',
      postcode: '1030',
      communeNis: '21015',
      latitude: 50.8671,
      longitude: 4.3772,
      openingHours: null,
    });
    expect(records.sites[1]).toMatchObject({
      communeNis: '21007',
      postcode: '1190',
      latitude: null,
      longitude: null,
    });
  });

  it('types the service from its categories and reads the languages', () => {
    expect(records.services.map((svc) => svc.typeCodes)).toEqual([
      ['mental-health', 'family-planning'],
      ['other'],
      ['casg', 'cpas'],
    ]);
    expect(records.services[0]).toMatchObject({
      languages: ['fr', 'nl', 'ar'],
      siteIds: [records.sites[0]?.id],
      status: 'ACTIVE',
    });
    expect(records.services[1]).toMatchObject({ languages: ['nl', 'fr'], siteIds: [] });
  });

  it('warns, without errors, about what it leaves out or guesses', () => {
    expect(warnings.map((w) => `${w.line} ${w.field}`)).toEqual([
      '2 categories[0]',
      '2 languageoffer[2]',
      '3 address.lat',
    ]);
    expect(warnings[2]?.message).toContain('swapped');
  });
});

describe('fromBruxellesSocial problems', () => {
  it('numbers each record and names the field', () => {
    const { problems, records } = fromBruxellesSocial([
      { id: 1, nameOfficialFr: '[Synthetic] A', emailFr: 'not-an-address', telFr: 'call us' },
      { id: 2, descriptionFr: 'no name' },
      {
        id: 1,
        nameOfficialFr: '[Synthetic] C',
        address: { zipCode: '9000', municipalityFr: 'Gent' },
      },
      {
        id: 4,
        nameOfficialFr: '[Synthetic] D',
        address: { zipCode: 'B-1000' },
        websiteOfficialNl: 'ftp://x.example.be',
      },
      {
        id: 5,
        nameOfficialFr: '[Synthetic] E',
        agreements: [{ labelFr: 'Agrément COCOF', validTo: '31/02/2020' }, { number: 12 }],
      },
      { nameOfficialFr: 'no id' },
      'not an object',
    ]);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual([
      '1 emailFr',
      '1 telFr',
      '2 nameOfficialFr',
      '3 id',
      '3 address.zipCode',
      '4 websiteOfficialNl',
      '4 address.zipCode',
      '5 agreements[0].validTo',
      '5 agreements[1]',
      '6 id',
      '7 $',
    ]);
    expect(records.sites).toEqual([]);
    problems.forEach((p) => expect(p.message.length).toBeGreaterThan(5));
  });

  it('never throws on what is not an array', () => {
    for (const json of [null, undefined, 3, 'x', { organisations: [] }]) {
      expect(fromBruxellesSocial(json).problems).toEqual([
        { line: 0, field: '$', message: 'expected an array of organisations' },
      ]);
    }
  });
});

describe('Bruxelles Social mapping tables', () => {
  it('maps labels in French, Dutch, acronyms and our own codes', () => {
    expect(categoryCodeOf(['Maisons médicales'])).toBe('medical-house');
    expect(categoryCodeOf(['Wijkgezondheidscentrum'])).toBe('medical-house');
    expect(categoryCodeOf(['OCMW'])).toBe('cpas');
    expect(categoryCodeOf(['debt-mediation'])).toBe('debt-mediation');
    expect(categoryCodeOf(['Autre service social-santé', 'Boulangerie'])).toBeNull();
  });

  it('reads dates in ISO or European order', () => {
    expect(isoDateText('2024-03-01T10:00:00Z')).toBe('2024-03-01');
    expect(isoDateText('1/3/2024')).toBe('2024-03-01');
    expect(isoDateText('mars 2024')).toBe('mars 2024');
  });
});
