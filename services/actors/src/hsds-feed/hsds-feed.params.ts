import { z } from 'zod';

import { ErrorCode } from '@bxl/common';
import type { Problem } from '@bxl/common';

/** Pages are this long unless `per_page` says otherwise, and never longer than the maximum. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 500;
/** `proximity` in metres at most (the Region is about 20 km across). */
export const MAX_PROXIMITY_M = 50_000;

/** A feed request's parameters, checked (Open Referral's names, ours in camelCase). */
export interface FeedParams {
  page: number;
  perPage: number;
  /** `format=ndjson`: every result, one per line, streamed without pages. */
  ndjson: boolean;
  search?: string;
  taxonomyTermId?: string;
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
  postcode?: string;
  proximity?: number;
  /** Taxonomy terms under this one (ours have no parents: none). */
  parentId?: string;
}

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const shape = z
  .object({
    page: integer(1, 1_000_000).default(1),
    per_page: integer(1, MAX_PER_PAGE).default(DEFAULT_PER_PAGE),
    format: z.enum(['json', 'ndjson']).default('json'),
    search: z.string().trim().max(500).optional(),
    taxonomy_term_id: z.uuid().optional(),
    taxonomy_id: z.uuid().optional(),
    organization_id: z.uuid().optional(),
    parent_id: z.uuid().optional(),
    modified_after: z
      .string()
      .refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date or date-time')
      .transform((value) => new Date(value))
      .optional(),
    postcode: z
      .string()
      .regex(/^\d{4}$/, 'must be a Belgian postcode (4 digits)')
      .optional(),
    proximity: z
      .string()
      .regex(/^\d+(\.\d+)?$/, 'must be a distance in metres')
      .transform(Number)
      .pipe(z.number().positive().max(MAX_PROXIMITY_M))
      .optional(),
  })
  .refine((params) => params.proximity === undefined || params.postcode !== undefined, {
    message: 'needs a postcode (the distance is measured from its centroid)',
    path: ['proximity'],
  });

/** What the feed answers to bad parameters (HTTP 400), with each problem named by parameter. */
export class FeedParamsError extends Error {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(readonly problems: Problem[]) {
    super(`Invalid parameters: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
}

/** The parameters of a feed request (a repeated or empty parameter counts as given once/absent). */
export function parseFeedParams(url: URL): FeedParams {
  const raw = Object.fromEntries(
    [...url.searchParams.keys()]
      .map((key) => [key, url.searchParams.get(key) ?? ''] as const)
      .filter(([, value]) => value !== ''),
  );
  const result = shape.safeParse(raw);
  if (!result.success) {
    throw new FeedParamsError(
      result.error.issues.map((issue) => ({
        field: String(issue.path[0] ?? ''),
        message: issue.message,
      })),
    );
  }
  const params = result.data;
  return {
    page: params.page,
    perPage: params.per_page,
    ndjson: params.format === 'ndjson',
    search: params.search || undefined,
    taxonomyTermId: params.taxonomy_term_id,
    taxonomyId: params.taxonomy_id,
    organizationId: params.organization_id,
    modifiedAfter: params.modified_after,
    postcode: params.postcode,
    proximity: params.proximity,
    parentId: params.parent_id,
  };
}
