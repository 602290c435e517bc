/**
 * Who grants an agrément (official recognition and funding) in Brussels: the codes every subgraph
 * uses (actors stores them, search filters and counts by them).
 */
export const AGREMENT_AUTHORITIES = [
  'COCOF',
  'COCOM',
  'VGC',
  'FLEMISH_COMMUNITY',
  'FEDERAL',
  'CPAS_LAW',
  'OTHER',
] as const;

export type AgrementAuthorityCode = (typeof AGREMENT_AUTHORITIES)[number];
