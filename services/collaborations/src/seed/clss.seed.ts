import { readSeedCsv, slugify } from '@bxl/common';

import { ClssStatus } from '../modules/clss/clss.enums';

/** A CLSS as the seed knows it from `seed/data/clss-quartiers.csv` (see seed/README.md). */
export interface ClssSeed {
  id: string;
  groupementId: string;
  nameFr: string;
  nameNl: string;
  status: ClssStatus;
  /** The commune names the source gives, `|`-separated there. */
  communes: string[];
  source: string;
  note: string;
}

/** The provisional groupement layer of the territories subgraph: one per CLSS quartier named. */
export const provisionalGroupementId = (name: string) =>
  `groupement:provisional-clss:${slugify(name)}`;

/**
 * The CLSS quartiers the sources name: the 9 existing CLSS of the PSSI text, and the others the
 * bassins name, with nothing more known about them ("named, details unknown").
 */
export function clssSeeds(rows = readSeedCsv('clss-quartiers.csv')): ClssSeed[] {
  return rows.map((row) => {
    const name = row.name as string;
    const existing = (row.clss_status as string).startsWith('existing');
    return {
      id: `clss:${slugify(name)}`,
      groupementId: provisionalGroupementId(name),
      nameFr: `CLSS ${name}`,
      nameNl: `LSGC ${name}`,
      status: existing ? ClssStatus.EXISTING : ClssStatus.NAMED_DETAILS_UNKNOWN,
      communes: (row.communes as string).split('|').map((commune) => commune.trim()),
      source: `clss-quartiers.csv — ${row.source}`,
      note: existing
        ? `One of the 9 existing CLSS of the PSSI text (${row.clss_status}). Period, funding, bodies and deliverables not recorded yet.`
        : `CLSS status in the source: ${row.clss_status}. Details unknown (new or existing, host, period).`,
    };
  });
}
