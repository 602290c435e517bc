import { GraphQLError, Kind, visit } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';

import { ErrorCode } from '../errors';
import type { Problem } from '../errors';
import { MAX_LIST_ITEMS } from '../text-limits';

/**
 * Text no service can store or compare: a NUL character (PostgreSQL refuses it in text and in its
 * wire protocol) or a lone UTF-16 surrogate (not a character at all; JSON can carry one as `\ud800`).
 */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) {
    return 'contains a NUL character';
  }
  if (!value.isWellFormed()) {
    return 'contains a lone surrogate (not valid Unicode)';
  }
  return null;
}

/**
 * Every string in the variables (at any depth) that textProblem refuses, and every list longer than
 * MAX_LIST_ITEMS, named by its path.
 */
export function variableTextProblems(value: unknown, path: string, problems: Problem[]): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) {
      problems.push({ field: path, message: problem });
    }
  } else if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) {
      problems.push({
        field: path,
        message: `at most ${MAX_LIST_ITEMS} items (${value.length} given)`,
      });
      return;
    }
    value.forEach((item, index) => variableTextProblems(item, `${path}[${index}]`, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      variableTextProblems(item, path ? `${path}.${key}` : key, problems);
    }
  }
}

function literalTextProblems(document: DocumentNode, problems: Problem[]): void {
  visit(document, {
    [Kind.LIST](node) {
      if (node.values.length > MAX_LIST_ITEMS) {
        problems.push({
          field: `line ${node.loc?.startToken.line ?? '?'}`,
          message: `a list of at most ${MAX_LIST_ITEMS} items (${node.values.length} given)`,
        });
      }
    },
    [Kind.STRING](node) {
      const problem = textProblem(node.value);
      if (problem) {
        problems.push({
          field: `line ${node.loc?.startToken.line ?? '?'}`,
          message: `a string ${problem}`,
        });
      }
    },
  });
}

/** A client error answered with HTTP 400 (Apollo reads `extensions.http` and drops it). */
export const requestError = (message: string, code: string, details: object = {}) =>
  new GraphQLError(message, { extensions: { ...details, code, http: { status: 400 } } });

/**
 * Refuses, before anything runs, what no resolver should ever see: text with NUL characters or lone
 * surrogates (in variables or in the document), an operation name the document does not define, and
 * subscriptions (no service has any). Each is a client error (HTTP 400) instead of an internal one
 * deep in a resolver, a database driver or the gateway's planner.
 */
export function inputGuardPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const problems: Problem[] = [];
          variableTextProblems(request.variables ?? {}, '', problems);
          literalTextProblems(document, problems);
          if (problems.length > 0) {
            throw requestError(
              `Invalid text in the request: ${problems.length} problem(s)`,
              ErrorCode.BAD_USER_INPUT,
              { problems },
            );
          }
          if (!operation) {
            throw requestError(
              request.operationName
                ? `Unknown operation named "${request.operationName}"`
                : 'Several operations: say which one with operationName',
              ErrorCode.BAD_USER_INPUT,
            );
          }
          if (operation.operation === 'subscription') {
            throw requestError('Subscriptions are not supported', ErrorCode.BAD_USER_INPUT);
          }
        },
      };
    },
  };
}
