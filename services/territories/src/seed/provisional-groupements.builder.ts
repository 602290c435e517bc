import { readSeedCsv } from '@bxl/common';

import { ClssStatus, MappingConfidence } from '../modules/groupement/groupement.enums';
import type { GroupementDefinition } from '../modules/groupement/groupement-layer.builder';
import { territoryId } from '../modules/territory/territory.entity';
import { Confidence, Layer, LinkMethod } from '../modules/territory/territory.enums';
import { slug } from './base-layers.builder';

const mappingOf = (value: string): MappingConfidence =>
  value.startsWith('exact-name')
    ? MappingConfidence.EXACT_NAME
    : value.startsWith('likely')
      ? MappingConfidence.LIKELY
      : MappingConfidence.UNCERTAIN;

const linkConfidence: Record<MappingConfidence, Confidence> = {
  [MappingConfidence.EXACT_NAME]: Confidence.STATED,
  [MappingConfidence.LIKELY]: Confidence.INFERRED,
  [MappingConfidence.UNCERTAIN]: Confidence.UNCERTAIN,
};

/**
 * The provisional groupement layer: one groupement per CLSS quartier a source names, made of the
 * Monitoring quartiers it maps to. No indicators, no ranks: those exist only in the official table.
 */
export function provisionalGroupements(
  quartierSectors: ReadonlyMap<string, readonly string[]>,
): GroupementDefinition[] {
  return readSeedCsv('clss-quartiers.csv').map((row) => {
    const mapping = mappingOf(row.mapping as string);
    const quartierIds = (row.mdq_codes as string)
      .split('|')
      .map((code) => territoryId(Layer.QUARTIER, code.trim()));
    const notes = [
      `Maps to Monitoring quartier(s) ${row.mdq_names} (${row.mapping}).`,
      `CLSS status in the source: ${row.clss_status}.`,
      (row.bassin as string).includes(' or ') ? `Bassin in the source: ${row.bassin}.` : '',
    ];
    return {
      code: slug(row.name as string),
      nameFr: `CLSS ${row.name}`,
      nameNl: `LSGC ${row.name}`,
      sectorIds: quartierIds.flatMap((id) => {
        const sectors = quartierSectors.get(id);
        if (!sectors) {
          throw new Error(`clss-quartiers.csv: unknown quartier ${id}`);
        }
        return [...sectors];
      }),
      clssStatus: (row.clss_status as string).startsWith('existing')
        ? ClssStatus.EXISTING
        : ClssStatus.UNKNOWN,
      indicators: [],
      rankSum: null,
      priorityOrder: null,
      mappingConfidence: mapping,
      note: notes.filter(Boolean).join(' '),
      source: `clss-quartiers.csv — ${row.source}`,
      confidence: linkConfidence[mapping],
      method: LinkMethod.PROVISIONAL_MAPPING,
    };
  });
}
