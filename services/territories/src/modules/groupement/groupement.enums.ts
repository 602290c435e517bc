import { registerEnumType } from 'type-graphql';

export enum ClssStatus {
  EXISTING = 'EXISTING',
  NEW = 'NEW',
  REFERENT_QUARTIER = 'REFERENT_QUARTIER',
  NONE = 'NONE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ClssStatus, {
  name: 'ClssStatus',
  description: 'Whether a groupement has a contrat local social-santé (CLSS).',
  valuesConfig: {
    EXISTING: { description: 'One of the existing CLSS.' },
    NEW: { description: 'One of the new CLSS.' },
    REFERENT_QUARTIER: { description: 'No CLSS: a référent quartier instead.' },
    NONE: { description: 'Neither.' },
    UNKNOWN: {
      description:
        'Named as a CLSS quartier by a source that does not say whether new or existing.',
    },
  },
});

export enum NeedIndicatorKind {
  POPULATION_DENSITY_2021 = 'POPULATION_DENSITY_2021',
  MEAN_NET_TAXABLE_INCOME_2019 = 'MEAN_NET_TAXABLE_INCOME_2019',
  DIABETES_PREVALENCE_2020 = 'DIABETES_PREVALENCE_2020',
  NO_DENTIST_VISIT_3Y_2020 = 'NO_DENTIST_VISIT_3Y_2020',
}
registerEnumType(NeedIndicatorKind, {
  name: 'NeedIndicatorKind',
  description: 'The four need indicators the PSSI ranks groupements by.',
  valuesConfig: {
    POPULATION_DENSITY_2021: { description: 'Population density, 2021 (inhabitants per km²).' },
    MEAN_NET_TAXABLE_INCOME_2019: {
      description:
        'Mean net taxable income per inhabitant, 2019 (€): the plan\'s list of indicators and its table ("revenu moyen net imposable par habitant 2019"). The plan\'s text names elsewhere the median taxable income of tax returns ("revenu imposable médian des déclarations fiscales"); the figures carried are the table\'s.',
    },
    DIABETES_PREVALENCE_2020: { description: 'Diabetes prevalence, 2020 (share of residents).' },
    NO_DENTIST_VISIT_3Y_2020: { description: 'Share without a dentist visit in 3 years, 2020.' },
  },
});

/** The indicator columns of the official table, in their order. */
export const INDICATOR_COLUMNS: ReadonlyArray<{
  kind: NeedIndicatorKind;
  value: string;
  rank: string;
}> = [
  { kind: NeedIndicatorKind.POPULATION_DENSITY_2021, value: 'density_2021', rank: 'density_rank' },
  {
    kind: NeedIndicatorKind.MEAN_NET_TAXABLE_INCOME_2019,
    value: 'income_2019',
    rank: 'income_rank',
  },
  {
    kind: NeedIndicatorKind.DIABETES_PREVALENCE_2020,
    value: 'diabetes_2020',
    rank: 'diabetes_rank',
  },
  {
    kind: NeedIndicatorKind.NO_DENTIST_VISIT_3Y_2020,
    value: 'no_dentist_2020',
    rank: 'no_dentist_rank',
  },
];

export enum MappingConfidence {
  EXACT_NAME = 'EXACT_NAME',
  LIKELY = 'LIKELY',
  UNCERTAIN = 'UNCERTAIN',
}
registerEnumType(MappingConfidence, {
  name: 'MappingConfidence',
  description: 'How sure the mapping of a named CLSS quartier to Monitoring quartiers is.',
});

export enum DatasetKind {
  OFFICIAL = 'OFFICIAL',
  PROVISIONAL = 'PROVISIONAL',
}
registerEnumType(DatasetKind, {
  name: 'GroupementDatasetKind',
  description: 'Whether a groupement layer is the official table or our provisional stand-in.',
  valuesConfig: {
    OFFICIAL: {
      description: 'Imported from the official table (groupements and their indicators).',
    },
    PROVISIONAL: {
      description:
        'Not official: one groupement per CLSS quartier named by a source, without indicators, until the official layer is imported.',
    },
  },
});
