import type { CostOptions } from '@bxl/common';

/**
 * What the gateway counts an operation's cost with (operationCost in services/common): a list
 * without a size argument counts `defaultListSize` items unless its length is known here.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.quartiers': 145,
  'Query.communes': 19,
  'Query.bassins': 5,
  'Query.groupements': 100,
  // A territory's smaller territories (a commune's sectors: up to a hundred or so).
  contains: 50,
  within: 6,
};

/** Fields doing a whole registry's work: each costs half the limit, so one operation holds two at most. */
const HEAVY_FIELDS = [
  'Query.exportRegistry',
  'Mutation.importRegistry',
  'Mutation.importGroupements',
  'Mutation.reindexSearch',
  'Mutation.refreshSiteTerritories',
];

export const DEFAULT_LIST_SIZE = 10;

export const costOptions = (maxCost: number): CostOptions => ({
  maxCost,
  defaultListSize: DEFAULT_LIST_SIZE,
  listSizes: LIST_SIZES,
  fieldCosts: Object.fromEntries(HEAVY_FIELDS.map((field) => [field, Math.ceil(maxCost / 2)])),
});
