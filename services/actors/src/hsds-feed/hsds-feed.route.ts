import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { CACHE_DAY_S, CACHE_MINUTE_S, endWithEtag } from '@bxl/common';
import type { Database, HttpRoute, Logger } from '@bxl/common';

import { HSDS_TAXONOMY_OBJECTS } from '../interchange/hsds/hsds.mapping';
import { HSDS_PROFILE_URI, HSDS_VERSION } from '../interchange/hsds/hsds.types';
import type { TerritoryClient } from '../territory/territory.client';
import { FeedParamsError, parseFeedParams } from './hsds-feed.params';
import type { FeedParams } from './hsds-feed.params';
import { HsdsFeedRepository } from './hsds-feed.repository';

/** The OpenAPI file the feed follows: HSDS 3.0's own (our profile adds fields, no endpoint). */
export const HSDS_OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json';

/** A page as the HSDS API wraps lists (`Page` in its OpenAPI file). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  /** The number of items in this page. */
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function pageOf<T>(items: T[], total: number, params: FeedParams): HsdsPage<T> {
  const totalPages = Math.ceil(total / params.perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: params.page,
    size: items.length,
    first_page: params.page === 1,
    last_page: params.page >= totalPages,
    empty: items.length === 0,
    contents: items,
  };
}

class NotFound extends Error {}

function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  maxAge = 0,
): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', maxAge > 0 ? `public, max-age=${maxAge}` : 'no-store');
  endWithEtag(req, res, JSON.stringify(body));
}

/** NDJSON text, written as the chunks come (backpressure respected). */
async function sendNdjsonText(res: ServerResponse, chunks: AsyncIterable<string>): Promise<void> {
  res.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'cache-control': `public, max-age=${CACHE_MINUTE_S}`,
  });
  for await (const chunk of chunks) {
    if (res.destroyed) {
      return;
    }
    if (!res.write(chunk)) {
      await once(res, 'drain');
    }
  }
  res.end();
}

async function* asLines<T>(batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  for await (const batch of batches) {
    yield batch.map((item) => `${JSON.stringify(item)}\n`).join('');
  }
}

/** Every item, one JSON object a line, written as the batches come. */
const sendNdjson = <T>(res: ServerResponse, batches: AsyncIterable<T[]>) =>
  sendNdjsonText(res, asLines(batches));

/** In-memory lists (taxonomies): those whose name has the words searched. */
function searched<T extends { name: string }>(items: readonly T[], params: FeedParams): T[] {
  const words = params.search?.toLowerCase();
  return words ? items.filter((item) => item.name.toLowerCase().includes(words)) : [...items];
}

function listPage<T>(found: T[], params: FeedParams): HsdsPage<T> {
  const start = (params.page - 1) * params.perPage;
  return pageOf(found.slice(start, start + params.perPage), found.length, params);
}

/**
 * The Open Referral HSDS 3.0 feed at `/hsds` (served by actors, passed through by the gateway):
 * `GET /hsds/` (version, profile, openapi_url), `/services`, `/services/{id}`,
 * `/service_at_locations` (`postcode`, `proximity`), `/organizations`, `/taxonomies`,
 * `/taxonomy_terms` (and each `/{id}`); lists paged with `page`/`per_page` or streamed whole with
 * `format=ndjson`; `/hsds/export` streams the whole registry as exportRegistry's HSDS NDJSON. Bad
 * parameters: 400 with a JSON error naming them.
 */
export function hsdsFeedRoute(
  db: Database,
  territories: TerritoryClient,
  logger: Logger,
): HttpRoute {
  return {
    path: '/hsds',
    prefix: true,
    handle: async (req, res, url) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        sendJson(req, res, 405, { status: 405, message: 'The HSDS feed is read-only: GET' });
        return;
      }
      try {
        await answer(req, res, url, new HsdsFeedRepository(db.em.fork(), territories));
      } catch (error) {
        if (res.headersSent) {
          logger.error({ err: error }, 'HSDS stream failed');
          res.destroy();
        } else if (error instanceof FeedParamsError) {
          sendJson(req, res, 400, {
            status: 400,
            code: error.code,
            message: error.message,
            problems: error.problems,
          });
        } else if (error instanceof NotFound) {
          sendJson(req, res, 404, { status: 404, code: 'NOT_FOUND', message: error.message });
        } else {
          logger.error({ err: error }, 'HSDS request failed');
          sendJson(req, res, 500, { status: 500, message: 'Internal server error' });
        }
      }
    },
  };
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  repository: HsdsFeedRepository,
): Promise<void> {
  const [, , collection = '', rawId, ...rest] = url.pathname.split('/');
  const id = rawId || undefined;
  if (rest.length > 0) {
    throw new NotFound(`No such HSDS endpoint: ${url.pathname}`);
  }
  if (collection === '') {
    sendJson(
      req,
      res,
      200,
      { version: HSDS_VERSION, profile: HSDS_PROFILE_URI, openapi_url: HSDS_OPENAPI_URL },
      CACHE_DAY_S,
    );
    return;
  }
  const params = parseFeedParams(url);
  const one = async <T>(found: Promise<T | null | undefined>, maxAge = CACHE_MINUTE_S) => {
    const item = await found;
    if (!item) {
      throw new NotFound(`No ${collection.replace(/s$/, '')} with id ${id}`);
    }
    sendJson(req, res, 200, item, maxAge);
  };
  const page = <T>(found: { total: number; items: T[] }, maxAge = CACHE_MINUTE_S) =>
    sendJson(req, res, 200, pageOf(found.items, found.total, params), maxAge);
  switch (collection) {
    case 'services':
      if (id) {
        return one(repository.serviceById(id));
      }
      return params.ndjson
        ? sendNdjson(res, repository.allServices(params))
        : page(await repository.servicesPage(params));
    case 'service_at_locations':
      if (id) {
        return one(repository.serviceAtLocationById(id));
      }
      return params.ndjson
        ? sendNdjson(res, repository.allServiceAtLocations(params))
        : page(await repository.serviceAtLocationsPage(params));
    case 'organizations':
      if (id) {
        return one(repository.organizationById(id));
      }
      return params.ndjson
        ? sendNdjson(res, repository.allOrganizations(params))
        : page(await repository.organizationsPage(params));
    case 'taxonomies': {
      if (id) {
        return one(
          Promise.resolve(HSDS_TAXONOMY_OBJECTS.find((taxonomy) => taxonomy.id === id)),
          CACHE_DAY_S,
        );
      }
      const found = searched(HSDS_TAXONOMY_OBJECTS, params);
      return params.ndjson
        ? sendNdjson(res, single(found))
        : sendJson(req, res, 200, listPage(found, params), CACHE_DAY_S);
    }
    case 'taxonomy_terms': {
      const terms = await repository.taxonomyTerms();
      if (id) {
        return one(Promise.resolve(terms.find((term) => term.id === id)), CACHE_DAY_S);
      }
      // Our terms are all top-level: `top_only` keeps them all, a `parent_id` none.
      const found = searched(terms, params).filter(
        (term) =>
          (!params.taxonomyId || term.taxonomy_id === params.taxonomyId) && !params.parentId,
      );
      return params.ndjson
        ? sendNdjson(res, single(found))
        : sendJson(req, res, 200, listPage(found, params), CACHE_DAY_S);
    }
    case 'export':
      // Not an HSDS endpoint: the whole registry as exportRegistry(format: HSDS_NDJSON) writes it.
      if (id) {
        throw new NotFound(`No such HSDS endpoint: ${url.pathname}`);
      }
      return sendNdjsonText(res, repository.registryNdjson());
    default:
      throw new NotFound(`No such HSDS endpoint: ${url.pathname}`);
  }
}

async function* single<T>(items: T[]): AsyncGenerator<T[]> {
  yield items;
}
