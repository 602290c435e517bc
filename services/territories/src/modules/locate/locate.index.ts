import type { EntityManager } from '@mikro-orm/postgresql';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '@turf/bbox';
import Flatbush from 'flatbush';

import type { Areal } from '../../geo/geometry';
import { Layer } from '../territory/territory.enums';

/** The layers located by their own geometry; the others follow from the sector. */
export const GEOMETRY_LAYERS = [Layer.SECTOR, Layer.QUARTIER, Layer.COMMUNE] as const;
export type GeometryLayer = (typeof GEOMETRY_LAYERS)[number];

class LayerIndex {
  private readonly index: Flatbush;

  constructor(private readonly items: Array<{ id: string; geometry: Areal }>) {
    this.index = new Flatbush(Math.max(items.length, 1));
    for (const item of items) {
      const [minX, minY, maxX, maxY] = bbox(item.geometry);
      this.index.add(minX, minY, maxX, maxY);
    }
    if (items.length === 0) {
      this.index.add(0, 0, 0, 0);
    }
    this.index.finish();
  }

  /** The id of the polygon containing the point (bounding boxes first, then the exact test). */
  find(longitude: number, latitude: number): string | null {
    for (const candidate of this.index.search(longitude, latitude, longitude, latitude)) {
      const item = this.items[candidate];
      if (item && booleanPointInPolygon([longitude, latitude], item.geometry)) {
        return item.id;
      }
    }
    return null;
  }
}

export type Located = Record<GeometryLayer, string | null>;

/**
 * Point-in-polygon on the real geometry, in memory: an R-tree (flatbush) of bounding boxes per layer,
 * then an exact test on the few candidates. Built once at start from the database (a few MB), rebuilt
 * when a geometry layer changes.
 */
export class Locator {
  private constructor(private readonly layers: Record<GeometryLayer, LayerIndex>) {}

  static async load(em: EntityManager): Promise<Locator> {
    const rows = await em.execute<Array<{ id: string; layer: GeometryLayer; geometry: Areal }>>(
      'select id, layer, geometry from territories.territory where layer in (?) and current',
      [[...GEOMETRY_LAYERS]],
    );
    const build = (layer: GeometryLayer) =>
      new LayerIndex(rows.filter((row) => row.layer === layer));
    return new Locator({
      [Layer.SECTOR]: build(Layer.SECTOR),
      [Layer.QUARTIER]: build(Layer.QUARTIER),
      [Layer.COMMUNE]: build(Layer.COMMUNE),
    });
  }

  locate(latitude: number, longitude: number): Located {
    return {
      [Layer.SECTOR]: this.layers[Layer.SECTOR].find(longitude, latitude),
      [Layer.QUARTIER]: this.layers[Layer.QUARTIER].find(longitude, latitude),
      [Layer.COMMUNE]: this.layers[Layer.COMMUNE].find(longitude, latitude),
    };
  }
}
