import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

/** The error codes clients can rely on, as `extensions.code`. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** The operation ran out of time (a statement cancelled by the database, or the gateway's deadline). */
  TIMEOUT: 'TIMEOUT',
  /** The operation's estimated cost is over the limit (HTTP 400; Apollo Router's name for it). */
  COST_ESTIMATED_TOO_EXPENSIVE: 'COST_ESTIMATED_TOO_EXPENSIVE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one input: where (field or line) and what. */
export interface Problem {
  field?: string;
  line?: number;
  message: string;
}

/** Base of every error we throw on purpose; the code travels to the client unchanged. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, problems: Problem[] = []) {
    super(ErrorCode.BAD_USER_INPUT, message, problems.length > 0 ? { problems } : {});
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `${what} ${id} does not exist`, { id });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'This operation needs a valid bearer token') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message);
  }
}

export class TimeoutError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.TIMEOUT, message);
  }
}

/** Throws a BadUserInputError listing every problem, if there is any. */
export function assertNoProblems(message: string, problems: Problem[]): void {
  if (problems.length > 0) {
    throw new BadUserInputError(`${message}: ${problems.length} problem(s)`, problems);
  }
}

function findDomainError(error: unknown): DomainError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current != null; depth += 1) {
    if (current instanceof DomainError) {
      return current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** The SQLSTATE of a PostgreSQL error in the chain (pg's `code`, kept by MikroORM's exceptions). */
function findSqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current != null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
      return code;
    }
    const next = current as { originalError?: unknown; cause?: unknown };
    current = next.originalError ?? next.cause;
  }
  return undefined;
}

/**
 * What a PostgreSQL error says about the request, when it says something: a lost race (a unique key
 * taken meanwhile, a serialization failure, a deadlock) is a CONFLICT to retry; a data exception
 * (class 22: a value out of range, a malformed value) is the client's input; a statement cancelled
 * for running too long (57014, statement_timeout) is a TIMEOUT. Anything else is ours.
 */
export function domainErrorOfSqlState(state: string | undefined): DomainError | undefined {
  if (state === '57014') {
    return new TimeoutError(
      'The operation took too long: the database stopped it; ask less, or retry later',
    );
  }
  if (state === '23505' || state === '40001' || state === '40P01') {
    return new ConflictError('Another change was made at the same time; read again and retry');
  }
  if (state?.startsWith('22')) {
    return new BadUserInputError('A value in the request is out of range or malformed');
  }
  return undefined;
}

/**
 * The one place where errors become `extensions.code`: our DomainErrors keep their code and details,
 * GraphQL's own errors (validation, parsing) keep theirs, anything else is an internal error whose
 * message is hidden outside development.
 */
export function createErrorFormatter(options: {
  exposeInternal: boolean;
  /** Where internal errors are logged (with their stack): the client sees only a code. */
  logger?: { error: (details: object, message: string) => void };
}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const thrown = findDomainError(error);
    const state = thrown ? undefined : findSqlState(error);
    const domain = thrown ?? domainErrorOfSqlState(state);
    if (state && domain) {
      options.logger?.error({ err: error, path: formatted.path }, `database refused (${state})`);
    }
    if (domain) {
      return {
        ...formatted,
        message: domain.message,
        extensions: { ...domain.details, code: domain.code },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    // Apollo's own refusals of a request (a persisted-query hash that does not match, say) carry
    // an HTTP 4xx status but no code: the request is at fault.
    const status = (error as { extensions?: { http?: { status?: number } } } | null)?.extensions
      ?.http?.status;
    if (status !== undefined && status >= 400 && status < 500) {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
    }
    options.logger?.error({ err: error, path: formatted.path }, 'internal error');
    if (options.exposeInternal) {
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

export { GraphQLError };
