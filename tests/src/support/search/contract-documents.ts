import type { OrganisationDocument, ServiceDocument } from '@bxl/search';

/**
 * Fixture documents for the engine contract suite — invented for the test (flagged synthetic), placed
 * on real Brussels places so the place-name cases read naturally.
 */
export const base = (id: string, overrides: Partial<ServiceDocument>): ServiceDocument => ({
  id: `${id}@site:${id}`,
  serviceId: `svc:${id}`,
  siteId: `site:${id}`,
  organisationId: `org:${id}`,
  name: { fr: null, nl: null },
  description: { fr: null, nl: null },
  organisationName: { fr: null, nl: null },
  siteName: { fr: null, nl: null },
  address: { fr: null, nl: null },
  types: [],
  typeLabels: [],
  publics: [],
  publicLabels: [],
  needs: [],
  needTexts: [],
  partialNeedTexts: [],
  languages: ['fr'],
  access: [],
  authorities: [],
  locatedIn: [],
  possibleIn: [],
  serves: [],
  bassin: null,
  groupement: null,
  commune: null,
  collaborations: [],
  accessLabels: [],
  placeNames: [],
  point: null,
  openQuarters: null,
  status: 'ACTIVE',
  archived: false,
  synthetic: true,
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...overrides,
});

const SSM = { fr: 'Service de santé mentale', nl: 'Centrum voor geestelijke gezondheidszorg' };
const DEBT = { fr: 'Médiation de dettes', nl: 'Schuldbemiddeling' };
const PLANNING = { fr: 'Centre de planning familial', nl: 'Centrum voor gezinsplanning' };
const MOLENBEEK = ['Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek', "Gare de l'Ouest", 'Weststation'];
const FOREST = ['Forest', 'Vorst', 'Bassin Sud', 'Zorgbekken Zuid'];
const weekdays = (from: number, to: number) =>
  [0, 1, 2, 3, 4].flatMap((day) =>
    Array.from({ length: to - from }, (_, quarter) => day * 96 + from + quarter),
  );

export const CONTRACT_SERVICES: ServiceDocument[] = [
  // Invented like the others, but flagged as a real record so the `synthetic` filter and facet have both.
  base('ssm-forest', {
    synthetic: false,
    name: { fr: 'SSM Le Méridien du Sud', nl: 'CGG Le Méridien du Sud' },
    description: { fr: 'Consultations psychologiques et psychiatriques pour adultes.', nl: null },
    organisationName: { fr: 'Le Méridien du Sud', nl: null },
    types: ['mental-health'],
    typeLabels: [SSM],
    publics: ['adults'],
    languages: ['fr', 'nl'],
    access: ['withoutAppointment'],
    accessLabels: [{ fr: 'sans rendez-vous', nl: 'zonder afspraak' }],
    authorities: ['COCOF'],
    locatedIn: ['commune:21007', 'bassin:sud', 'region:bru'],
    bassin: 'bassin:sud',
    commune: 'commune:21007',
    placeNames: FOREST,
    point: { lat: 50.8105, lng: 4.3245 },
    openQuarters: weekdays(36, 68),
  }),
  base('debt-molenbeek', {
    name: { fr: 'Service de médiation de dettes du Canal', nl: 'Schuldbemiddeling Kanaal' },
    description: {
      fr: 'Accompagnement des personnes surendettées.',
      nl: 'Begeleiding bij schulden.',
    },
    organisationName: { fr: 'CPAS de Molenbeek-Saint-Jean', nl: 'OCMW Sint-Jans-Molenbeek' },
    types: ['debt-mediation'],
    typeLabels: [DEBT],
    publics: ['adults', 'families'],
    languages: ['fr', 'nl', 'ar'],
    access: ['free', 'acceptsUninsured'],
    authorities: ['CPAS_LAW'],
    locatedIn: [
      'commune:21012',
      'bassin:centre-ouest',
      'groupement:provisional-clss:gare-de-l-ouest',
    ],
    bassin: 'bassin:centre-ouest',
    groupement: 'groupement:provisional-clss:gare-de-l-ouest',
    commune: 'commune:21012',
    placeNames: MOLENBEEK,
    point: { lat: 50.8538, lng: 4.3226 },
    openQuarters: [...weekdays(36, 48), 5 * 96 + 40],
  }),
  base('planning-schaerbeek', {
    name: { fr: 'Planning familial Josaphat', nl: 'Gezinsplanning Josaphat' },
    description: {
      fr: 'Contraception, IVG, consultations juridiques et psychologiques.',
      nl: null,
    },
    organisationName: { fr: 'Planning Josaphat asbl', nl: null },
    types: ['family-planning'],
    typeLabels: [PLANNING],
    publics: ['youth', 'women'],
    languages: ['fr'],
    access: ['anonymous', 'lowThreshold'],
    authorities: ['COCOF'],
    locatedIn: ['commune:21015', 'bassin:nord-est'],
    bassin: 'bassin:nord-est',
    commune: 'commune:21015',
    placeNames: ['Schaerbeek', 'Schaarbeek', 'Bassin Nord-Est'],
    collaborations: ['CSSI Pôle Josaphat'],
    point: { lat: 50.8676, lng: 4.3737 },
    serves: ['bassin:nord-est', 'commune:21015', 'commune:21009'],
  }),
  base('mm-archived', {
    name: { fr: 'Maison médicale des Archives', nl: 'Wijkgezondheidscentrum Archief' },
    types: ['community-health-centre'],
    typeLabels: [{ fr: 'Maison médicale', nl: 'Wijkgezondheidscentrum' }],
    commune: 'commune:21004',
    placeNames: ['Bruxelles', 'Brussel'],
    archived: true,
  }),
  base('casg-inactive', {
    name: { fr: 'Centre d’action sociale globale Inactif', nl: 'Algemeen welzijnswerk Inactief' },
    types: ['casg'],
    typeLabels: [
      { fr: 'Centre d’action sociale globale (CASG)', nl: 'Algemeen welzijnswerk (CAW)' },
    ],
    commune: 'commune:21001',
    status: 'INACTIVE',
  }),
  base('ssm-ixelles', {
    name: { fr: 'Service de santé mentale Ulysse', nl: null },
    description: { fr: 'Pour personnes exilées, avec interprètes.', nl: null },
    organisationName: { fr: 'Ulysse asbl', nl: null },
    types: ['mental-health'],
    typeLabels: [SSM],
    publics: ['migrants'],
    languages: ['fr', 'en', 'ar'],
    access: ['free', 'acceptsAmu'],
    authorities: ['COCOM'],
    locatedIn: ['commune:21009', 'bassin:sud-est'],
    // Placed by its commune only: it may lie in this (invented) groupement of Ixelles.
    possibleIn: ['groupement:ixelles-fixture'],
    bassin: 'bassin:sud-est',
    commune: 'commune:21009',
    placeNames: ['Ixelles', 'Elsene', 'Bassin Sud-Est'],
    point: { lat: 50.8333, lng: 4.3667 },
  }),
];

export const CONTRACT_ORGANISATIONS: OrganisationDocument[] = [
  {
    id: 'org:free-clinic-fixture',
    name: { fr: 'Free Clinic Fixture', nl: null },
    alternateNames: ['FC Ixelles'],
    description: { fr: 'Maison médicale, planning familial et santé mentale.', nl: null },
    types: ['community-health-centre', 'family-planning'],
    communes: ['commune:21009'],
    placeNames: ['Ixelles', 'Elsene'],
    authorities: ['COCOF'],
    archived: false,
    synthetic: true,
    updatedAt: '2026-11-23T10:00:00.000Z',
  },
  {
    id: 'org:archived-fixture',
    name: { fr: 'Ancienne asbl Fixture', nl: null },
    alternateNames: [],
    description: { fr: null, nl: null },
    types: [],
    communes: [],
    placeNames: [],
    authorities: [],
    archived: true,
    synthetic: true,
    updatedAt: '2026-11-23T10:00:00.000Z',
  },
];

/** A document per synonym group, named after its first term, to find by every other term. */
export function synonymDocuments(
  groups: ReadonlyArray<{ id: string; terms: string[] }>,
): ServiceDocument[] {
  return groups.map((group) =>
    base(`synonym-${group.id}`, {
      name: { fr: `Fiche ${group.terms[0] as string}`, nl: null },
      commune: 'commune:21004',
      languages: [],
    }),
  );
}
