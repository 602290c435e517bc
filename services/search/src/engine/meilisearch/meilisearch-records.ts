import type { OrganisationDocument, ServiceDocument } from '../../document/search-document';
import { documentKey } from '../../document/search-document';
import type { GeoPoint } from '../search-engine';

/**
 * A service document as stored in Meilisearch: its key, `_geo` when it has a point, and
 * `syntheticRank` (0 real, 1 synthetic: the last ranking rule puts real records first at equal
 * relevance; a custom rule orders numbers, not booleans).
 */
export type ServiceRecord = ServiceDocument & {
  key: string;
  syntheticRank: number;
  _geo?: GeoPoint;
};

/** An organisation document as stored in Meilisearch (with its `syntheticRank`). */
export type OrganisationRecord = OrganisationDocument & { key: string; syntheticRank: number };

/** The fields Meilisearch or this engine add to a stored or returned document. */
const ENGINE_FIELDS = [
  'key',
  'syntheticRank',
  '_geo',
  '_formatted',
  '_matchesPosition',
  '_rankingScore',
  '_rankingScoreDetails',
  '_geoDistance',
  '_federation',
] as const;

/** The record of a service document (`_geo` only with a point: Meilisearch needs both coordinates). */
export function serviceRecord(document: ServiceDocument): ServiceRecord {
  const record: ServiceRecord = {
    ...document,
    key: documentKey(document.id),
    syntheticRank: document.synthetic ? 1 : 0,
  };
  if (document.point) {
    record._geo = { lat: document.point.lat, lng: document.point.lng };
  }
  return record;
}

/** The record of an organisation document. */
export function organisationRecord(document: OrganisationDocument): OrganisationRecord {
  return {
    ...document,
    key: documentKey(document.id),
    syntheticRank: document.synthetic ? 1 : 0,
  };
}

/** The document of a stored record or search hit: the record without the engine's fields. */
export function documentOf<D>(hit: object): D {
  const document: Record<string, unknown> = { ...hit };
  for (const field of ENGINE_FIELDS) {
    delete document[field];
  }
  return document as D;
}

const EARTH_RADIUS_METERS = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in whole meters (haversine, as Meilisearch computes `_geoDistance`). */
export function distanceMeters(from: GeoPoint, to: GeoPoint): number {
  const dLat = radians(to.lat - from.lat);
  const dLng = radians(to.lng - from.lng);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a))));
}
