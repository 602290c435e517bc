import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

import type { Problem } from '@bxl/common';

import type { AgrementRecord } from '../../records/registry-records';

export enum AgrementAuthority {
  COCOF = 'COCOF',
  COCOM = 'COCOM',
  VGC = 'VGC',
  FLEMISH_COMMUNITY = 'FLEMISH_COMMUNITY',
  FEDERAL = 'FEDERAL',
  CPAS_LAW = 'CPAS_LAW',
  OTHER = 'OTHER',
}
registerEnumType(AgrementAuthority, {
  name: 'AgrementAuthority',
  description: 'Who grants an agrément (official recognition and funding) in Brussels.',
  valuesConfig: {
    COCOF: { description: 'Commission communautaire française.' },
    COCOM: {
      description: 'Commission communautaire commune / Gemeenschappelijke Gemeenschapscommissie.',
    },
    VGC: { description: 'Vlaamse Gemeenschapscommissie.' },
    FLEMISH_COMMUNITY: { description: 'The Flemish Community.' },
    FEDERAL: { description: 'The federal state (e.g. INAMI/RIZIV).' },
    CPAS_LAW: { description: 'Established by the organic law of 8 July 1976 on the CPAS/OCMW.' },
    OTHER: { description: 'Another authority.' },
  },
});

@ObjectType({
  description: 'An agrément: an official recognition of an organisation, by an authority.',
})
export class Agrement implements AgrementRecord {
  @Field(() => AgrementAuthority, { description: 'Who grants it.' })
  authority!: AgrementRecord['authority'];

  @Field({ description: 'What is recognised (e.g. "service de santé mentale").' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The agrément number.' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Valid from (YYYY-MM-DD).' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Valid until (YYYY-MM-DD), if limited.' })
  validTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the source says about the agrément, as written; null if nothing.',
  })
  note?: string | null;
}

@InputType({ description: 'An agrément of an organisation.' })
export class AgrementInput implements AgrementRecord {
  @Field(() => AgrementAuthority, { description: 'Who grants it.' })
  authority!: AgrementRecord['authority'];

  @Field({ description: 'What is recognised.' })
  kind!: string;

  @Field(() => String, { nullable: true, description: 'The agrément number.' })
  number!: string | null;

  @Field(() => String, { nullable: true, description: 'Valid from (YYYY-MM-DD).' })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: 'Valid until (YYYY-MM-DD).' })
  validTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the source says about the agrément, as written.',
  })
  note?: string | null;
}

const isDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** Problems with a list of agréments: a kind, real dates, a period that does not end before it starts. */
export function agrementProblems(agrements: readonly AgrementRecord[], field: string): Problem[] {
  return agrements.flatMap((agrement, index) => {
    const at = `${field}[${index}]`;
    const problems: Problem[] = [];
    if (!agrement.kind?.trim()) {
      problems.push({ field: `${at}.kind`, message: 'say what the agrément recognises' });
    }
    for (const key of ['validFrom', 'validTo'] as const) {
      const value = agrement[key];
      if (value && !isDate(value)) {
        problems.push({ field: `${at}.${key}`, message: `${value} is not a date (YYYY-MM-DD)` });
      }
    }
    if (agrement.validFrom && agrement.validTo && agrement.validTo < agrement.validFrom) {
      problems.push({ field: `${at}.validTo`, message: 'ends before it starts' });
    }
    return problems;
  });
}
