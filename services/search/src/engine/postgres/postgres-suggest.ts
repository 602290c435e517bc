import type { Language, Suggestion } from '../search-engine';
import type { Queryable } from './queryable';

/**
 * Completions of a prefix (already normalised): names of services and organisations with a word
 * starting with it, service types and places; names starting with it first, then shorter ones.
 */
export async function suggestSql(
  db: Queryable,
  prefix: string,
  language: Language,
  limit: number,
): Promise<Suggestion[]> {
  const { rows } = await db.query<{ text: string; kind: Suggestion['kind'] }>(
    `with candidates as (
       select d.document->'name'->>$2 as text, 'SERVICE' as kind, d.name_${language} as normalised
       from search.service_document d where not d.archived and d.status <> 'DEFUNCT'
       union all
       select d.document->'name'->>$2, 'ORGANISATION', d.name_${language}
       from search.organisation_document d where not d.archived
       union all
       select s.text, s.kind, s.normalised from search.suggestion s
     )
     select distinct on (c.normalised) c.text, c.kind,
       c.normalised like $1 || '%' as starts
     from candidates c
     where c.text is not null and (c.normalised like $1 || '%' or c.normalised like '%' || ' ' || $1 || '%')
     order by c.normalised, c.kind`,
    [prefix, language],
  );
  const ranked = rows as Array<{ text: string; kind: Suggestion['kind']; starts?: boolean }>;
  ranked.sort(
    (a, b) =>
      Number(Boolean(b.starts)) - Number(Boolean(a.starts)) ||
      a.text.length - b.text.length ||
      a.text.localeCompare(b.text),
  );
  return ranked.slice(0, limit).map(({ text, kind }) => ({ text, kind }));
}
