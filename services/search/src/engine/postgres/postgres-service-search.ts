import type { ServiceDocument } from '../../document/search-document';
import { SERVICE_FACETS } from '../search-engine';
import type {
  FacetCount,
  Highlight,
  ServiceFacet,
  ServiceQuery,
  ServiceResults,
} from '../search-engine';
import { distanceSql, serviceFilterSql } from './postgres-filters';
import type { Queryable } from './queryable';
import type { QueryUnit } from './query-terms';
import { SqlParams } from './sql-params';
import { rankSql, tsquerySql } from './text-query';

const ARRAY_FACETS = new Set<ServiceFacet>([
  'types',
  'languages',
  'publics',
  'access',
  'authorities',
]);

const HEADLINE = `'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'`;
const SNIPPET = `'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=18, MinWords=6'`;

/** The highlighted fields: [name in results, SQL text of the field in the language]. */
const highlightFields = (language: string): Array<[string, string, string]> => [
  ['name', `d.document->'name'->>'${language}'`, HEADLINE],
  ['organisationName', `d.document->'organisationName'->>'${language}'`, HEADLINE],
  ['description', `d.document->'description'->>'${language}'`, SNIPPET],
  [
    'placeNames',
    `array_to_string(array(select jsonb_array_elements_text(d.document->'placeNames')), ' · ')`,
    HEADLINE,
  ],
];

/** The `from … where …` of one attempt: the documents matching the filters and these units. */
function matching(
  query: ServiceQuery,
  units: readonly QueryUnit[],
  params: SqlParams,
  selectsDistance = false,
) {
  const conditions = serviceFilterSql(query.filters, params);
  const needsDistance = query.near && (selectsDistance || query.near.radiusMeters !== undefined);
  const distance = needsDistance && query.near ? distanceSql(query.near, params) : 'null::float8';
  if (query.near?.radiusMeters !== undefined) {
    conditions.push(
      `d.lat is not null and ${distance} <= ${params.add(query.near.radiusMeters)}::float8`,
    );
  }
  const text = units.length > 0;
  const tsquery = text ? tsquerySql(units, params) : `''::tsquery`;
  if (text) {
    conditions.push('d.weighted @@ q.query');
  }
  return {
    from: `search.service_document d, (select ${tsquery} as query) q where ${conditions.join(' and ')}`,
    distance,
    rank: text ? rankSql('d.weighted') : '0::float4',
  };
}

function orderBy(query: ServiceQuery, text: boolean): string {
  const name = `d.name_${query.language}, d.key`;
  if (query.sort === 'NAME') {
    return name;
  }
  if (query.sort === 'DISTANCE') {
    return `distance asc nulls last, ${name}`;
  }
  const near = query.near ? 'distance asc nulls last, ' : '';
  return text ? `score desc, ${near}${name}` : `${near}${name}`;
}

async function page(db: Queryable, query: ServiceQuery, units: readonly QueryUnit[]) {
  const params = new SqlParams();
  const { from, distance, rank } = matching(query, units, params, true);
  const highlights = units.length
    ? highlightFields(query.language)
        .map(
          ([, text, options]) =>
            `ts_headline('search.${query.language}', coalesce(${text}, ''), q.query, ${options})`,
        )
        .join(', ')
    : '';
  const { rows } = await db.query<{
    document: ServiceDocument;
    score: number;
    distance: number | null;
    total: string;
    headlines: string[] | null;
  }>(
    `select d.document, ${rank} as score, ${distance} as distance, count(*) over () as total,
       ${highlights ? `array[${highlights}]` : 'null::text[]'} as headlines
     from ${from}
     order by ${orderBy(query, units.length > 0)}
     offset ${params.add(query.offset)} limit ${params.add(query.limit)}`,
    params.values,
  );
  return rows;
}

async function countAll(db: Queryable, query: ServiceQuery, units: readonly QueryUnit[]) {
  const params = new SqlParams();
  const { from } = matching(query, units, params);
  const { rows } = await db.query<{ total: string }>(
    `select count(*) as total from ${from}`,
    params.values,
  );
  return Number(rows[0]?.total ?? 0);
}

async function facets(db: Queryable, query: ServiceQuery, units: readonly QueryUnit[]) {
  const params = new SqlParams();
  const { from } = matching(query, units, params);
  const parts = SERVICE_FACETS.map((facet) => {
    const column = facet;
    return ARRAY_FACETS.has(facet)
      ? `select '${facet}' as facet, v as value, count(*) as count from m, unnest(m.${column}) v group by v`
      : `select '${facet}', m.${column}, count(*) from m where m.${column} is not null group by m.${column}`;
  });
  const { rows } = await db.query<{ facet: ServiceFacet; value: string; count: string }>(
    `with m as materialized (select d.* from ${from}) ${parts.join(' union all ')}`,
    params.values,
  );
  const result = Object.fromEntries(
    SERVICE_FACETS.map((facet) => [facet, [] as FacetCount[]]),
  ) as Record<ServiceFacet, FacetCount[]>;
  for (const row of rows) {
    result[row.facet].push({ value: row.value, count: Number(row.count) });
  }
  for (const counts of Object.values(result)) {
    counts.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
  return result;
}

function highlightsOf(headlines: string[] | null, language: ServiceQuery['language']): Highlight[] {
  if (!headlines) {
    return [];
  }
  const fields = highlightFields(language);
  return headlines.flatMap((snippet, index) =>
    snippet.includes('<mark>') ? [{ field: fields[index]?.[0] ?? '', language, snippet }] : [],
  );
}

/**
 * A service search: each attempt requires every unit; when nothing matches, the last unit is
 * dropped and the search tried again (Meilisearch's `last` strategy). One statement for the page
 * (with the total), one for the facets, plus one count per relaxed attempt.
 */
export async function searchServicesSql(
  db: Queryable,
  query: ServiceQuery,
  units: readonly QueryUnit[],
): Promise<ServiceResults> {
  let kept = [...units];
  let rows = await page(db, query, kept);
  while (rows.length === 0 && kept.length > 1) {
    if (query.offset > 0 && (await countAll(db, query, kept)) > 0) {
      break;
    }
    kept = kept.slice(0, -1);
    rows = await page(db, query, kept);
  }
  const total = rows.length > 0 ? Number(rows[0]?.total) : await countAll(db, query, kept);
  return {
    total,
    hits: rows.map((row) => ({
      document: row.document,
      score: Number(row.score),
      highlights: highlightsOf(row.headlines, query.language),
      distanceMeters: row.distance === null ? null : Math.round(Number(row.distance)),
    })),
    facets: await facets(db, query, kept),
  };
}
