import { registerEnumType } from 'type-graphql';

import { BudgetKind } from '../../rules/cssi-rules';

export enum AdministrativeModel {
  SINGLE_ASBL = 'SINGLE_ASBL',
  UMBRELLA_ASBL = 'UMBRELLA_ASBL',
  MULTI_AGREED_ASBL = 'MULTI_AGREED_ASBL',
}
registerEnumType(AdministrativeModel, {
  name: 'AdministrativeModel',
  description: 'How a CSSI is organised legally.',
  valuesConfig: {
    SINGLE_ASBL: { description: 'One ASBL/VZW with one CSSI agrément.' },
    UMBRELLA_ASBL: {
      description: 'An umbrella ASBL over several ASBL that keep their own agréments.',
    },
    MULTI_AGREED_ASBL: { description: 'One ASBL holding several agréments.' },
  },
});

export enum CentreStatus {
  PROJECT = 'PROJECT',
  SETTING_UP = 'SETTING_UP',
  RUNNING = 'RUNNING',
}
registerEnumType(CentreStatus, {
  name: 'IntegratedCentreStatus',
  description: 'Where a CSSI stands.',
  valuesConfig: {
    PROJECT: { description: 'A project, not agreed yet.' },
    SETTING_UP: { description: 'Agreed, being set up.' },
    RUNNING: { description: 'Running.' },
  },
});

export enum Coverage {
  COVERED = 'COVERED',
  PARTIAL = 'PARTIAL',
  BY_CONVENTION = 'BY_CONVENTION',
  NOT_COVERED = 'NOT_COVERED',
}
registerEnumType(Coverage, {
  name: 'MissionCoverage',
  description: 'How a CSSI covers one of its missions.',
  valuesConfig: {
    COVERED: { description: 'By the centre itself.' },
    PARTIAL: { description: 'In part.' },
    BY_CONVENTION: { description: 'Through a convention with another service.' },
    NOT_COVERED: { description: 'Not (yet) covered.' },
  },
});

export enum CriterionStatus {
  MET = 'MET',
  IN_PROGRESS = 'IN_PROGRESS',
  NOT_MET = 'NOT_MET',
}
registerEnumType(CriterionStatus, {
  name: 'IntegrationCriterionStatus',
  description: 'Whether a CSSI meets an integration criterion.',
  valuesConfig: {
    MET: { description: 'Met, with evidence.' },
    IN_PROGRESS: { description: 'Being put in place.' },
    NOT_MET: { description: 'Not met.' },
  },
});

registerEnumType(BudgetKind, {
  name: 'BudgetKind',
  description: 'Which PSSI budget: a new structure, or the extra funding of an existing service.',
  valuesConfig: {
    NEW: { description: 'A new structure (500,000 € a year).' },
    EXISTING: { description: 'An existing service becoming a CSSI (160,000 € of extra funding).' },
  },
});

export { BudgetKind };
