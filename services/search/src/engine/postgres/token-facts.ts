import type { Queryable } from './queryable';
import type { TokenFacts } from './query-terms';

/** Below this trigram similarity a word is not looked at as a correction (the index's threshold). */
const SIMILARITY = 0.3;
/** Typos allowed: 1 up to 5 letters… more in longer words (Meilisearch allows 1 from 5, 2 from 9). */
const MAX_EDITS = `case when length(t.token) <= 5 then 2 else 2 + length(t.token) / 9 end`;

/** What the index knows of each token, in one statement (see TokenFacts). */
export async function tokenFacts(db: Queryable, tokens: readonly string[]): Promise<TokenFacts[]> {
  if (tokens.length === 0) {
    return [];
  }
  const { rows } = await db.query<{
    token: string;
    known: boolean;
    stop: boolean;
    prefix_known: boolean;
    candidates: string[] | null;
  }>(
    `select t.token, k.known,
       numnode(plainto_tsquery('search.fr', t.token)) = 0
         or numnode(plainto_tsquery('search.nl', t.token)) = 0 as stop,
       exists (select 1 from search.lexicon l
               where l.word ~>=~ t.token and l.word ~<~ (t.token || '{')) as prefix_known,
       case when length(t.token) >= 4 and not k.known
         then (select array_agg(c.word order by c.edits, c.similarity desc, c.word)
               from (select l.word, public.similarity(l.word, t.token) as similarity,
                       public.levenshtein(l.word, t.token) as edits
                     from search.lexicon l
                     where l.word operator(public.%) t.token) c
               where c.similarity >= ${SIMILARITY} and c.edits <= ${MAX_EDITS})
       end as candidates
     from unnest($1::text[]) with ordinality as t(token, position),
       lateral (select exists (select 1 from search.lexicon l where l.word = t.token) as known) k
     order by t.position`,
    [tokens],
  );
  return rows.map((row) => ({
    token: row.token,
    known: row.known,
    stop: row.stop,
    prefixKnown: row.prefix_known,
    candidates: row.candidates ?? [],
  }));
}
