import { FieldResolver, Resolver, Root } from 'type-graphql';

import { AGREMENT_AUTHORITY_LABELS } from '@bxl/common';

import { Agrement } from './agrement.type';

/** The authority's names beside its code, so that portals show no code. */
@Resolver(() => Agrement)
export class AgrementResolver {
  @FieldResolver(() => String, {
    description: 'The authority’s name in French (`Commission communautaire française (COCOF)`).',
  })
  authorityLabelFr(@Root() agrement: Agrement): string {
    return AGREMENT_AUTHORITY_LABELS[agrement.authority].fr;
  }

  @FieldResolver(() => String, { description: 'The authority’s name in Dutch.' })
  authorityLabelNl(@Root() agrement: Agrement): string {
    return AGREMENT_AUTHORITY_LABELS[agrement.authority].nl;
  }
}
