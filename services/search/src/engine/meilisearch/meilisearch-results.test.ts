import type { SearchResponse } from 'meilisearch';

import type { ServiceDocument } from '../../document/search-document';
import { documentKey } from '../../document/search-document';
import { SERVICE_FACETS } from '../search-engine';
import type { ServiceQuery } from '../search-engine';
import {
  documentOf,
  distanceMeters,
  organisationRecord,
  serviceRecord,
} from './meilisearch-records';
import { facetsOf, highlightsOf, organisationResults, serviceResults } from './meilisearch-results';

const service = (overrides: Partial<ServiceDocument> = {}): ServiceDocument => ({
  id: 'service:ssm-forest@site:forest-1',
  serviceId: 'service:ssm-forest',
  siteId: 'site:forest-1',
  organisationId: 'org:ssm-forest',
  name: { fr: 'Service de santé mentale de Forest', nl: 'CGG Vorst' },
  description: { fr: 'Consultations psychologiques', nl: null },
  organisationName: { fr: 'SSM Forest', nl: null },
  siteName: { fr: null, nl: null },
  address: { fr: 'Rue de Mérode 1, 1190 Forest', nl: 'Merodestraat 1, 1190 Vorst' },
  types: ['mental-health'],
  typeLabels: [{ fr: 'Service de santé mentale (SSM)', nl: 'CGG' }],
  publics: [],
  publicLabels: [],
  needs: [],
  needTexts: [],
  partialNeedTexts: [],
  languages: ['fr', 'nl'],
  access: ['free'],
  authorities: ['COCOF'],
  locatedIn: ['commune:21007'],
  possibleIn: [],
  serves: ['commune:21007'],
  bassin: 'bassin:sud',
  groupement: null,
  commune: 'commune:21007',
  collaborations: [],
  accessLabels: [],
  placeNames: ['Forest', 'Vorst'],
  point: { lat: 50.8103, lng: 4.3242 },
  openQuarters: null,
  status: 'ACTIVE',
  archived: false,
  synthetic: false,
  updatedAt: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

const query = (overrides: Partial<ServiceQuery> = {}): ServiceQuery => ({
  text: 'ssm forest',
  language: 'fr',
  filters: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  ...overrides,
});

const response = (hits: Record<string, unknown>[], extra: Partial<SearchResponse> = {}) =>
  ({ hits, processingTimeMs: 1, query: '', ...extra }) as SearchResponse;

describe('records', () => {
  it('stores a service under its base64url key, with _geo from its point', () => {
    const record = serviceRecord(service());
    expect(record.key).toBe(documentKey('service:ssm-forest@site:forest-1'));
    expect(record.key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(record._geo).toEqual({ lat: 50.8103, lng: 4.3242 });
  });

  it('ranks a real record 0 and a synthetic one 1 (syntheticRank, the last ranking rule)', () => {
    expect(serviceRecord(service({ synthetic: false })).syntheticRank).toBe(0);
    expect(serviceRecord(service({ synthetic: true })).syntheticRank).toBe(1);
  });

  it('stores no _geo without a point', () => {
    expect(serviceRecord(service({ point: null }))).not.toHaveProperty('_geo');
  });

  it('gives back the document, without the engine fields', () => {
    const document = service();
    const hit = {
      ...serviceRecord(document),
      _formatted: {},
      _rankingScore: 0.5,
      _geoDistance: 12,
    };
    expect(documentOf<ServiceDocument>(hit)).toEqual(document);
    const organisation = {
      id: 'org:a',
      name: { fr: 'A', nl: null },
      alternateNames: [],
      description: { fr: null, nl: null },
      types: [],
      communes: [],
      placeNames: [],
      authorities: [],
      archived: false,
      synthetic: false,
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    expect(documentOf(organisationRecord(organisation))).toEqual(organisation);
  });

  it('measures distances in whole meters', () => {
    const gareDuMidi = { lat: 50.8355, lng: 4.3361 };
    const gareDuNord = { lat: 50.8603, lng: 4.3621 };
    expect(distanceMeters(gareDuMidi, gareDuMidi)).toBe(0);
    const distance = distanceMeters(gareDuMidi, gareDuNord);
    expect(Number.isInteger(distance)).toBe(true);
    expect(distance).toBeGreaterThan(3200);
    expect(distance).toBeLessThan(3500);
  });
});

describe('facetsOf', () => {
  it('lists every facet, largest count first, then by value, empty when absent', () => {
    const facets = facetsOf({
      types: { cpas: 2, 'mental-health': 7, casg: 2 },
      languages: { fr: 10, nl: 0 },
    });
    expect(Object.keys(facets).sort()).toEqual([...SERVICE_FACETS].sort());
    expect(facets.types).toEqual([
      { value: 'mental-health', count: 7 },
      { value: 'casg', count: 2 },
      { value: 'cpas', count: 2 },
    ]);
    expect(facets.languages).toEqual([{ value: 'fr', count: 10 }]);
    expect(facets.commune).toEqual([]);
  });

  it('gives every facet empty without a distribution', () => {
    const facets = facetsOf(undefined);
    for (const facet of SERVICE_FACETS) {
      expect(facets[facet]).toEqual([]);
    }
  });
});

describe('highlightsOf', () => {
  const fields = ['name', 'organisationName', 'description', 'placeNames'];

  it('keeps the fields with a match, in the requested language', () => {
    expect(
      highlightsOf(
        {
          name: { fr: 'Service de <mark>santé</mark> mentale', nl: '<mark>CGG</mark> Vorst' },
          organisationName: { fr: 'SSM Forest', nl: null },
          description: { fr: 'Consultations', nl: null },
          placeNames: ['<mark>Forest</mark>', 'Vorst', 'Bruxelles <mark>Forest</mark>'],
        },
        fields,
        'fr',
      ),
    ).toEqual([
      { field: 'name', language: 'fr', snippet: 'Service de <mark>santé</mark> mentale' },
      {
        field: 'placeNames',
        language: 'fr',
        snippet: '<mark>Forest</mark> · Bruxelles <mark>Forest</mark>',
      },
    ]);
  });

  it('falls back to the other language when only that one matched', () => {
    expect(
      highlightsOf(
        { name: { fr: 'Service de santé mentale', nl: '<mark>CGG</mark> Vorst' } },
        fields,
        'fr',
      ),
    ).toEqual([{ field: 'name', language: 'nl', snippet: '<mark>CGG</mark> Vorst' }]);
  });

  it('reads lists of texts in the language', () => {
    expect(
      highlightsOf(
        {
          typeLabels: [
            { fr: '<mark>SSM</mark>', nl: 'CGG' },
            { fr: 'Autre', nl: 'Andere' },
          ],
        },
        ['typeLabels'],
        'fr',
      ),
    ).toEqual([{ field: 'typeLabels', language: 'fr', snippet: '<mark>SSM</mark>' }]);
  });

  it('gives nothing without a formatted hit', () => {
    expect(highlightsOf(undefined, fields, 'fr')).toEqual([]);
  });
});

describe('serviceResults', () => {
  const document = service();
  const formatted = {
    name: { fr: 'Service de santé mentale de <mark>Forest</mark>', nl: 'CGG Vorst' },
  };

  it('gives documents, scores, highlights, distances, facets and the exact total', () => {
    const results = serviceResults(
      response(
        [
          { ...serviceRecord(document), _rankingScore: 0.91, _formatted: formatted },
          { ...serviceRecord(service({ id: 'x@-', point: null })), _rankingScore: 1.2 },
        ],
        { totalHits: 2, facetDistribution: { types: { 'mental-health': 2 } } },
      ),
      query({ near: { lat: 50.8103, lng: 4.3242 } }),
    );
    expect(results.total).toBe(2);
    expect(results.facets.types).toEqual([{ value: 'mental-health', count: 2 }]);
    expect(results.hits[0]).toEqual({
      document,
      score: 0.91,
      highlights: [{ field: 'name', language: 'fr', snippet: formatted.name.fr }],
      distanceMeters: 0,
    });
    expect(results.hits[1]?.score).toBe(1);
    expect(results.hits[1]?.distanceMeters).toBeNull();
  });

  it("uses Meilisearch's distance when it sorted by it", () => {
    const results = serviceResults(
      response([{ ...serviceRecord(document), _geoDistance: 1234 }], { estimatedTotalHits: 1 }),
      query({ text: '', near: { lat: 50.85, lng: 4.35 }, sort: 'DISTANCE' }),
    );
    expect(results.total).toBe(1);
    expect(results.hits[0]?.distanceMeters).toBe(1234);
  });

  it('scores 0, highlights nothing and measures nothing without text nor point', () => {
    const results = serviceResults(
      response([{ ...serviceRecord(document), _rankingScore: 0.7, _formatted: formatted }]),
      query({ text: ' ' }),
    );
    expect(results.total).toBe(1);
    expect(results.hits[0]).toMatchObject({ score: 0, highlights: [], distanceMeters: null });
  });
});

describe('organisationResults', () => {
  it('gives documents, scores and highlights', () => {
    const organisation = {
      id: 'org:cpas-anderlecht',
      name: { fr: "CPAS d'Anderlecht", nl: 'OCMW Anderlecht' },
      alternateNames: ['CPAS Anderlecht'],
      description: { fr: null, nl: null },
      types: ['cpas'],
      communes: ['commune:21001'],
      placeNames: ['Anderlecht'],
      authorities: [],
      archived: false,
      synthetic: false,
      updatedAt: '2026-11-01T10:00:00.000Z',
    };
    const results = organisationResults(
      response(
        [
          {
            ...organisationRecord(organisation),
            _rankingScore: 0.8,
            _formatted: {
              name: { fr: "CPAS d'Anderlecht", nl: '<mark>OCMW</mark> Anderlecht' },
              alternateNames: ['CPAS Anderlecht'],
            },
          },
        ],
        { totalHits: 1 },
      ),
      { text: 'ocmw', language: 'nl', offset: 0, limit: 10 },
    );
    expect(results).toEqual({
      total: 1,
      hits: [
        {
          document: organisation,
          score: 0.8,
          highlights: [{ field: 'name', language: 'nl', snippet: '<mark>OCMW</mark> Anderlecht' }],
        },
      ],
    });
  });
});
