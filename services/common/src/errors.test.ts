import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

import {
  assertNoProblems,
  BadUserInputError,
  ConflictError,
  createErrorFormatter,
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthenticatedError,
} from './errors';

/** What a GraphQL server hands the formatter for an error raised in a resolver. */
function asFormatted(error: GraphQLError, code?: string): GraphQLFormattedError {
  const formatted = error.toJSON();
  return code === undefined
    ? formatted
    : { ...formatted, extensions: { ...formatted.extensions, code, stacktrace: ['at resolver'] } };
}

function resolverError(originalError: Error): GraphQLError {
  return new GraphQLError(originalError.message, {
    path: ['commune', 'name'],
    originalError,
  });
}

const hidden = createErrorFormatter({ exposeInternal: false });
const exposed = createErrorFormatter({ exposeInternal: true });

describe('DomainError subclasses', () => {
  it.each([
    [new BadUserInputError('bad'), ErrorCode.BAD_USER_INPUT, 'BadUserInputError'],
    [new NotFoundError('Commune', 'c1'), ErrorCode.NOT_FOUND, 'NotFoundError'],
    [new UnauthenticatedError(), ErrorCode.UNAUTHENTICATED, 'UnauthenticatedError'],
    [new ForbiddenError('no'), ErrorCode.FORBIDDEN, 'ForbiddenError'],
    [new ConflictError('taken'), ErrorCode.CONFLICT, 'ConflictError'],
    [new ServiceUnavailableError('down'), ErrorCode.SERVICE_UNAVAILABLE, 'ServiceUnavailableError'],
  ])('%s has its code and class name', (error, code, name) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
  });
});

describe('createErrorFormatter', () => {
  it('gives a DomainError its code, message and details', () => {
    const error = new NotFoundError('Commune', 'c1');
    const formatted = hidden({ message: 'whatever', path: ['commune'] }, error);
    expect(formatted).toEqual({
      message: 'Commune c1 does not exist',
      path: ['commune'],
      extensions: { id: 'c1', code: 'NOT_FOUND' },
    });
  });

  it('keeps the problems of a BadUserInputError', () => {
    const problems = [{ field: 'code', message: 'too long' }];
    const error = new BadUserInputError('Invalid input', problems);
    const formatted = hidden({ message: 'Invalid input' }, error);
    expect(formatted.extensions).toEqual({ problems, code: 'BAD_USER_INPUT' });
  });

  it('lets the domain code win over the details', () => {
    const error = new ConflictError('taken', { code: 'SOMETHING_ELSE', id: 'x' });
    expect(hidden({ message: 'taken' }, error).extensions).toEqual({ id: 'x', code: 'CONFLICT' });
  });

  it('logs an unexpected error with its stack (the client sees only the code), not a domain error', () => {
    const logged: Array<[object, string]> = [];
    const format = createErrorFormatter({
      exposeInternal: false,
      logger: { error: (details, message) => logged.push([details, message]) },
    });
    const bug = resolverError(new TypeError('x is undefined'));
    expect(format(asFormatted(bug, 'INTERNAL_SERVER_ERROR'), bug).message).toBe(
      'Internal server error',
    );
    format({ message: 'no' }, new NotFoundError('Commune', 'c1'));
    expect(logged).toEqual([[{ err: bug, path: ['commune', 'name'] }, 'internal error']]);
  });

  it('finds a DomainError wrapped as the originalError of a GraphQLError', () => {
    const wrapped = resolverError(new ForbiddenError('This operation needs the admin role'));
    const formatted = hidden(asFormatted(wrapped, 'INTERNAL_SERVER_ERROR'), wrapped);
    expect(formatted.message).toBe('This operation needs the admin role');
    expect(formatted.path).toEqual(['commune', 'name']);
    expect(formatted.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('finds a DomainError wrapped twice', () => {
    const inner = resolverError(new NotFoundError('Sector', 's9'));
    const outer = new GraphQLError('outer', { originalError: inner });
    expect(hidden(asFormatted(outer, 'INTERNAL_SERVER_ERROR'), outer).extensions).toEqual({
      id: 's9',
      code: 'NOT_FOUND',
    });
  });

  it('hides the message and details of an unknown error when exposeInternal is false', () => {
    const wrapped = resolverError(new Error('password authentication failed for user "app"'));
    const formatted = hidden(asFormatted(wrapped, 'INTERNAL_SERVER_ERROR'), wrapped);
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['commune', 'name'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(formatted)).not.toContain('password');
  });

  it('keeps the message of an unknown error when exposeInternal is true', () => {
    const wrapped = resolverError(new TypeError('x is undefined'));
    const formatted = exposed(asFormatted(wrapped, 'INTERNAL_SERVER_ERROR'), wrapped);
    expect(formatted.message).toBe('x is undefined');
    expect(formatted.path).toEqual(['commune', 'name']);
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('gives an unknown error without any code the INTERNAL_SERVER_ERROR code', () => {
    const wrapped = resolverError(new RangeError('boom'));
    const formatted = asFormatted(wrapped);
    expect(formatted.extensions).toBeUndefined();
    expect(hidden(formatted, wrapped)).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(exposed(formatted, wrapped)).toMatchObject({
      message: 'boom',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('hides a thrown non-Error value too', () => {
    const formatted = hidden({ message: 'secret string' }, 'secret string');
    expect(formatted).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it.each([hidden, exposed])('returns a validation error with its own code unchanged', (format) => {
    const error = new GraphQLError('Cannot query field "nme" on type "Commune".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted: GraphQLFormattedError = {
      message: error.message,
      locations: [{ line: 1, column: 12 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(format(formatted, error)).toEqual(formatted);
  });

  it('returns any other code given by a GraphQLError unchanged, with its message', () => {
    const error = new GraphQLError('PersistedQueryNotFound', {
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    expect(hidden(error.toJSON(), error)).toEqual({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
  });
});

describe('assertNoProblems', () => {
  it('does nothing without problems', () => {
    expect(() => assertNoProblems('Invalid import', [])).not.toThrow();
  });

  it('throws a BadUserInputError that lists every problem', () => {
    const problems = [
      { line: 3, message: 'unknown commune' },
      { field: 'code', message: 'required' },
    ];
    let caught: unknown;
    try {
      assertNoProblems('Invalid import', problems);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(BadUserInputError);
    const error = caught as BadUserInputError;
    expect(error.message).toBe('Invalid import: 2 problem(s)');
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ problems });
  });
});
