/**
 * Postcodes that name part of a split commune, with the Statbel sub-municipalities (`cd_sub_munty`,
 * carried by every statistical sector) each one covers. Only the City of Brussels (21004) is split
 * between bassins: 1020 is Laeken, 1120 Neder-Over-Heembeek, 1130 Haren; 1000 covers the Pentagone,
 * the Rue de la Loi, Louise and Chaussée d'Anvers parts (not Laeken, Neder-Over-Heembeek nor Haren);
 * the City's streets numbered 1040 lie in its Rue de la Loi (European quarter) part, those numbered
 * 1050 in its Louise part. This is our reading of the bpost postcode areas against the Statbel
 * sub-municipalities, not an official table: it narrows a site down, never to a single point.
 */
const SPLIT_COMMUNE_POSTCODES: Readonly<
  Record<string, Readonly<Record<string, readonly string[]>>>
> = {
  '21004': {
    '1000': ['21004A', '21004B', '21004C', '21004D'],
    '1020': ['21004E'],
    '1040': ['21004B'],
    '1050': ['21004C'],
    '1120': ['21004F'],
    '1130': ['21004G'],
  },
};

/** The sub-municipalities a postcode names in a split commune, or null when it names none. */
export function subMunicipalitiesOf(
  communeNis: string,
  postcode: string | null | undefined,
): readonly string[] | null {
  return (postcode && SPLIT_COMMUNE_POSTCODES[communeNis]?.[postcode.trim()]) || null;
}
