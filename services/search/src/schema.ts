import { buildFederatedSchema } from '@bxl/common';
import type { FederatedSchema } from '@bxl/common';

import { SearchResolver } from './graphql/search.resolver';
import { OrganisationRef, ServiceRef, SiteRef } from './graphql/references';

const reference = (value: { id: string }) => value;

export function buildSearchSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema(
    {
      resolvers: [SearchResolver] as never,
      orphanedTypes: [ServiceRef, SiteRef, OrganisationRef],
      validate: false,
    },
    { Service: reference, Site: reference, Organisation: reference } as never,
  );
}
