import { registerEnumType } from 'type-graphql';

import { BodyKind } from '../../rules/pssi-rules';

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'A body people and organisations sit in, each with its own roles.',
  valuesConfig: {
    WORKING_GROUP: { description: 'The working group of a CLSS (GT CLSS).' },
    COORDINATION_CELL: { description: 'The coordination cell of a CLSS (13 roles).' },
    REGIONAL_COMMITTEE: {
      description: 'The regional comité d’accompagnement that follows every CLSS.',
    },
    CENTRE: { description: 'The member organisations and services of a CSSI.' },
    CONVENTION: { description: 'The parties to a convention.' },
    NETWORK: { description: 'The members of a network.' },
  },
});

export { BodyKind };
