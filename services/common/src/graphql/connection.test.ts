import { BadUserInputError } from '../errors';
import { MAX_PAGE_SIZE, pageWindow, toConnection } from './connection';

function badInput(run: () => unknown): BadUserInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected a BadUserInputError');
}

const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

describe('pageWindow', () => {
  it('starts at offset 0 without a cursor', () => {
    expect(pageWindow(10)).toEqual({ offset: 0, limit: 10 });
    expect(pageWindow(10, null)).toEqual({ offset: 0, limit: 10 });
    expect(pageWindow(10, undefined)).toEqual({ offset: 0, limit: 10 });
  });

  it('accepts first from 1 to MAX_PAGE_SIZE', () => {
    expect(pageWindow(1).limit).toBe(1);
    expect(pageWindow(MAX_PAGE_SIZE).limit).toBe(MAX_PAGE_SIZE);
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects first = %p as BAD_USER_INPUT on the field first',
    (first) => {
      const error = badInput(() => pageWindow(first));
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(error.details).toEqual({
        problems: [{ field: 'first', message: `between 1 and ${MAX_PAGE_SIZE}` }],
      });
    },
  );

  it.each([
    ['random text', 'not-a-cursor'],
    ['another prefix', cursorOf('page:3')],
    ['a negative offset', cursorOf('offset:-1')],
    ['a non-numeric offset', cursorOf('offset:three')],
    ['an empty offset', cursorOf('offset:')],
  ])('rejects a cursor with %s as BAD_USER_INPUT on the field after', (_label, after) => {
    const error = badInput(() => pageWindow(10, after));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({
      problems: [{ field: 'after', message: 'not a cursor of this list' }],
    });
  });

  it('checks first before the cursor', () => {
    expect(badInput(() => pageWindow(0, 'not-a-cursor')).details).toMatchObject({
      problems: [{ field: 'first' }],
    });
  });
});

describe('toConnection', () => {
  it('wraps every item in an edge, in order, with the total count', () => {
    const connection = toConnection(['a', 'b', 'c'], 0, 10);
    expect(connection.edges.map((edge) => edge.node)).toEqual(['a', 'b', 'c']);
    expect(connection.totalCount).toBe(10);
  });

  it('gives cursors that continue right after their item', () => {
    const offset = 20;
    const connection = toConnection(['u', 'v', 'w'], offset, 100);
    connection.edges.forEach((edge, index) => {
      expect(pageWindow(5, edge.cursor)).toEqual({ offset: offset + index + 1, limit: 5 });
    });
    expect(new Set(connection.edges.map((edge) => edge.cursor)).size).toBe(3);
  });

  it('sets start and end cursors to those of the first and last edges', () => {
    const connection = toConnection(['a', 'b', 'c'], 4, 10);
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor);
    expect(connection.pageInfo.endCursor).toBe(connection.edges[2]?.cursor);
    expect(pageWindow(3, connection.pageInfo.endCursor).offset).toBe(7);
  });

  it('has a next page only while items remain, a previous one past the start', () => {
    expect(toConnection(['a', 'b'], 0, 5).pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
    });
    expect(toConnection(['c', 'd'], 2, 5).pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: true,
    });
    expect(toConnection(['e'], 4, 5).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
    expect(toConnection(['a', 'b', 'c', 'd', 'e'], 0, 5).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: false,
    });
  });

  it('gives an empty page no cursors', () => {
    expect(toConnection([], 0, 0)).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('walks a whole list page by page through endCursor', () => {
    const list = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'];
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const window: { offset: number; limit: number } = pageWindow(3, after);
      const page = toConnection(
        list.slice(window.offset, window.offset + window.limit),
        window.offset,
        list.length,
      );
      pages += 1;
      seen.push(...page.edges.map((edge) => edge.node));
      expect(page.pageInfo.hasPreviousPage).toBe(pages > 1);
      if (!page.pageInfo.hasNextPage) {
        break;
      }
      after = page.pageInfo.endCursor;
      if (pages > list.length) {
        throw new Error('paging does not end');
      }
    }
    expect(seen).toEqual(list);
    expect(pages).toBe(3);
  });
});
