import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, InterfaceType } from 'type-graphql';

import { Layer } from './territory.enums';

/**
 * Every territory of every layer, in one table (single-table inheritance on `layer`). Ids are stable
 * and readable: `region:bru`, `bassin:nord`, `commune:21004`, `quartier:8`, `sector:21004A00-`,
 * `groupement:<dataset>:<code>`. Geometry is stored whole and simplified, and only read when asked.
 */
@Entity({
  schema: 'territories',
  tableName: 'territory',
  abstract: true,
  discriminatorColumn: 'layer',
})
@Index({ properties: ['layer', 'code'] })
@InterfaceType('Territory', {
  description:
    'A territory of one layer of the Brussels model (region, bassin, commune, groupement, quartier, sector).',
  resolveType: (value: { layer: Layer }) => layerTypeName[value.layer],
})
export abstract class Territory {
  @PrimaryKey({ type: 'text' })
  @Field(() => ID, { description: 'Stable readable id, prefixed by layer (e.g. `commune:21004`).' })
  id!: string;

  @Enum({ items: () => Layer, nativeEnumName: undefined })
  @Field(() => Layer, { description: 'The layer this territory belongs to.' })
  layer!: Layer;

  @Property({ type: 'text' })
  @Field({ description: 'The official code in its layer (NIS, mdzone, Statbel sector code…).' })
  code!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in French.' })
  nameFr!: string;

  @Property({ type: 'text' })
  @Field({ description: 'Name in Dutch.' })
  nameNl!: string;

  @Property({ type: 'double' })
  @Field(() => Float, { description: 'Area in square metres.' })
  areaM2!: number;

  @Property({ type: 'double' })
  centroidLon!: number;

  @Property({ type: 'double' })
  centroidLat!: number;

  /** False for the groupements of a dataset that is no longer the active one. */
  @Property({ type: 'boolean', default: true })
  current: boolean = true;

  @Property({ type: 'json', lazy: true, nullable: true })
  geometry?: GeoJSON.Geometry;

  @Property({ type: 'json', lazy: true, nullable: true })
  geometrySimplified?: GeoJSON.Geometry;
}

/** The GraphQL object type of each layer. */
export const layerTypeName: Record<Layer, string> = {
  [Layer.REGION]: 'Region',
  [Layer.BASSIN]: 'Bassin',
  [Layer.COMMUNE]: 'Commune',
  [Layer.GROUPEMENT]: 'Groupement',
  [Layer.QUARTIER]: 'Quartier',
  [Layer.SECTOR]: 'Sector',
};

/** The id prefix of each layer. */
export const layerPrefix: Record<Layer, string> = {
  [Layer.REGION]: 'region',
  [Layer.BASSIN]: 'bassin',
  [Layer.COMMUNE]: 'commune',
  [Layer.GROUPEMENT]: 'groupement',
  [Layer.QUARTIER]: 'quartier',
  [Layer.SECTOR]: 'sector',
};

export const territoryId = (layer: Layer, code: string) => `${layerPrefix[layer]}:${code}`;

/** The layer an id names by its prefix, or undefined for an id of no layer. */
export function layerOfId(id: string): Layer | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return (Object.keys(layerPrefix) as Layer[]).find((layer) => layerPrefix[layer] === prefix);
}
