import type { Task } from 'meilisearch';

import { SearchEngineUnavailableError } from '../search-engine';

/**
 * The client's errors are recognised by name rather than by class: the same test holds whichever
 * copy of the (ESM-only) client module is loaded, and the pure code needs no runtime import of it.
 */
const UNREACHABLE = new Set(['MeilisearchRequestError', 'MeilisearchRequestTimeOutError']);

/** Gateway answers in front of an engine that is down or restarting. */
const UNAVAILABLE_STATUSES = new Set([502, 503, 504]);

const nameOf = (error: unknown): string | undefined =>
  error instanceof Error ? error.name : undefined;

/**
 * True when the server could not be reached: the request failed (refused, reset, DNS, timeout) or a
 * proxy answered that the engine is unavailable. Real API errors (bad filter, unknown index…) are not.
 */
export function isUnreachable(error: unknown): boolean {
  const name = nameOf(error);
  if (name !== undefined && UNREACHABLE.has(name)) {
    return true;
  }
  if (name === 'MeilisearchApiError') {
    const status = (error as { response?: { status?: number } }).response?.status;
    return status !== undefined && UNAVAILABLE_STATUSES.has(status);
  }
  return false;
}

/** The Meilisearch error code of an API error (`index_not_found`…), if it is one. */
export function apiErrorCode(error: unknown): string | undefined {
  if (nameOf(error) !== 'MeilisearchApiError') {
    return undefined;
  }
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What callers see: SearchEngineUnavailableError when unreachable, the error itself otherwise. */
export function toEngineError(error: unknown): unknown {
  return isUnreachable(error) ? new SearchEngineUnavailableError('meilisearch', error) : error;
}

/** A Meilisearch task (a write) did not succeed. */
export class MeilisearchTaskError extends Error {
  /** The Meilisearch error code (`invalid_document_id`…), when the task reported one. */
  readonly code: string | undefined;

  constructor(
    readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'indexUid' | 'error'>,
    what: string,
  ) {
    const reason = task.error
      ? `${task.error.code}: ${task.error.message}`
      : `the task ended ${task.status}`;
    super(
      `Meilisearch could not ${what} (task ${task.uid}, ${task.type} on ${task.indexUid}): ${reason}`,
    );
    this.name = 'MeilisearchTaskError';
    this.code = task.error?.code;
  }
}

/** The task when it succeeded; throws MeilisearchTaskError otherwise (failed or canceled). */
export function succeeded<T extends Pick<Task, 'uid' | 'type' | 'status' | 'indexUid' | 'error'>>(
  task: T,
  what: string,
): T {
  if (task.status !== 'succeeded') {
    throw new MeilisearchTaskError(task, what);
  }
  return task;
}
