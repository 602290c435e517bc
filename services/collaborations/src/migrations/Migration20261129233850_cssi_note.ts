import { Migration } from '@mikro-orm/migrations';

/** Codes of the provisional mission list with a counterpart among the CSSI note's twelve missions. */
const RENAMED: Record<string, string> = {
  ACCESS_TO_RIGHTS: 'SOCIAL_LINK_AND_RIGHTS',
  GENERAL_PRACTICE: 'PRIMARY_CARE',
};
/** Codes of the provisional list that are no mission of the note. */
const WITHDRAWN = [
  'SOCIAL_WORK',
  'NON_MEDICAL_CARE',
  'PREVENTION',
  'CASE_COORDINATION',
  'NETWORK_WORK',
  'OUTREACH',
];

const TABLE = '"collaborations"."integrated_centre"';
const LINES = 'jsonb_array_elements(mission_coverage) with ordinality as t(line, ord)';
const withdrawn = `(${WITHDRAWN.map((code) => `'${code}'`).join(', ')})`;

/**
 * The CSSI note: a centre says whether it is new or existing (`origin`, which picks its budget),
 * and its mission coverage moves to the note's twelve missions. Codes are frozen here (not read
 * from the rules, which may change later). Coverage recorded under a withdrawn code is not lost:
 * it moves, in words, to the centre's note. Real centres' origin stays null (unknown) until an
 * editor records it. This data step writes no change-log rows.
 */
export class Migration20261129233850_cssi_note extends Migration {
  override name = 'Migration20261129233850_cssi_note';

  override up(): void | Promise<void> {
    this.addSql(`alter table ${TABLE} add "origin" text null;`);
    // The seeded synthetic example is a new structure (the seed skips records that exist already).
    this.addSql(
      `update ${TABLE} set origin = 'NEW' where id = 'cssi:synthetic-cureghem' and synthetic;`,
    );
    const cases = Object.entries(RENAMED)
      .map(([from, to]) => `when '${from}' then jsonb_set(line, '{mission}', '"${to}"')`)
      .join(' ');
    this.addSql(
      `update ${TABLE} set mission_coverage = (select coalesce(jsonb_agg(case line->>'mission' ${cases} else line end order by ord), '[]'::jsonb) from ${LINES});`,
    );
    this.addSql(
      `update ${TABLE} set
         note = concat_ws(E'\\n', note, 'Mission coverage recorded under codes withdrawn when the CSSI note''s twelve missions replaced the provisional list: ' || (select string_agg(format('%s = %s%s', line->>'mission', line->>'coverage', coalesce(' (' || (line->>'how') || ')', '')), '; ' order by ord) from ${LINES} where line->>'mission' in ${withdrawn}) || '.'),
         mission_coverage = (select coalesce(jsonb_agg(line order by ord), '[]'::jsonb) from ${LINES} where line->>'mission' not in ${withdrawn}),
         updated_at = now()
       where exists (select 1 from jsonb_array_elements(mission_coverage) as l(line) where line->>'mission' in ${withdrawn});`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table ${TABLE} drop column "origin";`);
  }
}
