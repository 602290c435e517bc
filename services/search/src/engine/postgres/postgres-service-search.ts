import type { ServiceDocument } from '../../document/search-document';
import type { QueryPlace } from '../../places/places';
import { LIST_FACETS, SERVICE_FACETS } from '../search-engine';
import type {
  FacetCount,
  Highlight,
  ServiceFacet,
  ServiceQuery,
  ServiceResults,
} from '../search-engine';
import { distanceSql, probableSql, serviceFilterSql } from './postgres-filters';
import type { Queryable } from './queryable';
import { relaxingLast } from './query-terms';
import type { QueryUnit } from './query-terms';
import { SqlParams } from './sql-params';
import { anyPhraseSql, rankSql, tsquerySql } from './text-query';

const ARRAY_FACETS = new Set<ServiceFacet>(LIST_FACETS);

const HEADLINE = `'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'`;
const SNIPPET = `'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=18, MinWords=6'`;

/** A list of DocTexts of the document (the needs it meets) in one language, as one text. */
const listSql = (field: string, language: string) =>
  `array_to_string(array(select e->>'${language}' from jsonb_array_elements(coalesce(d.document->'${field}', '[]')) e), ' · ')`;

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
  // The needs it meets: what matched when a need word was typed.
  ['needTexts', listSql('needTexts', language), HEADLINE],
  ['partialNeedTexts', listSql('partialNeedTexts', language), HEADLINE],
];

/** Each highlighted field of `d.document` against `q.query` in one language (SQL expressions). */
const headlinesIn = (language: string): string[] =>
  highlightFields(language).map(
    ([, field, options]) =>
      `ts_headline('search.${language}', coalesce(${field}, ''), q.query, ${options})`,
  );

const otherLanguage = (language: ServiceQuery['language']) => (language === 'fr' ? 'nl' : 'fr');

/**
 * Every highlighted field of `d.document` against `q.query`, in the language asked, then in the other
 * (read back by highlightsOf).
 */
export function headlinesSql(language: ServiceQuery['language']): string {
  return `array[${[...headlinesIn(language), ...headlinesIn(otherLanguage(language))].join(', ')}]`;
}

/**
 * The same headlines for a page of documents (`d`, `q` in scope, `asked` a lateral
 * `array[headlinesIn(language)]`): a field's other language is only written where the language asked
 * matched nothing (highlightsOf reads it only then), which halves the work.
 */
export function pageHeadlinesSql(language: ServiceQuery['language']): {
  asked: string;
  all: string;
} {
  const other = headlinesIn(otherLanguage(language)).map(
    (headline, index) =>
      `case when h.asked[${index + 1}] like '%<mark>%' then '' else ${headline} end`,
  );
  return {
    asked: `array[${headlinesIn(language).join(', ')}]`,
    all: `h.asked || array[${other.join(', ')}]`,
  };
}

/**
 * Relevance: in the places named first, then services of the type the other words name, then by
 * the best field every word matches in (as Meilisearch's `attribute` rule); at equal relevance real records before synthetic ones (issue
 * 16), sure placements before probable ones (a coarse site that may lie in the territory filtered on),
 * then by score and name.
 */
function orderBy(query: ServiceQuery, text: boolean): string {
  const name = `m.name_${query.language}, m.key`;
  if (query.sort === 'NAME') {
    return name;
  }
  if (query.sort === 'DISTANCE') {
    return `m.distance asc nulls last, ${name}`;
  }
  const near = query.near ? 'm.distance asc nulls last, ' : '';
  return text
    ? `m.place desc, m.exact desc, m.typed desc, m.field desc, ${near}m.synthetic, m.probable, m.score desc, ${name}`
    : `${near}m.synthetic, m.probable, ${name}`;
}

/**
 * The relevance order before the score, as one row where greater is better: the score (costly:
 * `ts_rank_cd` over a document's whole vector) is computed only for the matches this key does not
 * already put after the page (see attemptSql).
 */
const tierKey = (query: ServiceQuery) =>
  `m.place, m.exact, m.typed, m.field, ${
    query.near ? `coalesce(-m.distance, '-infinity'::float8)` : '0::float8'
  }, -m.synthetic::int, -m.probable`;

/**
 * The best field all the words match within: 5 the name in the language asked, 4 the name in the
 * other, 3 name and types, 2 …organisation and publics, 1 …places (as Meilisearch's `attribute`
 * rule, name first).
 */
const fieldTier = (language: string) => {
  const name = (lang: string) => `d.name_${lang}_vector @@ q.query`;
  return `case when ${name(language)} then 5 when ${name(language === 'fr' ? 'nl' : 'fr')} then 4
    when ts_filter(d.w, '{a}') @@ q.query then 3
    when ts_filter(d.w, '{a,b}') @@ q.query then 2
    when ts_filter(d.w, '{a,b,c}') @@ q.query then 1 else 0 end`;
};

/**
 * Whether the words other than places all match what the service is: its type labels, the words of
 * the needs it meets fully and its access conditions ("SSM", "généraliste", "avocat gratuit"). A CPAS
 * whose site is called "service social général" does not become a GP by its name.
 */
const TYPE_MATCH = `d.kind_vector @@ q.types`;

/**
 * Whether the name holds the words exactly as typed, in that order (accents and case aside, no
 * stemming; `q.exact`, built once per statement): an exact name match comes before services that
 * only meet the need the words name.
 */
const EXACT_NAME = `(numnode(q.exact) > 0 and (d.name_fr_vector @@ q.exact or d.name_nl_vector @@ q.exact))`;

/**
 * How much a document is in the places the query names: 3 located there or named after it (its name
 * matches the place's name), 2 serving it or maybe there (a coarse site), 1 in, serving or maybe in
 * its bassin, 0 elsewhere.
 */
function placeTierSql(places: readonly QueryPlace[], params: SqlParams): string {
  if (places.length === 0) {
    return '0';
  }
  const ids = `${params.add(places.flatMap((place) => place.ids))}::text[]`;
  const bassins = `${params.add(places.flatMap((place) => place.bassins))}::text[]`;
  const named = anyPhraseSql(
    places.flatMap((place) => place.names),
    params,
  );
  return `case when d.located_in && ${ids} or ts_filter(d.w, '{a}') @@ (${named}) then 3
    when d.serves && ${ids} or d.possible_in && ${ids} then 2
    when d.located_in && ${bassins} or d.serves && ${bassins} or d.possible_in && ${bassins} then 1
    else 0 end`;
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
  // The words other than places, to tell a service of the type asked from one that only names it.
  const others = units.filter((unit) => !unit.place);
  const typed = others.length > 0;
  const typesQuery = typed ? tsquerySql(others, params) : `''::tsquery`;
  const exactPhrase = text
    ? `phraseto_tsquery('search.plain', ${params.add(query.text)}::text)`
    : `''::tsquery`;
  const headlines =
    text && query.highlight !== false ? headlinesSql(query.language) : 'null::text[]';
  // By relevance, the matches are ordered by their tiers first: only those tied with or before the
  // page's last row on the tiers need a score (often a few dozen of thousands).
  const ranked = text && query.sort === 'RELEVANCE';
  const scores = ranked
    ? `cut as (select ${tierKey(query)} from m
        order by ${orderBy(query, text).replace(/m\.score desc, /, '')}
        offset ${params.add(query.offset + query.limit - 1)} limit 1),
    -- One pass over the matches; the score's sub-select runs only where the case needs it (a join
    -- here was planned as a nested loop re-scoring every candidate for every match on PostgreSQL 15).
    r as (select m.*, case when not exists (select 1 from cut) or (${tierKey(query)}) >= (select * from cut)
        then (select ${rankSql('d.weighted')} from search.service_document d where d.key = m.key)
        else 0 end as score
      from m, q),`
    : `r as (select m.*, 0::float4 as score from m),`;
  const sql = `
    with q as (select ${tsquery} as query, ${typesQuery} as types, ${exactPhrase} as exact),
    m as materialized (
      select d.key, d.name_fr, d.name_nl, ${SERVICE_FACETS.map((facet) => `d.${facet}`).join(', ')},
        ${distance} as distance,
        ${placeTierSql(query.places ?? [], params)} as place, ${text ? fieldTier(query.language) : '0'} as field,
        ${typed ? TYPE_MATCH : 'false'} as typed, ${probableSql(query.filters, params)} as probable,
        ${text ? EXACT_NAME : 'false'} as exact
      from (
        -- The vector read from storage once (out of line: each mention would fetch it again).
        select d.*, ${text || query.places?.length ? `d.weighted || ''::tsvector` : 'null::tsvector'} as w
        from search.service_document d, q where ${conditions.join(' and ')} offset 0
      ) d, q
    ),
    ${scores}
    p as (
      select m.key, m.distance, row_number() over (order by ${orderBy(query, text)}) as position
      from r m order by ${orderBy(query, text)}
      offset ${params.add(query.offset)} limit ${params.add(query.limit)}
    )
    select (select count(*) from m) as total,
      (select coalesce(json_agg(json_build_object('document', d.document,
          'score', ${text ? rankSql('d.weighted') : '0::float4'},
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

export function facetsOf(rows: ReadonlyArray<Row['facets'][number]>): ServiceResults['facets'] {
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
export function highlightsOf(
  headlines: string[] | null,
  language: ServiceQuery['language'],
): Highlight[] {
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
