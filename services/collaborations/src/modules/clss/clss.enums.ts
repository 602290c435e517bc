import { registerEnumType } from 'type-graphql';

export enum ClssStatus {
  EXISTING = 'EXISTING',
  NEW = 'NEW',
  PLANNED = 'PLANNED',
  NAMED_DETAILS_UNKNOWN = 'NAMED_DETAILS_UNKNOWN',
}
registerEnumType(ClssStatus, {
  name: 'LocalSocialHealthContractStatus',
  description: 'Where a CLSS stands.',
  valuesConfig: {
    EXISTING: { description: 'One of the CLSS already running when the PSSI was adopted.' },
    NEW: { description: 'One of the CLSS the PSSI creates, running.' },
    PLANNED: { description: 'Decided, not running yet.' },
    NAMED_DETAILS_UNKNOWN: {
      description:
        'Named as a CLSS quartier by a source, with no more known (new or existing, host…).',
    },
  },
});

export enum DeliverableKind {
  DIAGNOSTIC = 'DIAGNOSTIC',
  ACTION_PLAN = 'ACTION_PLAN',
  SELECTION_CRITERIA = 'SELECTION_CRITERIA',
  CALL_FOR_PROJECTS = 'CALL_FOR_PROJECTS',
  FOLLOW_UP = 'FOLLOW_UP',
}
registerEnumType(DeliverableKind, {
  name: 'DeliverableKind',
  description:
    'What a CLSS produces, in order: its four missions (`localSocialHealthContractMissions`, PSSI vision text "CLSS: missions").',
  valuesConfig: {
    DIAGNOSTIC: { description: 'The diagnostic of needs (mission 1).' },
    ACTION_PLAN: { description: 'The yearly action plan, the contrat local (mission 2).' },
    SELECTION_CRITERIA: { description: 'The selection criteria for project funding (mission 3).' },
    CALL_FOR_PROJECTS: {
      description:
        'A call for projects and the projects it funded (mission 3: "=> appels à projets").',
    },
    FOLLOW_UP: { description: 'A follow-up report (mission 4).' },
  },
});

export enum DeliverableStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(DeliverableStatus, {
  name: 'DeliverableStatus',
  description: 'Where a deliverable stands.',
  valuesConfig: {
    PLANNED: { description: 'Not started.' },
    IN_PROGRESS: { description: 'Being written or run.' },
    DONE: { description: 'Delivered (approved, validated, published).' },
  },
});
