import { SearchEngineUnavailableError } from '../search-engine';
import {
  apiErrorCode,
  isUnreachable,
  MeilisearchTaskError,
  succeeded,
  toEngineError,
} from './meilisearch-errors';

/** Errors shaped as the client's (recognised by name: see meilisearch-errors). */
const clientError = (name: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(name), { name }, extra);

const requestError = clientError('MeilisearchRequestError', {
  cause: new TypeError('fetch failed'),
});
const timeoutError = clientError('MeilisearchRequestTimeOutError');
const apiError = (status: number, code?: string) =>
  clientError('MeilisearchApiError', {
    response: { status },
    cause: code ? { code, message: code, type: 'invalid_request', link: '' } : undefined,
  });

describe('isUnreachable', () => {
  it('recognises failed and timed-out requests and proxies answering the engine is down', () => {
    expect(isUnreachable(requestError)).toBe(true);
    expect(isUnreachable(timeoutError)).toBe(true);
    expect(isUnreachable(apiError(502))).toBe(true);
    expect(isUnreachable(apiError(503))).toBe(true);
  });

  it('keeps real API errors and anything else as errors', () => {
    expect(isUnreachable(apiError(400, 'invalid_search_filter'))).toBe(false);
    expect(isUnreachable(apiError(404, 'index_not_found'))).toBe(false);
    expect(isUnreachable(clientError('MeilisearchTaskTimeOutError'))).toBe(false);
    expect(isUnreachable(new Error('boom'))).toBe(false);
    expect(isUnreachable('MeilisearchRequestError')).toBe(false);
  });
});

describe('toEngineError', () => {
  it('turns an unreachable server into SearchEngineUnavailableError, keeping the cause', () => {
    const error = toEngineError(requestError);
    expect(error).toBeInstanceOf(SearchEngineUnavailableError);
    expect((error as Error).cause).toBe(requestError);
    expect((error as Error).message).toContain('meilisearch');
  });

  it('passes other errors through unchanged', () => {
    const error = apiError(400, 'invalid_search_filter');
    expect(toEngineError(error)).toBe(error);
  });
});

describe('apiErrorCode', () => {
  it('reads the code of API errors only', () => {
    expect(apiErrorCode(apiError(404, 'index_not_found'))).toBe('index_not_found');
    expect(apiErrorCode(apiError(500))).toBeUndefined();
    expect(apiErrorCode(requestError)).toBeUndefined();
  });
});

describe('succeeded', () => {
  const task = {
    uid: 42,
    type: 'documentAdditionOrUpdate' as const,
    indexUid: 'bxl_services',
    error: null,
  };

  it('returns a succeeded task', () => {
    const done = { ...task, status: 'succeeded' as const };
    expect(succeeded(done, 'index documents')).toBe(done);
  });

  it('throws loudly on a failed task, with its code and message', () => {
    const failed = {
      ...task,
      status: 'failed' as const,
      error: { code: 'invalid_document_id', message: 'bad id', type: 'invalid_request', link: '' },
    };
    expect(() => succeeded(failed, 'index documents')).toThrow(MeilisearchTaskError);
    expect(() => succeeded(failed, 'index documents')).toThrow(
      'Meilisearch could not index documents (task 42, documentAdditionOrUpdate on bxl_services): invalid_document_id: bad id',
    );
  });

  it('throws on a canceled task', () => {
    expect(() => succeeded({ ...task, status: 'canceled' as const }, 'empty')).toThrow(
      /the task ended canceled/,
    );
  });
});
