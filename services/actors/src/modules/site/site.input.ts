import { Field, Float, ID, InputType, Int } from 'type-graphql';

import { textLimitProblems } from '@bxl/common';
import type { Problem } from '@bxl/common';

import { openingHoursProblems } from '../../records/opening-hours';
import type { OpeningHours } from '../../records/opening-hours';
import type { ContactRecord } from '../../records/registry-records';
import { normaliseBelgianPhone, phoneProblems } from '../../validation/phone';
import { ContactInput, contactProblems, normaliseContacts } from './contact.type';
import { OpeningHoursInput } from './opening-hours.types';

@InputType({
  description: 'A site’s content. On update, a field left out stays as it is; null clears it.',
})
export class SiteInput {
  @Field(() => String, { nullable: true, description: 'Name in French.' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Field(() => String, { nullable: true, description: 'Street in French.' })
  streetFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Street in Dutch.' })
  streetNl?: string | null;

  @Field(() => String, { nullable: true, description: 'House number.' })
  number?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Postcode (4 digits, 1000–1210 in the Region).',
  })
  postcode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'NIS code of the commune; required without a point, checked against the point with one.',
  })
  communeNis?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude (WGS84), inside the Region.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude (WGS84), inside the Region.' })
  longitude?: number | null;

  @Field(() => [String], { nullable: true, description: 'Belgian phone numbers.' })
  phones?: string[] | null;

  @Field(() => [ContactInput], {
    nullable: true,
    description: 'Named contacts (the whole list).',
  })
  contacts?: ContactRecord[] | null;

  @Field(() => String, { nullable: true, description: 'Accessibility, free text.' })
  accessibility?: string | null;

  @Field(() => OpeningHoursInput, {
    nullable: true,
    description: 'Opening hours (Europe/Brussels).',
  })
  openingHours?: OpeningHours | null;
}

@InputType({ description: 'A new site of an organisation.' })
export class CreateSiteInput extends SiteInput {
  @Field(() => ID, { description: 'The organisation.' })
  organisationId!: string;
}

@InputType({ description: 'Changes to a site, at the version they were made against.' })
export class UpdateSiteInput extends SiteInput {
  @Field(() => ID, { description: 'The site.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

export const SITE_FIELDS = [
  'nameFr',
  'nameNl',
  'streetFr',
  'streetNl',
  'number',
  'postcode',
  'communeNis',
  'latitude',
  'longitude',
  'phones',
  'contacts',
  'accessibility',
  'openingHours',
] as const;

/** Problems with a site's content that need no other service (the point is checked by the writer). */
export function siteProblems(values: SiteInput): Problem[] {
  const problems: Problem[] = textLimitProblems(values);
  const hasLat = values.latitude != null;
  const hasLon = values.longitude != null;
  if (hasLat !== hasLon) {
    problems.push({
      field: hasLat ? 'longitude' : 'latitude',
      message: 'latitude and longitude go together',
    });
  }
  if (!hasLat && !values.communeNis) {
    problems.push({ field: 'communeNis', message: 'a site needs a point or at least its commune' });
  }
  if (values.postcode && !/^1(0\d\d|1\d\d|2[01]\d)$/.test(values.postcode)) {
    problems.push({
      field: 'postcode',
      message: `${values.postcode} is not a postcode of the Brussels Region`,
    });
  }
  problems.push(
    ...(values.phones ?? []).flatMap((phone, index) => phoneProblems(phone, `phones[${index}]`)),
  );
  problems.push(...contactProblems(values.contacts ?? [], 'contacts'));
  if (values.openingHours) {
    problems.push(...openingHoursProblems(values.openingHours, 'openingHours'));
  }
  return problems;
}

export function normaliseSite(values: SiteInput): SiteInput {
  return {
    ...values,
    phones: values.phones?.map((phone) => normaliseBelgianPhone(phone) ?? phone),
    ...(values.contacts ? { contacts: normaliseContacts(values.contacts) } : {}),
  };
}
