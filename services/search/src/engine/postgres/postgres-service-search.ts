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
import { relaxingLast } from './query-terms';
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

/** The highlighted fields: [name in results, SQL text of the field in the language, options]. */
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

function orderBy(query: ServiceQuery, text: boolean): string {
  const name = `m.name_${query.language}, m.key`;
  if (query.sort === 'NAME') {
    return name;
  }
  if (query.sort === 'DISTANCE') {
    return `m.distance asc nulls last, ${name}`;
  }
  const near = query.near ? 'm.distance asc nulls last, ' : '';
  return text ? `m.score desc, ${near}${name}` : `${near}${name}`;
}

const facetSql = (facet: ServiceFacet) =>
  ARRAY_FACETS.has(facet)
    ? `select '${facet}' as facet, v as value, count(*) as count from m, unnest(m.${facet}) v group by v`
    : `select '${facet}', m.${facet}::text, count(*) from m where m.${facet} is not null group by m.${facet}`;

/**
 * One attempt in one statement: the matching documents (filters, units, radius) are found and
 * ranked once (`m`), then counted, paged (with highlights and distances) and faceted from there.
 */
function attemptSql(query: ServiceQuery, units: readonly QueryUnit[]) {
  const params = new SqlParams();
  const conditions = serviceFilterSql(query.filters, params);
  const distance = query.near ? distanceSql(query.near, params) : 'null::float8';
  if (query.near?.radiusMeters !== undefined) {
    conditions.push(
      `d.lat is not null and ${distance} <= ${params.add(query.near.radiusMeters)}::float8`,
    );
  }
  const text = units.length > 0;
  if (text) {
    conditions.push('d.weighted @@ q.query');
  }
  const tsquery = text ? tsquerySql(units, params) : `''::tsquery`;
  // Each field in the language asked, then in the other (used when only that one matched).
  const languages = [query.language, query.language === 'fr' ? 'nl' : 'fr'];
  const headlines = text
    ? `array[${languages
        .flatMap((language) =>
          highlightFields(language).map(
            ([, field, options]) =>
              `ts_headline('search.${language}', coalesce(${field}, ''), q.query, ${options})`,
          ),
        )
        .join(', ')}]`
    : 'null::text[]';
  const sql = `
    with q as (select ${tsquery} as query),
    m as materialized (
      select d.key, d.name_fr, d.name_nl, ${SERVICE_FACETS.map((facet) => `d.${facet}`).join(', ')},
        ${text ? rankSql('d.weighted') : '0::float4'} as score, ${distance} as distance
      from search.service_document d, q where ${conditions.join(' and ')}
    ),
    p as (
      select m.key, m.score, m.distance, row_number() over (order by ${orderBy(query, text)}) as position
      from m order by ${orderBy(query, text)}
      offset ${params.add(query.offset)} limit ${params.add(query.limit)}
    )
    select (select count(*) from m) as total,
      (select coalesce(json_agg(json_build_object('document', d.document, 'score', p.score,
          'distance', p.distance, 'headlines', ${headlines}) order by p.position), '[]')
        from p join search.service_document d on d.key = p.key, q) as hits,
      (select coalesce(json_agg(f), '[]') from (${SERVICE_FACETS.map(facetSql).join(' union all ')}) f) as facets`;
  return { sql, values: params.values };
}

interface Row {
  total: string;
  hits: Array<{
    document: ServiceDocument;
    score: number;
    distance: number | null;
    headlines: string[] | null;
  }>;
  facets: Array<{ facet: ServiceFacet; value: string; count: number }>;
}

async function attempt(
  db: Queryable,
  query: ServiceQuery,
  units: readonly QueryUnit[],
): Promise<Row> {
  const { sql, values } = attemptSql(query, units);
  const { rows } = await db.query<Row>(sql, values);
  return rows[0] as Row;
}

function facetsOf(rows: Row['facets']): ServiceResults['facets'] {
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

/**
 * The fields that matched, each in the language asked when it matched there, else in the other
 * language (headlines come as every field in the asked language, then every field in the other).
 */
function highlightsOf(headlines: string[] | null, language: ServiceQuery['language']): Highlight[] {
  if (!headlines) {
    return [];
  }
  const other = language === 'fr' ? 'nl' : 'fr';
  const fields = highlightFields(language);
  return fields.flatMap(([field], index) => {
    const asked = headlines[index] ?? '';
    const otherSnippet = headlines[index + fields.length] ?? '';
    if (asked.includes('<mark>')) {
      return [{ field, language, snippet: asked }];
    }
    return otherSnippet.includes('<mark>')
      ? [{ field, language: other, snippet: otherSnippet }]
      : [];
  });
}

/**
 * A service search, relaxing its last units while nothing matches (see relaxingLast). One statement
 * per attempt.
 */
export async function searchServicesSql(
  db: Queryable,
  query: ServiceQuery,
  units: readonly QueryUnit[],
): Promise<ServiceResults> {
  const row = await relaxingLast(
    units,
    (kept) => attempt(db, query, kept),
    (result) => Number(result.total) > 0,
  );
  return {
    total: Number(row.total),
    hits: row.hits.map((hit) => ({
      document: hit.document,
      score: Number(hit.score),
      highlights: highlightsOf(hit.headlines, query.language),
      distanceMeters: hit.distance === null ? null : Math.round(Number(hit.distance)),
    })),
    facets: facetsOf(row.facets),
  };
}
