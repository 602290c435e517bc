import type {
  DocText,
  OrganisationDocument,
  ServiceDocument,
} from '../../document/search-document';

/** Both languages of a text, for indexing. */
const both = (text: DocText | null | undefined): string =>
  [text?.fr, text?.nl].filter(Boolean).join(' ; ');
const all = (texts: ReadonlyArray<DocText>): string => texts.map(both).join(' ; ');

/**
 * Words joined across an inner apostrophe, as people type names ("Entr'aide" → "Entraide"): the
 * parsers split at the apostrophe, so "entraide des marolles" did not find Entr'aide des Marolles.
 * Elided articles (l', d', qu'…) are not joined: three letters at least precede the apostrophe.
 * A match starts only where a word starts (the lookbehind), so a long run of letters without an
 * apostrophe costs linear time, not quadratic (a 1 MB name once froze the whole directory).
 */
const JOINED = /(?<!\p{L})\p{L}{3,}['’]\p{L}+/gu;
export const joined = (...texts: ReadonlyArray<string | null | undefined>): string =>
  texts
    .flatMap((text) => text?.match(JOINED) ?? [])
    .map((word) => word.replace(/['’]/g, ''))
    .join(' ');
/** Both languages of a name, and its words joined across apostrophes. */
const named = (text: DocText | null | undefined): string =>
  [both(text), joined(text?.fr, text?.nl)].filter(Boolean).join(' ; ');

/** Lowercase, accentless name for sorting. */
const sortKey = (name: string | null | undefined): string =>
  (name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^a-z0-9]+/, '');

/**
 * A service document as a row: its texts by weight (A name and types, B organisation, site and
 * publics, C places and address, D description and collaborations; then the needs it meets, E at
 * weight B and in part F at weight C) and its filter columns.
 */
export function serviceRow(document: ServiceDocument) {
  return {
    key: document.id,
    service_id: document.serviceId,
    site_id: document.siteId,
    organisation_id: document.organisationId,
    document,
    a: [named(document.name), all(document.typeLabels)].join(' ; '),
    b: [
      named(document.organisationName),
      named(document.siteName),
      all(document.publicLabels),
    ].join(' ; '),
    c: [
      document.placeNames.join(' ; '),
      both(document.address),
      all(document.accessLabels ?? []),
    ].join(' ; '),
    // Collaborations weigh least: "CLSS Cureghem" names a partner, not where the service is.
    d: [both(document.description), (document.collaborations ?? []).join(' ; ')].join(' ; '),
    // After the others: a long list of need words between a type and a place would lengthen the
    // covers of "type + place" queries (ts_rank_cd) and rank the services of that type lower.
    e: all(document.needTexts ?? []),
    f: all(document.partialNeedTexts ?? []),
    // What the service is (its types, the needs it meets in full — the vector of e —, its access
    // conditions) and its name per language, vectorised once here rather than for every match.
    kind_types: all(document.typeLabels),
    kind_access: all(document.accessLabels ?? []),
    name_text_fr: document.name.fr ?? '',
    name_text_nl: document.name.nl ?? '',
    name_fr: sortKey(document.name.fr ?? document.name.nl),
    name_nl: sortKey(document.name.nl ?? document.name.fr),
    types: document.types,
    bassin: document.bassin,
    groupement: document.groupement,
    commune: document.commune,
    languages: document.languages,
    publics: document.publics,
    needs: document.needs ?? [],
    access: document.access,
    authorities: document.authorities,
    located_in: document.locatedIn,
    possible_in: document.possibleIn ?? [],
    serves: document.serves,
    lat: document.point?.lat ?? null,
    lng: document.point?.lng ?? null,
    open_quarters: document.openQuarters,
    status: document.status,
    archived: document.archived,
    synthetic: document.synthetic,
  };
}

export function organisationRow(document: OrganisationDocument) {
  return {
    key: document.id,
    document,
    a: [
      named(document.name),
      document.alternateNames.join(' ; '),
      joined(...document.alternateNames),
    ].join(' ; '),
    b: document.placeNames.join(' ; '),
    c: '',
    d: both(document.description),
    name_fr: sortKey(document.name.fr ?? document.name.nl),
    name_nl: sortKey(document.name.nl ?? document.name.fr),
    archived: document.archived,
  };
}

const WEIGHTED = `search.weigh(r.a, 'A') || search.weigh(r.b, 'B') || search.weigh(r.c, 'C') || search.weigh(r.d, 'D')`;
/** A service's needs come last, weighed B (met) and C (met in part). */
const SERVICE_WEIGHTED = `${WEIGHTED} || v.e || search.weigh(r.f, 'C')`;

/**
 * Upserts a batch of service rows sent as one JSON parameter (the table as `d`: the in-memory index
 * takes the rows it wrote from `returning`, see VECTOR_ROW_COLUMNS, instead of reading them back).
 */
export const UPSERT_SERVICES = `
  insert into search.service_document as d (key, service_id, site_id, organisation_id, document, weighted,
    name_fr, name_nl, types, bassin, groupement, commune, languages, publics, needs, access, authorities,
    located_in, possible_in, serves, lat, lng, open_quarters, status, archived, synthetic, kind_vector,
    name_fr_vector, name_nl_vector)
  select r.key, r.service_id, r.site_id, r.organisation_id, r.document, ${SERVICE_WEIGHTED},
    r.name_fr, r.name_nl, r.types, r.bassin, r.groupement, r.commune, r.languages, r.publics, r.needs, r.access,
    r.authorities, r.located_in, r.possible_in, r.serves, r.lat, r.lng, r.open_quarters, r.status, r.archived, r.synthetic,
    search.weigh(r.kind_types, 'A') || setweight(v.e, 'A') || search.weigh(r.kind_access, 'A'),
    search.weigh(r.name_text_fr, 'A'), search.weigh(r.name_text_nl, 'A')
  from jsonb_to_recordset($1::jsonb) as r(key text, service_id text, site_id text, organisation_id text,
    document jsonb, a text, b text, c text, d text, e text, f text, kind_types text, kind_access text, name_text_fr text,
    name_text_nl text, name_fr text, name_nl text, types text[], bassin text,
    groupement text, commune text, languages text[], publics text[], needs text[], access text[], authorities text[],
    located_in text[], possible_in text[], serves text[], lat float8, lng float8, open_quarters int[], status text,
    archived boolean, synthetic boolean),
    -- The needs met in full, vectorised once: weighed B in the text, A in what the service is.
    lateral (select search.weigh(r.e, 'B') as e) v
  on conflict (key) do update set service_id = excluded.service_id, site_id = excluded.site_id,
    organisation_id = excluded.organisation_id, document = excluded.document, weighted = excluded.weighted,
    name_fr = excluded.name_fr, name_nl = excluded.name_nl, types = excluded.types, bassin = excluded.bassin,
    groupement = excluded.groupement, commune = excluded.commune, languages = excluded.languages,
    publics = excluded.publics, needs = excluded.needs, access = excluded.access, authorities = excluded.authorities,
    located_in = excluded.located_in, possible_in = excluded.possible_in, serves = excluded.serves, lat = excluded.lat, lng = excluded.lng,
    open_quarters = excluded.open_quarters, status = excluded.status, archived = excluded.archived,
    synthetic = excluded.synthetic, kind_vector = excluded.kind_vector,
    name_fr_vector = excluded.name_fr_vector, name_nl_vector = excluded.name_nl_vector`;

export const UPSERT_ORGANISATIONS = `
  insert into search.organisation_document (key, document, weighted, name_fr, name_nl, archived)
  select r.key, r.document, ${WEIGHTED}, r.name_fr, r.name_nl, r.archived
  from jsonb_to_recordset($1::jsonb) as r(key text, document jsonb, a text, b text, c text, d text,
    name_fr text, name_nl text, archived boolean)
  on conflict (key) do update set document = excluded.document, weighted = excluded.weighted,
    name_fr = excluded.name_fr, name_nl = excluded.name_nl, archived = excluded.archived`;

/** Every word of the batch's texts joins the vocabulary typos are corrected against. */
export const ADD_WORDS = `
  insert into search.lexicon (word)
  select distinct word from jsonb_to_recordset($1::jsonb) as r(a text, b text, c text, d text, e text, f text),
    unnest(tsvector_to_array(to_tsvector('search.plain', concat_ws(' ', r.a, r.b, r.c, r.d, r.e, r.f)))) as word
  where length(word) between 3 and 40
  on conflict do nothing`;

/** Type labels and place names offered as completions. */
export const ADD_SUGGESTIONS = `
  insert into search.suggestion (normalised, kind, text)
  select distinct on (lower(public.unaccent(s.text)), s.kind) lower(public.unaccent(s.text)), s.kind, s.text
  from jsonb_to_recordset($1::jsonb) as s(kind text, text text)
  where s.text <> ''
  order by lower(public.unaccent(s.text)), s.kind, s.text
  on conflict do nothing`;

export function suggestionRows(documents: readonly ServiceDocument[]) {
  const rows = new Map<string, { kind: string; text: string }>();
  for (const document of documents) {
    for (const label of document.typeLabels) {
      for (const text of [label.fr, label.nl]) {
        if (text) {
          rows.set(`TYPE ${text}`, { kind: 'TYPE', text });
        }
      }
    }
    for (const text of document.placeNames) {
      rows.set(`PLACE ${text}`, { kind: 'PLACE', text });
    }
  }
  return [...rows.values()];
}
