import { AGREMENT_AUTHORITIES } from '@bxl/common';
import { z } from 'zod';

import { Weekday } from '../../records/opening-hours';

/**
 * The structure fromHsds reads, checked with zod: lenient (HSDS optional fields may be absent or
 * null; unknown fields are ignored), strict on the types of what we read. Values (phones, e-mails,
 * codes…) are checked afterwards by the shared validators.
 */

const text = z.string().nullish();
const phone = z.object({ number: z.string() });

const recordExtension = {
  id: text,
  external_id: text,
  name_fr: text,
  name_nl: text,
  description_fr: text,
  description_nl: text,
  synthetic: z.boolean().nullish(),
  source: text,
};

const agrement = z.object({
  authority: z.enum(AGREMENT_AUTHORITIES),
  kind: z.string().min(1),
  number: text,
  valid_from: text,
  valid_to: text,
  note: text,
});

export const organizationSchema = z.object({
  id: z.string().min(1),
  name: text,
  alternate_name: text,
  description: text,
  email: text,
  website: text,
  legal_status: text,
  parent_organization_id: text,
  phones: z.array(phone).nullish(),
  organization_identifiers: z
    .array(z.object({ identifier_scheme: text, identifier_type: text, identifier: z.string() }))
    .nullish(),
  x_bxl: z
    .object({
      ...recordExtension,
      alternate_name_fr: text,
      alternate_name_nl: text,
      parent_id: text,
      agrements: z.array(agrement).nullish(),
    })
    .nullish(),
});

const period = { opens: z.string(), closes: z.string() };

const openingHours = z.object({
  weekly: z.array(z.object({ day: z.enum(Object.values(Weekday)), ...period })),
  exceptions: z
    .array(
      z.object({
        date: z.string(),
        closed: z.boolean(),
        periods: z.array(z.object(period)),
        note: text,
      }),
    )
    .nullish(),
  closed_on_public_holidays: z.boolean().nullish(),
  note: text,
});

const address = z.object({
  address_1: text,
  city: text,
  postal_code: text,
  x_bxl: z.object({ street_fr: text, street_nl: text, number: text, commune_nis: text }).nullish(),
});

export const locationSchema = z.object({
  id: z.string().min(1),
  organization_id: text,
  name: text,
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  addresses: z.array(address).nullish(),
  phones: z.array(phone).nullish(),
  contacts: z
    .array(z.object({ name: text, title: text, email: text, phones: z.array(phone).nullish() }))
    .nullish(),
  schedules: z
    .array(z.object({ freq: text, byday: text, opens_at: text, closes_at: text }))
    .nullish(),
  x_bxl: z.object({ ...recordExtension, opening_hours: openingHours.nullish() }).nullish(),
});

export const serviceSchema = z.object({
  id: z.string().min(1),
  organization_id: text,
  name: text,
  description: text,
  eligibility_description: text,
  application_process: text,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  cost_options: z
    .array(
      z.object({
        option: text,
        amount: z.union([z.number(), z.string()]).nullish(),
        currency: text,
        amount_description: text,
      }),
    )
    .nullish(),
  languages: z.array(z.object({ code: text, name: text })).nullish(),
  service_areas: z.array(z.object({ name: text, uri: text })).nullish(),
  service_at_locations: z.array(z.object({ location_id: text })).nullish(),
  attributes: z
    .array(
      z.object({
        taxonomy_term_id: text,
        taxonomy_term: z.object({ code: text, taxonomy: text }).nullish(),
      }),
    )
    .nullish(),
  x_bxl: z
    .object({
      ...recordExtension,
      eligibility_fr: text,
      eligibility_nl: text,
      how_to_apply_fr: text,
      how_to_apply_nl: text,
      cost_fr: text,
      cost_nl: text,
      territory_ids: z.array(z.string()).nullish(),
    })
    .nullish(),
});

/**
 * The top level of an HSDS file: at least one of `organizations`, `locations`, `services`. A single
 * object of the specification (its `examples/service_full.json`, say) is not a file of records: said
 * so, rather than imported as nothing.
 */
export const documentSchema = z
  .object({
    hsds_version: text,
    profile: text,
    organizations: z.array(z.unknown()).nullish(),
    locations: z.array(z.unknown()).nullish(),
    services: z.array(z.unknown()).nullish(),
  })
  .passthrough()
  .superRefine((doc, context) => {
    if (!doc.organizations && !doc.locations && !doc.services) {
      const single = 'id' in doc || 'name' in doc;
      context.addIssue({
        code: 'custom',
        message: single
          ? 'one HSDS object, not a file of records: put it in an `organizations`, `locations` or `services` array'
          : 'an object with `organizations`, `locations` or `services` arrays is expected',
      });
    }
  });

export type OrganizationInput = z.infer<typeof organizationSchema>;
export type LocationInput = z.infer<typeof locationSchema>;
export type ServiceInput = z.infer<typeof serviceSchema>;
