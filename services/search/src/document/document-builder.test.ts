import { organisationDocument, serviceDocuments } from './document-builder';
import type { AreaRecord, ServiceRecord, SiteRecord } from './directory-records';

const named = (id: string, nameFr: string, nameNl: string) => ({ id, nameFr, nameNl });

const site = (id: string, overrides: Partial<SiteRecord> = {}): SiteRecord => ({
  ...named(id, 'Antenne', 'Antenne'),
  streetFr: 'Rue de Ribaucourt',
  streetNl: 'Ribaucourtstraat',
  number: '12',
  postcode: '1080',
  latitude: 50.855,
  longitude: 4.34,
  possibleTerritoryIds: [],
  commune: named('commune:21012', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'),
  bassin: named('bassin:centre-ouest', 'Bassin Centre-Ouest', 'Zorgbekken Centrum-West'),
  groupement: named(
    'groupement:provisional-clss:gare-de-l-ouest',
    "Gare de l'Ouest",
    'Weststation',
  ),
  quartier: null,
  sector: { id: 'sector:21012A00-' },
  ...overrides,
});

const service = (overrides: Partial<ServiceRecord> = {}): ServiceRecord => ({
  id: 'svc:debt',
  archivedAt: null,
  status: 'ACTIVE',
  synthetic: true,
  updatedAt: '2026-11-23T10:00:00.000Z',
  nameFr: 'Médiation de dettes',
  nameNl: 'Schuldbemiddeling',
  descriptionFr: null,
  descriptionNl: null,
  languages: ['fr', 'ar'],
  lowThreshold: false,
  withoutAppointment: true,
  free: true,
  acceptsUninsured: false,
  acceptsAmu: false,
  anonymous: false,
  serviceAreas: ['commune:21001'],
  types: [{ code: 'debt-mediation', labelFr: 'Médiation de dettes', labelNl: 'Schuldbemiddeling' }],
  publics: [],
  needs: [
    {
      partial: false,
      need: {
        code: 'debts',
        labelFr: 'Dettes',
        labelNl: 'Schulden',
        wordsFr: ['factures impayées'],
        wordsNl: ['deurwaarder'],
      },
    },
    {
      partial: true,
      need: { code: 'energy', labelFr: 'Énergie', labelNl: 'Energie', wordsFr: [], wordsNl: [] },
    },
  ],
  organisation: {
    ...named('org:canal', 'Asbl Canal', 'Vzw Kanaal'),
    archivedAt: null,
    agrements: [{ authority: 'COCOF' }, { authority: 'COCOF' }],
    collaborations: [
      { collaboration: { __typename: 'IntegratedCentre', nameFr: 'CSSI Canal', nameNl: null } },
      { collaboration: { __typename: 'Convention' } },
    ],
  },
  deliveries: [
    {
      site: site('site:a'),
      openingHours: { weekly: [{ day: 'SATURDAY', opens: '09:00', closes: '10:00' }] },
    },
    {
      site: site('site:b', { latitude: null, longitude: null, groupement: null }),
      openingHours: null,
    },
  ],
  ...overrides,
});

const areas = new Map<string, AreaRecord>([
  [
    'commune:21001',
    {
      ...named('commune:21001', 'Anderlecht', 'Anderlecht'),
      related: ['bassin:centre-ouest', 'quartier:1'],
    },
  ],
]);

describe('serviceDocuments', () => {
  it('makes one document per site, placed in every territory of the site', () => {
    const [first, second] = serviceDocuments(service(), areas);
    expect(first?.id).toBe('svc:debt@site:a');
    expect(first?.locatedIn).toEqual([
      'commune:21012',
      'bassin:centre-ouest',
      'groupement:provisional-clss:gare-de-l-ouest',
      'sector:21012A00-',
    ]);
    expect(first?.placeNames).toEqual(
      expect.arrayContaining([
        "Gare de l'Ouest",
        'Weststation',
        'Sint-Jans-Molenbeek',
        '1080',
        'Anderlecht',
      ]),
    );
    expect(first?.point).toEqual({ lat: 50.855, lng: 4.34 });
    expect(first?.openQuarters).toEqual([5 * 96 + 36, 5 * 96 + 37, 5 * 96 + 38, 5 * 96 + 39]);
    expect(second?.point).toBeNull();
    expect(second?.openQuarters).toBeNull();
    expect(second?.groupement).toBeNull();
  });

  it('carries access conditions as codes and words, served areas with their related territories, collaborations by kind', () => {
    const [document] = serviceDocuments(service(), areas);
    expect(document?.access).toEqual(['withoutAppointment', 'free']);
    expect(document?.accessLabels).toEqual([
      { fr: 'sans rendez-vous', nl: 'zonder afspraak' },
      { fr: 'gratuit', nl: 'gratis' },
    ]);
    expect(document?.serves).toEqual(['commune:21001', 'bassin:centre-ouest', 'quartier:1']);
    expect(document?.authorities).toEqual(['COCOF']);
    expect(document?.collaborations).toEqual(['CSSI Canal']);
    expect(document?.address).toEqual({
      fr: 'Rue de Ribaucourt 12, 1080 Molenbeek-Saint-Jean',
      nl: 'Ribaucourtstraat 12, 1080 Sint-Jans-Molenbeek',
    });
  });

  it('carries the needs it meets: codes, and labels with words per language, fully apart from partly', () => {
    const [document] = serviceDocuments(service(), areas);
    expect(document?.needs).toEqual(['debts', 'energy']);
    expect(document?.needTexts).toEqual([
      { fr: 'Dettes ; factures impayées', nl: 'Schulden ; deurwaarder' },
    ]);
    expect(document?.partialNeedTexts).toEqual([{ fr: 'Énergie', nl: 'Energie' }]);
  });

  it('a service without a site is one document; an archived organisation archives its services', () => {
    const documents = serviceDocuments(
      service({
        deliveries: [],
        organisation: { ...service().organisation, archivedAt: '2026-01-01' },
      }),
      areas,
    );
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      id: 'svc:debt@-',
      siteId: null,
      archived: true,
      locatedIn: [],
    });
  });
});

describe('organisationDocument', () => {
  it('lists the types of its services and the communes of its sites once each', () => {
    const document = organisationDocument({
      ...named('org:canal', 'Asbl Canal', 'Vzw Kanaal'),
      archivedAt: null,
      synthetic: false,
      updatedAt: '2026-11-23T10:00:00.000Z',
      descriptionFr: null,
      descriptionNl: null,
      alternateNameFr: 'Canal',
      alternateNameNl: null,
      agrements: [],
      services: [{ types: [{ code: 'debt-mediation' }] }, { types: [{ code: 'debt-mediation' }] }],
      sites: [{ commune: named('commune:21012', 'Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek') }],
    });
    expect(document).toMatchObject({
      types: ['debt-mediation'],
      communes: ['commune:21012'],
      alternateNames: ['Canal'],
      placeNames: ['Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'],
    });
  });
});
