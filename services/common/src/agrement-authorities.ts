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

/** Each authority's name in French and Dutch, for portals (facet labels). */
export const AGREMENT_AUTHORITY_LABELS: Readonly<
  Record<AgrementAuthorityCode, { fr: string; nl: string }>
> = {
  COCOF: {
    fr: 'Commission communautaire française (COCOF)',
    nl: 'Franse Gemeenschapscommissie (COCOF)',
  },
  COCOM: {
    fr: 'Commission communautaire commune (COCOM)',
    nl: 'Gemeenschappelijke Gemeenschapscommissie (GGC)',
  },
  VGC: { fr: 'Commission communautaire flamande (VGC)', nl: 'Vlaamse Gemeenschapscommissie (VGC)' },
  FLEMISH_COMMUNITY: { fr: 'Communauté flamande', nl: 'Vlaamse Gemeenschap' },
  FEDERAL: { fr: 'État fédéral', nl: 'Federale overheid' },
  CPAS_LAW: { fr: 'Loi organique des CPAS', nl: 'Organieke OCMW-wet' },
  OTHER: { fr: 'Autre autorité', nl: 'Andere overheid' },
};
