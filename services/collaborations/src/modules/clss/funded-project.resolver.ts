import { FieldResolver, Resolver, Root } from 'type-graphql';

import { OrganisationRef, reference } from '../federation/references';
import type { EntityReference } from '../federation/references';
import { FundedProject } from './deliverable.type';

/** A funded project's organisation as the actors entity (the input keeps only its id). */
@Resolver(() => FundedProject)
export class FundedProjectResolver {
  @FieldResolver(() => OrganisationRef, {
    description: 'The organisation carrying it (fields from the actors subgraph).',
  })
  organisation(@Root() project: FundedProject): EntityReference | null {
    return reference(project.organisationId);
  }
}
