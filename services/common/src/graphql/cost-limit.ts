import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

import { ErrorCode } from '../errors';
import { requestError } from './input-guard';
import { operationCost } from './operation-cost';
import type { CostOptions } from './operation-cost';

/**
 * Refuses, before it is planned or run, an operation whose estimated cost (operationCost: list sizes
 * from the arguments and variables multiply what lies under them) is over `maxCost`: HTTP 400,
 * COST_ESTIMATED_TOO_EXPENSIVE, with the cost and the limit. Variables are only known here, after
 * validation, which is why this is a plugin and not a validation rule.
 */
export function costLimitPlugin<C extends BaseContext>(
  options: CostOptions,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) {
            return;
          }
          const cost = operationCost(schema, document, operation, request.variables ?? {}, options);
          if (cost > options.maxCost) {
            throw requestError(
              `Operation too expensive: its estimated cost is ${Math.ceil(cost)}, the limit ${options.maxCost} (ask smaller pages, fewer nested lists)`,
              ErrorCode.COST_ESTIMATED_TOO_EXPENSIVE,
              { cost: Math.ceil(cost), maxCost: options.maxCost },
            );
          }
        },
      };
    },
  };
}
