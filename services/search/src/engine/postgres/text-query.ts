import type { QueryUnit } from './query-terms';
import type { SqlParams } from './sql-params';

const CONFIGS = ['search.fr', 'search.nl', 'search.plain'];

/** One alternative in every configuration: French and Dutch stems, and the words as written. */
function alternativeSql(alternative: string, params: SqlParams): string {
  const value = params.add(alternative);
  return CONFIGS.map((config) => `phraseto_tsquery('${config}', ${value}::text)`).join(' || ');
}

/** Any of these words or phrases, in every configuration (a tsquery). */
export function anyPhraseSql(alternatives: readonly string[], params: SqlParams): string {
  return alternatives.map((alternative) => `(${alternativeSql(alternative, params)})`).join(' || ');
}

function unitSql(unit: QueryUnit, params: SqlParams): string {
  const parts = unit.alternatives.length > 0 ? [anyPhraseSql(unit.alternatives, params)] : [];
  if (unit.prefix) {
    parts.push(`to_tsquery('search.plain', ${params.add(`${unit.prefix}:*`)}::text)`);
  }
  return `(${parts.join(' || ')})`;
}

/** A tsquery where every unit must match: SQL text with its parameters added. */
export function tsquerySql(units: readonly QueryUnit[], params: SqlParams): string {
  return units.map((unit) => unitSql(unit, params)).join(' && ');
}

/** Rank weights for D, C, B, A (description, places, organisation, name and type). */
export const RANK_WEIGHTS = `'{0.1, 0.3, 0.6, 1.0}'::float4[]`;

/** A score in [0, 1): cover density ranking, normalised by rank / (rank + 1). */
export const rankSql = (vector: string) => `ts_rank_cd(${RANK_WEIGHTS}, ${vector}, q.query, 32)`;
