import type { Areal } from '../geo/geometry';
import { centroidOf, simplified } from '../geo/geometry';
import type { Layer } from '../modules/territory/territory.enums';

/** A territory as written to the `territory` table (one row shape for every layer). */
export interface TerritoryRow {
  id: string;
  layer: Layer;
  code: string;
  nameFr: string;
  nameNl: string;
  areaM2: number;
  centroidLon: number;
  centroidLat: number;
  current: boolean;
  geometry: Areal;
  geometrySimplified: Areal;
  kind?: string | null;
  subMunicipalityCode?: string | null;
  subMunicipalityFr?: string | null;
  subMunicipalityNl?: string | null;
  sourceUrl?: string | null;
  datasetId?: string | null;
  clssStatus?: string | null;
  indicators?: unknown[] | null;
  rankSum?: number | null;
  priorityOrder?: number | null;
  mappingConfidence?: string | null;
  note?: string | null;
  source?: string | null;
}

/** Fills the derived columns (centroid, map geometry) of a row from its geometry. */
export function territoryRow(
  base: Omit<TerritoryRow, 'centroidLon' | 'centroidLat' | 'geometrySimplified' | 'current'> & {
    current?: boolean;
    centroid?: { lon: number; lat: number };
  },
): TerritoryRow {
  const { centroid, ...rest } = base;
  const point = centroid ?? centroidOf(base.geometry);
  return {
    ...rest,
    current: base.current ?? true,
    centroidLon: point.lon,
    centroidLat: point.lat,
    geometrySimplified: simplified(base.geometry),
  };
}
