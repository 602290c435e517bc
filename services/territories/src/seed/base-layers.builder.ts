import { readSeedCsv, readSeedGeoJson, slugify } from '@bxl/common';
import type { SeedCsvRow } from '@bxl/common';

import type { Areal } from '../geo/geometry';
import { areaOf, dissolve, round } from '../geo/geometry';
import type { MembershipRow, SectorAtom, SectorLink } from '../model/atoms';
import { aggregateMemberships, sectorMemberships } from '../model/atoms';
import type { TerritoryRow } from '../model/territory-row';
import { territoryRow } from '../model/territory-row';
import { territoryId } from '../modules/territory/territory.entity';
import { Confidence, Layer, LinkMethod, QuartierKind } from '../modules/territory/territory.enums';

export const REGION_ID = territoryId(Layer.REGION, 'bru');

export interface BaseLayers {
  territories: TerritoryRow[];
  memberships: MembershipRow[];
  sectors: Map<string, SectorAtom>;
  sectorGeometry: Map<string, Areal>;
  quartierSectors: Map<string, string[]>;
}

const confidenceOf = (value: string): Confidence => {
  if (value.startsWith('stated')) {
    return Confidence.STATED;
  }
  if (value.startsWith('inferred')) {
    return Confidence.INFERRED;
  }
  return Confidence.UNCERTAIN;
};

export const slug = slugify;

export function quartierKind(mdzone: number): QuartierKind {
  if (mdzone >= 900) {
    return QuartierKind.PARK;
  }
  if (mdzone >= 800) {
    return QuartierKind.INDUSTRIAL;
  }
  if (mdzone >= 700) {
    return QuartierKind.CEMETERY;
  }
  return QuartierKind.INHABITED;
}

/** Each sector's bassin: its commune's, or for the City of Brussels its sub-municipality's. */
function bassinLinks(): {
  byCommune: Map<string, SectorLink>;
  bySubMunicipality: Map<string, SectorLink>;
} {
  const byCommune = new Map<string, SectorLink>();
  for (const row of readSeedCsv('bassins-communes.csv')) {
    if (row.part === 'whole' || row.part?.startsWith('whole')) {
      byCommune.set(row.commune_nis as string, {
        parentId: territoryId(Layer.BASSIN, slug(row.bassin as string)),
        parentLayer: Layer.BASSIN,
        share: 1,
        confidence: confidenceOf(row.confidence as string),
        method: LinkMethod.SOURCE,
        note: row.confidence === 'stated' ? null : `Source: ${row.source_url}`,
      });
    }
  }
  const bySubMunicipality = new Map<string, SectorLink>();
  for (const row of readSeedCsv('bruxelles-ville-bassins.csv')) {
    bySubMunicipality.set(row.sub_municipality as string, {
      parentId: territoryId(Layer.BASSIN, slug(row.bassin as string)),
      parentLayer: Layer.BASSIN,
      share: 1,
      confidence: confidenceOf(row.confidence as string),
      method: LinkMethod.ASSIGNMENT,
      note: row.note ?? null,
    });
  }
  return { byCommune, bySubMunicipality };
}

/**
 * The real layers from seed/data: 724 sectors (the atoms), 145 quartiers, 19 communes, 5 bassins and
 * the Region, with every membership between them. Fails loudly on any inconsistency in the files.
 */
export function buildBaseLayers(): BaseLayers {
  const territories: TerritoryRow[] = [];
  const sectors = new Map<string, SectorAtom>();
  const sectorGeometry = new Map<string, Areal>();
  const quartierSectors = new Map<string, string[]>();
  const bassins = bassinLinks();
  const sectorRows = new Map(
    readSeedCsv('statbel-secteurs-bxl-to-mdq.csv').map((row) => [row.cd_sector, row]),
  );

  for (const feature of readSeedGeoJson('statbel-secteurs-bxl.geojson').features) {
    const code = String(feature.properties?.cd_sector);
    const row = sectorRows.get(code) as SeedCsvRow;
    const id = territoryId(Layer.SECTOR, code);
    const commune = row.cd_munty_refnis as string;
    const quartierId = territoryId(Layer.QUARTIER, String(Number(row.mdzone_by_max_overlap)));
    const bassin =
      bassins.byCommune.get(commune) ?? bassins.bySubMunicipality.get(row.cd_sub_munty as string);
    if (!bassin) {
      throw new Error(`sector ${code}: no bassin for commune ${commune} / ${row.cd_sub_munty}`);
    }
    const areaM2 = Math.round(Number(row.ms_area_ha) * 10_000);
    const links: SectorLink[] = [
      {
        parentId: quartierId,
        parentLayer: Layer.QUARTIER,
        share: Number(row.mdq_overlap_share),
        confidence: Confidence.STATED,
        method: LinkMethod.AREA_OVERLAP,
      },
      {
        parentId: territoryId(Layer.COMMUNE, commune),
        parentLayer: Layer.COMMUNE,
        share: 1,
        confidence: Confidence.STATED,
        method: LinkMethod.OFFICIAL_CODE,
      },
      bassin,
      {
        parentId: REGION_ID,
        parentLayer: Layer.REGION,
        share: 1,
        confidence: Confidence.STATED,
        method: LinkMethod.OFFICIAL_CODE,
      },
    ];
    sectors.set(id, { id, areaM2, links });
    sectorGeometry.set(id, feature.geometry);
    quartierSectors.set(quartierId, [...(quartierSectors.get(quartierId) ?? []), id]);
    territories.push(
      territoryRow({
        id,
        layer: Layer.SECTOR,
        code,
        nameFr: row.tx_sector_descr_fr as string,
        nameNl: row.tx_sector_descr_nl as string,
        areaM2,
        geometry: feature.geometry,
        subMunicipalityCode: row.cd_sub_munty,
        subMunicipalityFr: row.tx_sub_munty_fr,
        subMunicipalityNl: row.tx_sub_munty_nl,
      }),
    );
  }

  const quartierRows = new Map(
    readSeedCsv('mdq-quartiers-145.csv').map((row) => [String(Number(row.mdzone)), row]),
  );
  for (const feature of readSeedGeoJson('mdq-quartiers-145.geojson').features) {
    const code = String(Number(feature.properties?.mdzone));
    const row = quartierRows.get(code) as SeedCsvRow;
    territories.push(
      territoryRow({
        id: territoryId(Layer.QUARTIER, code),
        layer: Layer.QUARTIER,
        code,
        nameFr: row.name_fr as string,
        nameNl: row.name_nl as string,
        areaM2: Math.round(Number(row.area_m2)),
        centroid: { lon: round(Number(row.centroid_lon)), lat: round(Number(row.centroid_lat)) },
        geometry: feature.geometry,
        kind: quartierKind(Number(code)),
      }),
    );
  }

  for (const feature of readSeedGeoJson('communes-19.geojson').features) {
    const code = String(feature.properties?.national_code);
    territories.push(
      territoryRow({
        id: territoryId(Layer.COMMUNE, code),
        layer: Layer.COMMUNE,
        code,
        nameFr: String(feature.properties?.name_fr),
        nameNl: String(feature.properties?.name_nl),
        areaM2: areaOf(feature.geometry),
        geometry: feature.geometry,
      }),
    );
  }

  const bassinRows = readSeedCsv('bassins-communes.csv');
  for (const name of [...new Set(bassinRows.map((row) => row.bassin as string))]) {
    const id = territoryId(Layer.BASSIN, slug(name));
    const members = [...sectors.values()].filter((sector) =>
      sector.links.some((link) => link.parentId === id),
    );
    territories.push(
      territoryRow({
        id,
        layer: Layer.BASSIN,
        code: slug(name),
        nameFr: `Bassin ${name}`,
        nameNl: `Zorgbekken ${name.replace('Nord', 'Noord').replace('Sud', 'Zuid').replace('Est', 'Oost').replace('Ouest', 'West').replace('Centre', 'Centrum')}`,
        areaM2: Math.round(members.reduce((sum, sector) => sum + sector.areaM2, 0)),
        geometry: dissolve(members.map((sector) => sectorGeometry.get(sector.id) as Areal)),
        sourceUrl: bassinRows.find((row) => row.bassin === name)?.source_url ?? null,
      }),
    );
  }

  const all = [...sectors.values()];
  territories.push(
    territoryRow({
      id: REGION_ID,
      layer: Layer.REGION,
      code: '04000',
      nameFr: 'Région de Bruxelles-Capitale',
      nameNl: 'Brussels Hoofdstedelijk Gewest',
      areaM2: Math.round(all.reduce((sum, sector) => sum + sector.areaM2, 0)),
      geometry: dissolve(all.map((sector) => sectorGeometry.get(sector.id) as Areal)),
    }),
  );

  const memberships = all.flatMap(sectorMemberships);
  for (const territory of territories) {
    if (territory.layer === Layer.SECTOR || territory.layer === Layer.REGION) {
      continue;
    }
    const members =
      territory.layer === Layer.QUARTIER
        ? (quartierSectors.get(territory.id) ?? []).map((id) => sectors.get(id) as SectorAtom)
        : all.filter((sector) => sector.links.some((link) => link.parentId === territory.id));
    memberships.push(...aggregateMemberships(territory, members));
  }
  return { territories, memberships, sectors, sectorGeometry, quartierSectors };
}
