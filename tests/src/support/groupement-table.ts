import type { TerritoriesService } from '@bxl/territories';

/**
 * Builds groupement tables for tests from the units in the database. The indicator values are
 * synthetic test fixtures (derived from the unit codes), never data about Brussels.
 */
export const HEADER =
  'unit_code,groupement_code,name_fr,name_nl,density_2021,density_rank,income_2019,income_rank,diabetes_2020,diabetes_rank,no_dentist_2020,no_dentist_rank,clss_status';

export interface Unit {
  code: string;
  /** The groupement it goes to, or '' for none. */
  groupement: string;
}

export function tableLines(units: Unit[]): string[] {
  const groupements = [...new Set(units.map((unit) => unit.groupement).filter(Boolean))].sort();
  const count = groupements.length;
  const rank = (index: number, shift: number) => ((index + shift) % count) + 1;
  return units.map(({ code, groupement }) => {
    const index = groupements.indexOf(groupement);
    if (index < 0) {
      return `${code},,,,,,,,,,,,`;
    }
    const status = index < 3 ? 'existing' : index < 5 ? 'new' : 'referent_quartier';
    return [
      code,
      groupement,
      `Test ${groupement}`,
      `Test ${groupement} NL`,
      1000 + index * 10,
      rank(index, 0),
      20000 - index * 100,
      rank(index, 1),
      0.05 + index / 1000,
      rank(index, 2),
      0.3 + index / 1000,
      rank(index, 3),
      status,
    ].join(',');
  });
}

export const table = (lines: string[]) => [HEADER, ...lines].join('\n');

/** A table putting every quartier of the database in one groupement `all`, named as given (test fixture). */
export async function wholeRegionTable(
  territories: TerritoriesService,
  nameFr: string,
  nameNl: string,
): Promise<string> {
  const quartiers = await territories.db.em
    .fork()
    .execute<
      Array<{ code: string }>
    >("select code from territories.territory where layer = 'QUARTIER'");
  return table(quartiers.map(({ code }) => `${code},all,${nameFr},${nameNl},1,1,1,1,1,1,1,1,none`));
}
