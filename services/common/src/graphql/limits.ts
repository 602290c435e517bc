import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
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
  /** Lexical tokens per document (graphql-js stops parsing past it). */
  maxTokens: number;
  /** Directives per operation, fragments counted where spread (graphql-armor's max-directives). */
  maxDirectives: number;
  /** Estimated cost per operation (operationCost; checked by costLimitPlugin, once variables are known). */
  maxCost: number;
}

/**
 * Measures selection depth, each fragment once: a fragment's depth does not depend on where it is
 * spread, so it is memoised (without that, fragments spread twice each take exponential time). A
 * fragment cycle counts as 0 (graphql's own NoFragmentCycles rule rejects the document anyway).
 */
function depthMeter(fragments: Record<string, FragmentDefinitionNode>) {
  const known = new Map<string, number>();
  const measuring = new Set<string>();
  const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.name.value.startsWith('__')) {
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
    }
    return deepest;
  };
  const fragmentDepth = (name: string): number => {
    const fragment = fragments[name];
    if (!fragment || measuring.has(name)) {
      return 0;
    }
    if (!known.has(name)) {
      measuring.add(name);
      known.set(name, depthOf(fragment.selectionSet));
      measuring.delete(name);
    }
    return known.get(name) as number;
  };
  return depthOf;
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
    const depthOf = depthMeter(fragments);
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet);
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

/**
 * Rejects operations with more than `maxDirectives` directives (graphql-armor's rule, reporting
 * instead of throwing, without its misleading "Syntax Error:" prefix).
 */
export function directiveLimitRule(maxDirectives: number) {
  return (context: ValidationContext): ASTVisitor =>
    maxDirectivesRule({
      n: maxDirectives,
      propagateOnRejection: false,
      onReject: [
        (_context, error) =>
          context.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''))),
      ],
    })(context);
}

/**
 * The validation rules of the limits: depth and aliases (ours: each fragment measured once, where
 * graphql-armor's rules walk a fragment again at every spread) and directives (graphql-armor's).
 */
export function operationLimitRules(
  limits: Pick<OperationLimits, 'maxDepth' | 'maxAliases' | 'maxDirectives'>,
) {
  return [
    depthLimitRule(limits.maxDepth),
    aliasLimitRule(limits.maxAliases),
    directiveLimitRule(limits.maxDirectives),
  ];
}
