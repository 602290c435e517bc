import { registerEnumType } from 'type-graphql';

import { Requirement } from '../../rules/cssi-integration';
import { BudgetKind } from '../../rules/cssi-rules';

export enum AdministrativeModel {
  SINGLE_ASBL = 'SINGLE_ASBL',
  UMBRELLA_ASBL = 'UMBRELLA_ASBL',
  MULTI_AGREED_ASBL = 'MULTI_AGREED_ASBL',
}
registerEnumType(AdministrativeModel, {
  name: 'AdministrativeModel',
  description: 'How a CSSI is organised legally: the three options of the CSSI note (§ 2.4).',
  valuesConfig: {
    SINGLE_ASBL: { description: 'Une ASBL – 1 agrément CSSI (CSSI note § 2.4, option 1).' },
    UMBRELLA_ASBL: {
      description:
        'Une ASBL chapeau + plusieurs ASBL avec leurs agréments distincts: 1 CSSI agrément and distinct agréments (§ 2.4, option 2).',
    },
    MULTI_AGREED_ASBL: {
      description:
        'Une ASBL multi-agréée: 1 CSSI agrément and distinct agréments (§ 2.4, option 3).',
    },
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

export enum CentreOrigin {
  NEW = 'NEW',
  EXISTING = 'EXISTING',
}
registerEnumType(CentreOrigin, {
  name: 'IntegratedCentreOrigin',
  description:
    'Whether a CSSI is a new structure or an existing service becoming one: it decides which budget of the CSSI note (§ 2.3) applies.',
  valuesConfig: {
    NEW: { description: 'A new structure ("création d’une nouvelle structure CSSI"): 500,000 €.' },
    EXISTING: {
      description:
        'An existing service ("financement supplémentaire pour les services existants"): 160,000 €.',
    },
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
    NEW: { description: 'A new structure (500,000 €, CSSI note § 2.3).' },
    EXISTING: {
      description: 'An existing service becoming a CSSI (160,000 € of extra funding, § 2.3).',
    },
  },
});

export { BudgetKind };

registerEnumType(Requirement, {
  name: 'CentreRequirement',
  description:
    'What a specialised mission or the inclusive function of a CSSI needs (CSSI note § 2.6, § 2.7).',
  valuesConfig: {
    CONVENTION: { description: 'A convention between the specialised service and the CSSI.' },
    FRAME_EXTENSION: { description: 'A frame extension (extension de cadre).' },
  },
});

export { Requirement };
