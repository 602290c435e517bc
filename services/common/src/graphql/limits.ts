import { GraphQLError, Kind } from 'graphql';
import type {
  ASTVisitor,
  FragmentDefinitionNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** Limits on what one operation may ask, enforced at the gateway (REFERENCES.md, GraphQL hardening). */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string>,
): number {
  if (!selectionSet) {
    return 0;
  }
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) {
        continue;
      }
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visited));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visited));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (fragment && !visited.has(name)) {
        deepest = Math.max(
          deepest,
          depthOf(fragment.selectionSet, fragments, new Set([...visited, name])),
        );
      }
    }
  }
  return deepest;
}

/** Rejects operations nested deeper than `maxDepth` fields. */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments[definition.name.value] = definition;
      }
    }
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Operation is ${depth} levels deep; the limit is ${maxDepth}`, {
              nodes: [node],
            }),
          );
        }
      },
    };
  };
}

/** Rejects documents with more than `maxAliases` aliases (alias batching multiplies work). */
export function aliasLimitRule(maxAliases: number) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) {
          aliases += 1;
        }
      },
      Document: {
        leave(node) {
          if (aliases > maxAliases) {
            context.reportError(
              new GraphQLError(`Operation uses ${aliases} aliases; the limit is ${maxAliases}`, {
                nodes: [node],
              }),
            );
          }
        },
      },
    };
  };
}

export function operationLimitRules(limits: OperationLimits) {
  return [depthLimitRule(limits.maxDepth), aliasLimitRule(limits.maxAliases)];
}
