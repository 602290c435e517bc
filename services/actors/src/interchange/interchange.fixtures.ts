import { readSeedText } from '@bxl/common';

import type { RegistryRecords } from '../records/registry-records';
import { parseRealRecords } from '../seed/real-records.parser';
import { syntheticOpeningHours } from '../seed/synthetic-hours';
import { generateSyntheticActors } from '../seed/synthetic.generator';
import { noAccess } from '../records/registry-records';

/**
 * Records for the interchange tests. `handMadeRecords` is invented (names say "[Synthetic]") and
 * covers every field: both languages or one, optional fields present and absent, hours with
 * exceptions, several sites per service in an order that is not the id order, a parent
 * organisation in the file (listed after its child) and one outside it.
 */
export function handMadeRecords(): RegistryRecords {
  return {
    organisations: [
      {
        id: 'org:synthetic-zeta',
        nameFr: null,
        nameNl: '[Synthetisch] Vzw Zeta',
        descriptionFr: null,
        descriptionNl: null,
        alternateNameFr: null,
        alternateNameNl: 'Zeta',
        parentOrganisationId: 'org:synthetic-alpha',
        legalStatus: null,
        enterpriseNumber: null,
        website: null,
        email: null,
        phones: [],
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
      {
        id: 'org:synthetic-alpha',
        externalId: 'legacy:42',
        agrements: [
          {
            authority: 'COCOF',
            kind: 'service de santé mentale',
            number: 'SSM-0001',
            validFrom: '2020-01-01',
            validTo: '2029-12-31',
          },
          {
            authority: 'VGC',
            kind: 'welzijn | gezondheid; test',
            number: null,
            validFrom: null,
            validTo: null,
          },
        ],
        nameFr: '[Synthetic] ASBL Alpha, "entre guillemets"',
        nameNl: '[Synthetisch] Vzw Alpha',
        descriptionFr: 'Fictive.\nSur deux lignes, avec une virgule.',
        descriptionNl: 'Fictief.',
        alternateNameFr: '[Synthetic] Alpha, "AA"',
        alternateNameNl: '[Synthetisch] Alpha | AA; test',
        parentOrganisationId: 'org:synthetic-federation-outside-the-file',
        legalStatus: 'ASBL',
        enterpriseNumber: '0412345614',
        website: 'https://alpha.example.be/',
        email: 'contact@alpha.example.be',
        phones: ['+3225550101', '+32470000001'],
        synthetic: true,
        source: 'synthetic (test fixture) | second source',
      },
    ],
    sites: [
      {
        id: 'site:synthetic-alpha-2',
        organisationId: 'org:synthetic-alpha',
        nameFr: null,
        nameNl: null,
        streetFr: null,
        streetNl: null,
        number: null,
        postcode: null,
        communeNis: '21004',
        latitude: null,
        longitude: null,
        phones: [],
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
      {
        id: 'site:synthetic-alpha-1',
        externalId: 'legacy:site-7',
        organisationId: 'org:synthetic-alpha',
        nameFr: '[Synthetic] Antenne Alpha',
        nameNl: '[Synthetisch] Vestiging Alpha',
        streetFr: 'Rue Fictive',
        streetNl: 'Fictievestraat',
        number: '12b',
        postcode: '1030',
        communeNis: '21015',
        latitude: 50.8671234,
        longitude: 4.3771234,
        phones: ['+3225550102'],
        contacts: [
          {
            name: '[Synthetic] Anne Exemple',
            title: 'Accueil; secrétariat | test',
            phone: '+3225550103',
            email: 'accueil@alpha.example.be',
          },
          { name: null, title: 'Assistant social', phone: null, email: null },
        ],
        openingHours: {
          weekly: [
            { day: 'MONDAY', opens: '09:00', closes: '12:30' },
            { day: 'MONDAY', opens: '13:30', closes: '17:00' },
            { day: 'FRIDAY', opens: '22:00', closes: '02:00' },
          ],
          exceptions: [
            { date: '2026-12-24', closed: true, periods: [], note: 'Veille de Noël' },
            {
              date: '2026-12-31',
              closed: false,
              periods: [{ opens: '09:00', closes: '12:00' }],
              note: null,
            },
          ],
          closedOnPublicHolidays: true,
          note: 'Sur rendez-vous le vendredi soir',
        },
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
      {
        id: 'site:synthetic-zeta',
        organisationId: 'org:synthetic-zeta',
        nameFr: null,
        nameNl: '[Synthetisch] Zeta',
        streetFr: null,
        streetNl: 'Fictievelaan',
        number: '3',
        postcode: '1080',
        communeNis: '21012',
        latitude: 50.85,
        longitude: 4.33,
        phones: [],
        openingHours: null,
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
    ],
    services: [
      {
        id: 'svc:synthetic-alpha-ssm',
        externalId: 'legacy:svc-1',
        organisationId: 'org:synthetic-alpha',
        typeCodes: ['mental-health', 'family-planning'],
        nameFr: '[Synthetic] SSM Alpha',
        nameNl: '[Synthetisch] CGG Alpha',
        descriptionFr: 'Consultations fictives.',
        descriptionNl: 'Fictieve consultaties.',
        eligibilityFr: 'Jeunes de 12 à 25 ans, et leurs familles.',
        eligibilityNl: 'Jongeren van 12 tot 25 jaar, en hun gezin.',
        howToApplyFr: 'Téléphoner le matin ;\npuis un premier entretien | sur place.',
        howToApplyNl: 'Bel in de voormiddag.',
        costFr: 'Gratuit, "sans" frais.',
        costNl: 'Gratis.',
        publicCodes: ['young-people', 'families'],
        languages: ['fr', 'nl', 'ar'],
        access: {
          lowThreshold: true,
          withoutAppointment: false,
          free: true,
          acceptsUninsured: false,
          acceptsAmu: true,
          anonymous: false,
        },
        status: 'TEMPORARILY_CLOSED',
        siteIds: ['site:synthetic-alpha-2', 'site:synthetic-alpha-1'],
        serviceAreaIds: ['commune:21015', 'bassin:nord'],
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
      {
        id: 'svc:synthetic-zeta',
        organisationId: 'org:synthetic-zeta',
        typeCodes: ['other'],
        nameFr: null,
        nameNl: '[Synthetisch] Dienst Zeta',
        descriptionFr: null,
        descriptionNl: null,
        publicCodes: [],
        languages: [],
        access: noAccess(),
        status: 'ACTIVE',
        siteIds: [],
        serviceAreaIds: [],
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
      {
        id: 'svc:synthetic-alpha-old',
        organisationId: 'org:synthetic-alpha',
        typeCodes: ['debt-mediation'],
        nameFr: '[Synthetic] Médiation Alpha',
        nameNl: null,
        descriptionFr: null,
        descriptionNl: 'Alleen in het Nederlands.',
        eligibilityFr: null,
        eligibilityNl: 'Iedereen.',
        howToApplyFr: 'Sans rendez-vous.',
        howToApplyNl: null,
        costFr: null,
        costNl: '5 euro per gesprek.',
        publicCodes: ['everyone'],
        languages: ['fr'],
        access: {
          lowThreshold: false,
          withoutAppointment: true,
          free: false,
          acceptsUninsured: true,
          acceptsAmu: false,
          anonymous: true,
        },
        status: 'DEFUNCT',
        siteIds: ['site:synthetic-zeta'],
        serviceAreaIds: [],
        synthetic: true,
        source: 'synthetic (test fixture)',
      },
    ],
  };
}

/** The real records of seed/data/services-seed.csv. */
export function realRecords(): RegistryRecords {
  return parseRealRecords(readSeedText('services-seed.csv'));
}

/** 200 synthetic services, their sites with synthetic opening hours. */
export function syntheticRecords(): RegistryRecords {
  const seed = generateSyntheticActors({ services: 200 });
  return {
    ...seed,
    sites: seed.sites.map((site) => ({ ...site, openingHours: syntheticOpeningHours(site.id) })),
  };
}
