import { Field, ID, InputType, Int } from 'type-graphql';

import { textLimitProblems } from '@bxl/common';
import type { Problem } from '@bxl/common';

import type { AgrementRecord } from '../../records/registry-records';
import { AgrementInput, agrementProblems } from './agrement.type';

import { emailProblems, urlProblems } from '../../validation/contact';
import {
  enterpriseNumberProblems,
  normaliseEnterpriseNumber,
} from '../../validation/enterprise-number';
import { normaliseBelgianPhone, phoneProblems } from '../../validation/phone';

@InputType({
  description:
    'An organisation’s content. On update, a field left out stays as it is; null clears it.',
})
export class OrganisationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Official name in French (a French or a Dutch name is required).',
  })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Official name in Dutch.' })
  nameNl?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in French.' })
  descriptionFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Dutch.' })
  descriptionNl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Other or commonly used name in French (an acronym, a former name…).',
  })
  alternateNameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Other or commonly used name in Dutch.' })
  alternateNameNl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The organisation it belongs to: an existing organisation, neither itself nor one of its own descendants; null: none.',
  })
  parentOrganisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal status.' })
  legalStatus?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'KBO/BCE number, any usual form (checksum checked).',
  })
  enterpriseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, http(s) URL.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail.' })
  email?: string | null;

  @Field(() => [String], { nullable: true, description: 'Belgian phone numbers, any usual form.' })
  phones?: string[] | null;

  @Field(() => [AgrementInput], { nullable: true, description: 'Its agréments (the whole list).' })
  agrements?: AgrementRecord[] | null;
}

@InputType({ description: 'Changes to an organisation, at the version they were made against.' })
export class UpdateOrganisationInput extends OrganisationInput {
  @Field(() => ID, { description: 'The organisation.' })
  id!: string;

  @Field(() => Int, {
    description: 'The version read; a newer one in the registry means CONFLICT.',
  })
  version!: number;
}

export const ORGANISATION_FIELDS = [
  'nameFr',
  'nameNl',
  'descriptionFr',
  'descriptionNl',
  'alternateNameFr',
  'alternateNameNl',
  'parentOrganisationId',
  'legalStatus',
  'enterpriseNumber',
  'website',
  'email',
  'phones',
  'agrements',
] as const;

/**
 * Problems with an organisation's resulting content, each naming its input field. Whether
 * `parentOrganisationId` names an existing organisation, and not the organisation itself or one of
 * its descendants, needs the registry: the writer and the importer check it.
 */
export function organisationProblems(values: OrganisationInput): Problem[] {
  return [
    ...textLimitProblems(values),
    ...(!values.nameFr?.trim() && !values.nameNl?.trim()
      ? [{ field: 'nameFr', message: 'a French or a Dutch name is required' }]
      : []),
    ...(values.enterpriseNumber
      ? enterpriseNumberProblems(values.enterpriseNumber, 'enterpriseNumber')
      : []),
    ...(values.website ? urlProblems(values.website, 'website') : []),
    ...(values.email ? emailProblems(values.email, 'email') : []),
    ...(values.phones ?? []).flatMap((phone, index) => phoneProblems(phone, `phones[${index}]`)),
    ...agrementProblems(values.agrements ?? [], 'agrements'),
  ];
}

/** The stored form: KBO digits, E.164 phones, trimmed texts. */
export function normaliseOrganisation(values: OrganisationInput): OrganisationInput {
  return {
    ...values,
    enterpriseNumber: values.enterpriseNumber
      ? normaliseEnterpriseNumber(values.enterpriseNumber)
      : values.enterpriseNumber,
    phones: values.phones?.map((phone) => normaliseBelgianPhone(phone) ?? phone),
  };
}
