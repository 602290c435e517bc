// The users' relevance set (tests/relevance/users-set.json, issue 10): queries judged by the KIND of
// service that must come first (types, publics, places, organisation), not by record ids. Shared by
// tests/src/search-relevance.test.ts and bench/relevance.report.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { normaliseTerm } from '@bxl/search';

import { postGraphql } from './relevance';

export const USERS_SET_PATH = join(__dirname, '..', '..', 'relevance', 'users-set.json');
/** Hits asked (distinct services are judged from them). */
const PAGE = 20;
const CUTOFF = 5;

export const CATEGORIES = ['types', 'places', 'names', 'needs'] as const;
export type Category = (typeof CATEGORIES)[number];

/** One acceptable kind: every criterion given must hold (within a list, any value). */
export interface Kind {
  types?: string[];
  publics?: string[];
  /** Territory ids: the hit's site lies in one of them (commune, groupement, quartier or bassin). */
  places?: string[];
  /**
   * Bassins whose services are right too when the directory has no service of these types
   * operating in `places` at all (the nearest right answer), as the directory's `services` says.
   */
  orNear?: string[];
  /** Normalised words the organisation's name (FR or NL) contains. */
  organisation?: string;
  /** A real record (not synthetic). */
  real?: boolean;
}

export interface KindCase {
  id: string;
  category: Category;
  query: string;
  language?: 'FR' | 'NL';
  /** Acceptable kinds: a hit is right when it is of any of them. */
  expect: Kind[];
  why: string;
  /** Never used to tune synonyms or ranking (issue 10's held-out check). */
  heldOut: boolean;
}

export interface KindSet {
  description: string;
  syntheticServices: number;
  gates: { minPrecisionAt1: number; gatedCategories: Category[]; reportedOnly: Category[] };
  cases: KindCase[];
}

/** What is judged of a hit. */
export interface JudgedHit {
  serviceId: string;
  synthetic: boolean;
  types: string[];
  publics: string[];
  places: string[];
  organisation: string;
  name: string;
}

export interface KindResult {
  id: string;
  category: Category;
  heldOut: boolean;
  query: string;
  at1: number;
  at5: number;
  /** The first distinct services, for the diagnosis. */
  top: JudgedHit[];
}

export interface Score {
  cases: number;
  at1: number;
  at5: number;
}

export interface KindRun {
  engine: string;
  results: KindResult[];
}

export function loadKindSet(path = USERS_SET_PATH): KindSet {
  const set = JSON.parse(readFileSync(path, 'utf8')) as KindSet;
  const ids = new Set<string>();
  for (const item of set.cases) {
    const valid =
      typeof item.query === 'string' &&
      CATEGORIES.includes(item.category) &&
      Array.isArray(item.expect) &&
      item.expect.length > 0 &&
      typeof item.why === 'string' &&
      item.why.length > 0 &&
      typeof item.heldOut === 'boolean';
    if (!valid || ids.has(item.id)) {
      throw new Error(`${path}: malformed or duplicate case ${JSON.stringify(item).slice(0, 200)}`);
    }
    ids.add(item.id);
  }
  return set;
}

const overlaps = (wanted: string[] | undefined, have: string[]) =>
  wanted === undefined || wanted.some((value) => have.includes(value));

/** Per kind (by position): the services of its types operating in its places, and near them. */
export type PlaceTruth = Map<number, { inPlace: Set<string>; near: Set<string> }>;

/**
 * Whether a hit is of one of the acceptable kinds. A kind's places hold when the hit's site lies in
 * one of them or the directory says the service operates there (`truth`, located in or serving);
 * its `orNear` bassins hold only when no service of its types operates in its places.
 */
export function isRight(hit: JudgedHit, kinds: readonly Kind[], truth: PlaceTruth = new Map()) {
  return kinds.some((kind, index) => {
    const known = truth.get(index);
    const inPlace =
      overlaps(kind.places, hit.places) || (known?.inPlace.has(hit.serviceId) ?? false);
    const near = known !== undefined && known.inPlace.size === 0 && known.near.has(hit.serviceId);
    return (
      overlaps(kind.types, hit.types) &&
      overlaps(kind.publics, hit.publics) &&
      (inPlace || near) &&
      (kind.organisation === undefined ||
        normaliseTerm(hit.organisation).includes(normaliseTerm(kind.organisation))) &&
      (kind.real === undefined || kind.real === !hit.synthetic)
    );
  });
}

/**
 * precision@1: the first service is right (1 or 0); precision@5: the share of right services among
 * the first five distinct ones (or fewer when fewer are found; 0 when none is).
 */
export function judgeKinds(
  item: KindCase,
  hits: readonly JudgedHit[],
  truth: PlaceTruth = new Map(),
): KindResult {
  const top = hits.slice(0, CUTOFF);
  const right = top.filter((hit) => isRight(hit, item.expect, truth)).length;
  return {
    id: item.id,
    category: item.category,
    heldOut: item.heldOut,
    query: item.query,
    at1: top[0] && isRight(top[0], item.expect, truth) ? 1 : 0,
    at5: top.length === 0 ? 0 : right / top.length,
    top,
  };
}

const QUERY = `
  query UsersRelevance($query: String!, $language: Language, $first: Int!) {
    searchServices(query: $query, language: $language, first: $first) {
      engine
      hits {
        synthetic
        service { id nameFr types { code } publics { code } organisation { nameFr nameNl } }
        site { commune { id } groupement { id } quartier { id } bassin { id } }
      }
    }
  }`;

interface Answer {
  data: {
    searchServices: {
      engine: string;
      hits: Array<{
        synthetic: boolean;
        service: {
          id: string;
          nameFr: string;
          types: Array<{ code: string }>;
          publics: Array<{ code: string }>;
          organisation: { nameFr: string | null; nameNl: string | null } | null;
        };
        site: Record<string, { id: string } | null> | null;
      }>;
    };
  };
}

const OPERATING = `query KindOperating($types: [String!], $territory: ID!) {
  services(filter: { types: $types, territory: $territory, mode: BOTH }, first: 500) {
    edges { node { id } }
  }
}`;

/** The services of these types the directory says operate in these territories (located or serving). */
async function operating(gatewayUrl: string, types: string[] | undefined, territories: string[]) {
  const ids = new Set<string>();
  for (const territory of territories) {
    const data = await postGraphql<{ services: { edges: Array<{ node: { id: string } }> } }>(
      gatewayUrl,
      OPERATING,
      { types: types ?? null, territory },
      `services of ${types?.join('+') ?? 'any type'} in ${territory}`,
    );
    data.services.edges.forEach((edge) => ids.add(edge.node.id));
  }
  return ids;
}

/** The ground truth of the kinds with places, from the directory's own `services` (not search). */
async function placeTruth(gatewayUrl: string, item: KindCase): Promise<PlaceTruth> {
  const truth: PlaceTruth = new Map();
  for (const [index, kind] of item.expect.entries()) {
    if (kind.places) {
      const inPlace = await operating(gatewayUrl, kind.types, kind.places);
      const near =
        inPlace.size === 0 && kind.orNear
          ? await operating(gatewayUrl, kind.types, kind.orNear)
          : new Set<string>();
      truth.set(index, { inPlace, near });
    }
  }
  return truth;
}

async function runKindCase(gatewayUrl: string, item: KindCase) {
  const data = await postGraphql<NonNullable<Answer['data']>>(
    gatewayUrl,
    QUERY,
    { query: item.query, language: item.language ?? null, first: PAGE },
    `case ${item.id}`,
  );
  const body = { data };
  const seen = new Set<string>();
  const hits: JudgedHit[] = [];
  for (const hit of body.data.searchServices.hits) {
    if (seen.has(hit.service.id)) {
      continue;
    }
    seen.add(hit.service.id);
    const organisation = hit.service.organisation;
    hits.push({
      serviceId: hit.service.id,
      synthetic: hit.synthetic,
      name: hit.service.nameFr,
      types: hit.service.types.map((type) => type.code),
      publics: hit.service.publics.map((item) => item.code),
      places: Object.values(hit.site ?? {}).flatMap((place) => (place ? [place.id] : [])),
      organisation: [organisation?.nameFr, organisation?.nameNl].filter(Boolean).join(' / '),
    });
  }
  return { engine: body.data.searchServices.engine, hits };
}

/** Every case, one at a time (the machine is shared). */
export async function runKindSet(gatewayUrl: string, set: KindSet): Promise<KindRun> {
  const results: KindResult[] = [];
  let engine = 'unknown';
  for (const item of set.cases) {
    const answer = await runKindCase(gatewayUrl, item);
    engine = answer.engine;
    results.push(judgeKinds(item, answer.hits, await placeTruth(gatewayUrl, item)));
  }
  return { engine, results };
}

export function score(results: readonly KindResult[]): Score {
  const cases = results.length;
  const mean = (pick: (result: KindResult) => number) =>
    cases === 0 ? 0 : results.reduce((sum, result) => sum + pick(result), 0) / cases;
  return { cases, at1: mean((result) => result.at1), at5: mean((result) => result.at5) };
}

/** Scores per category, for the gated categories together, and for the held-out cases. */
export function breakdown(run: KindRun, set: KindSet): Array<[string, Score]> {
  const gated = new Set<string>(set.gates.gatedCategories);
  return [
    ['all', score(run.results)],
    ...CATEGORIES.map((category): [string, Score] => [
      category,
      score(run.results.filter((result) => result.category === category)),
    ]),
    ['gated', score(run.results.filter((result) => gated.has(result.category)))],
    ['held-out, gated', score(run.results.filter((r) => r.heldOut && gated.has(r.category)))],
    ['held-out, all', score(run.results.filter((result) => result.heldOut))],
  ];
}

const describeHit = (hit: JudgedHit) =>
  `${hit.synthetic ? 'S' : 'R'} ${hit.types.join('+')} ${hit.places.find((id) => id.startsWith('commune:')) ?? '-'} “${hit.name.slice(0, 50)}”`;

/** The scores and every case whose first service is wrong, as plain text. */
export function formatKindRun(run: KindRun, set: KindSet): string {
  const lines = [`${run.engine}: users' set, ${run.results.length} cases`];
  for (const [name, value] of breakdown(run, set)) {
    lines.push(
      `  ${name.padEnd(18)} p@1 ${value.at1.toFixed(3)}  p@5 ${value.at5.toFixed(3)}  (${value.cases})`,
    );
  }
  for (const result of run.results.filter((item) => item.at1 < 1)) {
    lines.push(
      `  ✗ ${result.id}${result.heldOut ? ' (held out)' : ''} “${result.query}”: ${result.top[0] ? describeHit(result.top[0]) : 'nothing found'}`,
    );
  }
  return lines.join('\n');
}
