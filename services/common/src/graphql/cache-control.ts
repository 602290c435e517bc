/**
 * Cache hints. Each subgraph declares Apollo's `@cacheControl` directive and a default max-age for
 * its fields (how often its data changes); a field or type that changes at another pace says so
 * with `@Directive(cacheFor(…))`. The gateway keeps the most restrictive hint of the subgraphs it
 * asked (their Cache-Control headers), makes an answer for an identity private and a mutation
 * uncacheable, and sends Cache-Control (and an ETag on GET).
 */

/** Territory layers and taxonomies: they change about once a year. */
export const CACHE_DAY_S = 86_400;
/** Registry reads (services, organisations, sites, collaborations, search): editors write all day. */
export const CACHE_MINUTE_S = 60;

/** Apollo's directive, as each subgraph's SDL must define it to use it (Federation 2 does not compose it). */
export const CACHE_CONTROL_SDL = `enum CacheControlScope {
  PUBLIC
  PRIVATE
}

directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

/** The directive for type-graphql's `@Directive`: `@Directive(cacheFor(CACHE_DAY_S))`. */
export const cacheFor = (maxAge: number): string => `@cacheControl(maxAge: ${maxAge})`;
