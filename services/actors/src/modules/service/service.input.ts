import { Field, ID, InputType, Int } from 'type-graphql';

import { textLimitProblems } from '@bxl/common';
import type { Problem } from '@bxl/common';

import { languageProblems } from '../../validation/contact';
import { ServiceStatus } from '../actor.enums';
import type { TaxonomyCodes } from '../taxonomy/taxonomy.repository';

@InputType({ description: 'A service’s content. On update, a field left out stays as it is.' })
export class ServiceInput {
  @Field(() => [String], {
    nullable: true,
    description: 'Service type codes (at least one, known).',
  })
  typeCodes?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Name in French (a French or a Dutch name is required).',
  })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in French.' })
  descriptionFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Dutch.' })
  descriptionNl?: string | null;

  @Field(() => String, { nullable: true, description: 'Who may use it, in French.' })
  eligibilityFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Who may use it, in Dutch.' })
  eligibilityNl?: string | null;

  @Field(() => String, { nullable: true, description: 'How to apply or get in, in French.' })
  howToApplyFr?: string | null;

  @Field(() => String, { nullable: true, description: 'How to apply or get in, in Dutch.' })
  howToApplyNl?: string | null;

  @Field(() => String, { nullable: true, description: 'What it costs, free text in French.' })
  costFr?: string | null;

  @Field(() => String, { nullable: true, description: 'What it costs, free text in Dutch.' })
  costNl?: string | null;

  @Field(() => [String], { nullable: true, description: 'Target public codes (known).' })
  publicCodes?: string[];

  @Field(() => [String], { nullable: true, description: 'Languages spoken, ISO 639-1.' })
  languages?: string[];

  @Field(() => Int, { nullable: true, description: 'Minimum age (0–120).' })
  minimumAge?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum age (0–120).' })
  maximumAge?: number | null;

  @Field({ nullable: true, description: 'Low-threshold.' })
  lowThreshold?: boolean;

  @Field({ nullable: true, description: 'Without appointment.' })
  withoutAppointment?: boolean;

  @Field({ nullable: true, description: 'Free of charge.' })
  free?: boolean;

  @Field({ nullable: true, description: 'Accepts people without health insurance.' })
  acceptsUninsured?: boolean;

  @Field({ nullable: true, description: 'Accepts AMU / a Fedasil réquisitoire.' })
  acceptsAmu?: boolean;

  @Field({ nullable: true, description: 'Anonymous.' })
  anonymous?: boolean;

  @Field(() => ServiceStatus, { nullable: true, description: 'Status.' })
  status?: ServiceStatus;

  @Field(() => [ID], {
    nullable: true,
    description: 'Territory ids it declares to serve (existing).',
  })
  serviceAreaIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Sites (of the same organisation) where it is delivered.',
  })
  siteIds?: string[];
}

@InputType({ description: 'A new service of an organisation.' })
export class CreateServiceInput extends ServiceInput {
  @Field(() => ID, { description: 'The organisation offering it.' })
  organisationId!: string;
}

@InputType({ description: 'Changes to a service, at the version they were made against.' })
export class UpdateServiceInput extends ServiceInput {
  @Field(() => ID, { description: 'The service.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

export const SERVICE_FIELDS = [
  'typeCodes',
  'nameFr',
  'nameNl',
  'descriptionFr',
  'descriptionNl',
  'eligibilityFr',
  'eligibilityNl',
  'howToApplyFr',
  'howToApplyNl',
  'costFr',
  'costNl',
  'publicCodes',
  'languages',
  'minimumAge',
  'maximumAge',
  'lowThreshold',
  'withoutAppointment',
  'free',
  'acceptsUninsured',
  'acceptsAmu',
  'anonymous',
  'status',
  'serviceAreaIds',
] as const;

/** Problems with a service's resulting content (taxonomy codes, names, ages, languages). */
export function serviceProblems(values: ServiceInput, codes: TaxonomyCodes): Problem[] {
  const problems: Problem[] = textLimitProblems(values);
  if (!values.nameFr?.trim() && !values.nameNl?.trim()) {
    problems.push({ field: 'nameFr', message: 'a French or a Dutch name is required' });
  }
  if (!values.typeCodes?.length) {
    problems.push({ field: 'typeCodes', message: 'at least one service type is required' });
  }
  values.typeCodes?.forEach((code, index) => {
    if (!codes.serviceTypes.has(code)) {
      problems.push({ field: `typeCodes[${index}]`, message: `unknown service type "${code}"` });
    }
  });
  values.publicCodes?.forEach((code, index) => {
    if (!codes.publics.has(code)) {
      problems.push({ field: `publicCodes[${index}]`, message: `unknown target public "${code}"` });
    }
  });
  problems.push(...languageProblems(values.languages ?? [], 'languages'));
  for (const field of ['minimumAge', 'maximumAge'] as const) {
    const age = values[field];
    if (age != null && (age < 0 || age > 120)) {
      problems.push({ field, message: `${field} must be between 0 and 120` });
    }
  }
  if (
    values.minimumAge != null &&
    values.maximumAge != null &&
    values.minimumAge > values.maximumAge
  ) {
    problems.push({ field: 'maximumAge', message: 'maximumAge is below minimumAge' });
  }
  return problems;
}
