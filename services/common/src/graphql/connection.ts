import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

import { BadUserInputError } from '../errors';

@ObjectType({ description: 'Relay page information.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `T`: `<Name>Connection` with `<Name>Edge`. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  class EdgeType {
    @Field({ description: 'Opaque cursor of this edge.' })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items, Relay style.` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page, in a stable order.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, over all pages.' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 500;

/** The cursor of the item at this position of a list (opaque to clients). */
export const offsetCursor = (offset: number): string =>
  Buffer.from(`offset:${offset}`).toString('base64url');

/** The position a cursor names, or null when it is not one of ours. */
export function cursorOffset(cursor: string): number | null {
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}

function decode(cursor: string): number {
  const offset = cursorOffset(cursor);
  if (offset === null) {
    throw new BadUserInputError('Invalid cursor', [
      { field: 'after', message: 'not a cursor of this list' },
    ]);
  }
  return offset;
}

/** Validates `first`/`after` and gives the offset and limit to query. */
export function pageWindow(
  first: number,
  after?: string | null,
): { offset: number; limit: number } {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE_SIZE}`, [
      { field: 'first', message: `between 1 and ${MAX_PAGE_SIZE}` },
    ]);
  }
  return { offset: after ? decode(after) + 1 : 0, limit: first };
}

/** Builds the connection from the window's items (already in their stable order) and the total. */
export function toConnection<T>(items: T[], offset: number, total: number): Connection<T> {
  const edges = items.map((node, index) => ({ cursor: offsetCursor(offset + index), node }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + items.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** `first` and `after`, for every list that is a Relay connection (extend it with the list's filters). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size (1–${MAX_PAGE_SIZE}).` })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the previous page.',
  })
  after?: string | null;
}

/**
 * The page `args` asks of a list of ids already in their stable order: its items loaded in one
 * batch (misses dropped), as a connection over the whole list.
 */
export async function connectionFromIds<T>(
  ids: readonly string[],
  args: PageArgs,
  load: (ids: string[]) => Promise<ReadonlyArray<T | null | Error>>,
): Promise<Connection<T>> {
  const window = pageWindow(args.first, args.after);
  const items = await load(ids.slice(window.offset, window.offset + window.limit));
  const found = items.filter((item): item is T => item !== null && !(item instanceof Error));
  return toConnection(found, window.offset, ids.length);
}
