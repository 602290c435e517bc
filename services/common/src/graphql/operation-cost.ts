import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
} from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';

/**
 * How an operation's cost is counted: every field costs 1 (or its own cost) for each item it may
 * return, so list sizes multiply everything under them. A list's size is its `first`/`last`/
 * `per_page`/`limit` argument (from the document, the variables, or the schema's default), else the
 * length of its `ids`/`points` argument, else the page size of the connection it lies in (a
 * connection's size counts for its `edges`, not for its `totalCount` or facets), else `listSizes`
 * for `Type.field` or `field`, else `defaultListSize`.
 */
export interface CostOptions {
  maxCost: number;
  defaultListSize: number;
  /** Known list lengths by `Type.field` or by field name (145 quartiers…). */
  listSizes?: Readonly<Record<string, number>>;
  /** Fields dearer than 1 by `Type.field` (a whole export…). */
  fieldCosts?: Readonly<Record<string, number>>;
}

const SIZE_ARGUMENTS = ['first', 'last', 'per_page', 'limit'];
/** Arguments listing what a list field answers, one item each. */
const LIST_ARGUMENTS = ['ids', 'points'];
/** The cost of one operation, as CostOptions says; introspection (`__schema`, `__type`) is free. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
  options: CostOptions,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const fragmentCosts = new Map<string, number>();

  const sizeArgument = (args: Record<string, unknown>): number | undefined => {
    for (const name of SIZE_ARGUMENTS) {
      const value = args[name];
      if (typeof value === 'number') {
        return Math.max(0, value);
      }
    }
    return undefined;
  };

  /**
   * How many items a list field answers: its own size, its ids, else the page of the connection it
   * lies in (`page`: a connection's `edges`, a search result's `hits`), else its known length.
   */
  const listLength = (
    parent: GraphQLCompositeType,
    field: GraphQLField<unknown, unknown>,
    args: Record<string, unknown>,
    page: number | undefined,
  ): number => {
    const size = sizeArgument(args);
    if (size !== undefined) {
      return size;
    }
    for (const name of LIST_ARGUMENTS) {
      const list = args[name];
      if (Array.isArray(list)) {
        return list.length;
      }
    }
    return (
      page ??
      options.listSizes?.[`${parent.name}.${field.name}`] ??
      options.listSizes?.[field.name] ??
      options.defaultListSize
    );
  };

  /** `page`: the page size of the connection this selection set is on, for its lists. */
  const costOf = (
    type: GraphQLCompositeType,
    selectionSet: SelectionSetNode,
    page?: number,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) {
          continue;
        }
        const field = type.getFields()[name];
        if (!field) {
          continue;
        }
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, selection, variables as Record<string, unknown>);
        } catch {
          // A value the operation will be refused for anyway: counted as absent.
        }
        const own = options.fieldCosts?.[`${type.name}.${name}`] ?? 1;
        const returned = getNamedType(field.type);
        const isList = isListType(getNullableType(field.type));
        // A connection (an object with a page size) passes its size to its lists, not to its
        // counts and facets.
        const below =
          selection.selectionSet && isCompositeType(returned)
            ? costOf(returned, selection.selectionSet, isList ? undefined : sizeArgument(args))
            : 0;
        const items = isList ? listLength(type, field, args, page) : 1;
        total += items * (own + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        if (condition && isCompositeType(condition)) {
          total += costOf(condition, selection.selectionSet, page);
        }
      } else {
        total += fragmentCost(selection.name.value, page);
      }
    }
    return total;
  };

  // A fragment costs the same wherever it is spread (on a page of the same size): counted once
  // (spreading fragments in fragments must not take exponential time). A cycle counts 0
  // (graphql's validation refuses it anyway).
  const fragmentCost = (name: string, page: number | undefined): number => {
    const key = `${name}:${page ?? ''}`;
    const known = fragmentCosts.get(key);
    if (known !== undefined) {
      return known;
    }
    fragmentCosts.set(key, 0);
    const fragment = fragments.get(name);
    const condition = fragment && schema.getType(fragment.typeCondition.name.value);
    const cost =
      fragment && condition && isCompositeType(condition)
        ? costOf(condition, fragment.selectionSet, page)
        : 0;
    fragmentCosts.set(key, cost);
    return cost;
  };

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? costOf(root, operation.selectionSet) : 0;
}
