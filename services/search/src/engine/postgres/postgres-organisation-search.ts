import type { OrganisationDocument } from '../../document/search-document';
import type { OrganisationQuery, OrganisationResults } from '../search-engine';
import type { Queryable } from './queryable';
import { relaxingLast } from './query-terms';
import type { QueryUnit } from './query-terms';
import { SqlParams } from './sql-params';
import { rankSql, tsquerySql } from './text-query';

async function attempt(db: Queryable, query: OrganisationQuery, units: readonly QueryUnit[]) {
  const params = new SqlParams();
  const text = units.length > 0;
  const conditions = [
    ...(query.includeArchived ? [] : ['not d.archived']),
    ...(text ? ['d.weighted @@ q.query'] : []),
  ];
  const { rows } = await db.query<{
    document: OrganisationDocument;
    score: number;
    total: string;
    name: string | null;
  }>(
    `select d.document, ${text ? rankSql('d.weighted') : '0::float4'} as score, count(*) over () as total,
       ${text ? `ts_headline('search.${query.language}', coalesce(d.document->'name'->>'${query.language}', ''), q.query, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true')` : 'null'} as name
     from search.organisation_document d, (select ${text ? tsquerySql(units, params) : `''::tsquery`} as query) q
     ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
     order by ${text ? 'score desc, ' : ''}d.name_${query.language}, d.key
     offset ${params.add(query.offset)} limit ${params.add(query.limit)}`,
    params.values,
  );
  return rows;
}

/** Organisations by name, alternate names, places and description; same matching as services. */
export async function searchOrganisationsSql(
  db: Queryable,
  query: OrganisationQuery,
  units: readonly QueryUnit[],
): Promise<OrganisationResults> {
  // Past the first page an empty page is the end of the list, not a reason to relax.
  const rows = await relaxingLast(
    units,
    (kept) => attempt(db, query, kept),
    (result) => result.length > 0 || query.offset > 0,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map((row) => ({
      document: row.document,
      score: Number(row.score),
      highlights: row.name?.includes('<mark>')
        ? [{ field: 'name', language: query.language, snippet: row.name }]
        : [],
    })),
  };
}
