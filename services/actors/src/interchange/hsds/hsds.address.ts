import { communeNameFr, communeNisOf, communeNisOfPostcode } from '../../records/communes';
import { parseAddress } from '../../records/field-parsers';
import type { SiteRecord } from '../../records/registry-records';
import { communeNisChecked } from '../interchange.fields';
import type { RecordProblems } from '../interchange.fields';
import { blank } from '../interchange.records';
import { compact, uuidFor } from './hsds.mapping';
import type { HsdsAddress } from './hsds.types';

/** A site's address: street and number, commune, postcode; our exact fields in `x_bxl`. */
export function hsdsAddressOf(site: SiteRecord, locationId: string): HsdsAddress {
  const street = site.streetFr ?? site.streetNl;
  return {
    id: uuidFor(`${site.id}#address`),
    location_id: locationId,
    address_type: 'physical',
    address_1: [street, site.number].filter(Boolean).join(' '),
    city: communeNameFr(site.communeNis),
    state_province: 'BE-BRU',
    postal_code: site.postcode ?? '',
    country: 'BE',
    x_bxl: {
      ...compact({ street_fr: site.streetFr, street_nl: site.streetNl, number: site.number }),
      commune_nis: site.communeNis,
    },
  };
}

/** The address fields we read (a zod-checked subset of HsdsAddress, all optional). */
export interface AddressInput {
  address_1?: string | null;
  city?: string | null;
  postal_code?: string | null;
  x_bxl?: {
    street_fr?: string | null;
    street_nl?: string | null;
    number?: string | null;
    commune_nis?: string | null;
  } | null;
}

export type SiteAddress = Pick<SiteRecord, 'streetFr' | 'streetNl' | 'number' | 'postcode'> & {
  communeNis: string | null;
};

/**
 * The site fields of an HSDS address. Our profile's `x_bxl` is exact; a foreign address_1 is read
 * as "street number" (French or Dutch street by its words), its commune from city, else postcode.
 */
export function siteAddressOf(
  address: AddressInput,
  field: string,
  check: RecordProblems,
): SiteAddress {
  const postcode = blank(address.postal_code);
  const extension = address.x_bxl;
  const street = extension
    ? {
        streetFr: blank(extension.street_fr),
        streetNl: blank(extension.street_nl),
        number: blank(extension.number),
      }
    : parseAddress(address.address_1 ?? '');
  const given = blank(extension?.commune_nis);
  const city = blank(address.city);
  let communeNis: string | null;
  if (given) {
    communeNis = communeNisChecked(given, `${field}.x_bxl.commune_nis`, check);
  } else {
    communeNis =
      (city ? communeNisOf(city) : null) ?? (postcode ? communeNisOfPostcode(postcode) : null);
    if (!communeNis) {
      check.add(
        `${field}.city`,
        `neither the city '${city ?? ''}' nor the postal code '${postcode ?? ''}' is one of the 19 Brussels communes`,
      );
    }
  }
  return {
    streetFr: street.streetFr,
    streetNl: street.streetNl,
    number: street.number,
    postcode,
    communeNis,
  };
}
