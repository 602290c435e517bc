import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation selects this path under the resolved field (`['hits', 'highlights']`),
 * through inline fragments and named fragments alike: what nobody asked for is not computed.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  const within = (set: SelectionSetNode | undefined, rest: readonly string[]): boolean => {
    if (rest.length === 0) {
      return true;
    }
    return (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') {
        return selection.name.value === rest[0] && within(selection.selectionSet, rest.slice(1));
      }
      if (selection.kind === 'InlineFragment') {
        return within(selection.selectionSet, rest);
      }
      return within(info.fragments[selection.name.value]?.selectionSet, rest);
    });
  };
  return info.fieldNodes.some((node) => within(node.selectionSet, path));
}
