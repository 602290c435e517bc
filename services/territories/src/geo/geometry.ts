import { area } from '@turf/area';
import { centroid } from '@turf/centroid';
import { featureCollection, feature } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type Areal = Polygon | MultiPolygon;

/** Tolerance of the map geometry, in degrees (~15 m): light enough for a map of the Region. */
const SIMPLIFY_TOLERANCE = 0.00015;

/** Dissolves polygons into one (the outline of a bassin, a groupement, the Region). */
export function dissolve(geometries: Areal[]): Areal {
  if (geometries.length === 1) {
    return geometries[0] as Areal;
  }
  const merged = union(featureCollection(geometries.map((geometry) => feature(geometry))));
  if (!merged) {
    throw new Error('union of an empty set');
  }
  return merged.geometry;
}

export function simplified(geometry: Areal): Areal {
  return simplify(feature(geometry), { tolerance: SIMPLIFY_TOLERANCE, highQuality: true })
    .geometry as Areal;
}

export function centroidOf(geometry: Areal): { lon: number; lat: number } {
  const [lon, lat] = centroid(feature(geometry)).geometry.coordinates as [number, number];
  return { lon: round(lon), lat: round(lat) };
}

/** Geodesic area in m² (WGS84), for territories that have no area in their source. */
export function areaOf(geometry: Areal): number {
  return Math.round(area(feature(geometry)));
}

export const round = (value: number, digits = 6) => Number(value.toFixed(digits));

export type AreaFeature = Feature<Areal, Record<string, unknown>>;
