import type { Position } from 'geojson';

/** GeoJSON MultiPolygon coordinates: polygons of rings (outer ring first, then holes). */
export type MultiPolygonCoordinates = Position[][][];

export interface BBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Ray casting: does a horizontal ray from the point cross the ring an odd number of times? */
export function pointInRing(lon: number, lat: number, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** Inside the outer ring and in none of the holes. */
export function pointInPolygon(lon: number, lat: number, rings: readonly Position[][]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(lon, lat, outer)) {
    return false;
  }
  return !holes.some((hole) => pointInRing(lon, lat, hole));
}

export function pointInMultiPolygon(
  lon: number,
  lat: number,
  polygons: MultiPolygonCoordinates,
): boolean {
  return polygons.some((rings) => pointInPolygon(lon, lat, rings));
}

export function bboxOf(polygons: MultiPolygonCoordinates): BBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity };
  for (const rings of polygons) {
    for (const [lon, lat] of rings[0] ?? []) {
      box.minLon = Math.min(box.minLon, lon as number);
      box.maxLon = Math.max(box.maxLon, lon as number);
      box.minLat = Math.min(box.minLat, lat as number);
      box.maxLat = Math.max(box.maxLat, lat as number);
    }
  }
  return box;
}

export function inBBox(lon: number, lat: number, box: BBox): boolean {
  return lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat;
}
