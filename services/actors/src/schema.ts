import { buildFederatedSchema } from '@bxl/common';
import type { FederatedSchema } from '@bxl/common';

import type { ActorsContext } from './context';
import { ChangeResolver } from './modules/changelog/change.resolver';
import { Organisation } from './modules/organisation/organisation.entity';
import { OrganisationResolver } from './modules/organisation/organisation.resolver';
import { AgrementResolver } from './modules/organisation/agrement.resolver';
import { RegistryInterchangeResolver } from './modules/registry/registry-interchange.resolver';
import { RegistryResolver } from './modules/registry/registry.resolver';
import { Service } from './modules/service/service.entity';
import {
  ServiceDeliveriesResolver,
  ServiceDeliveryResolver,
} from './modules/service/service-delivery';
import { ServiceResolver } from './modules/service/service.resolver';
import { Site } from './modules/site/site.entity';
import { SiteResolver } from './modules/site/site.resolver';
import { NeedLinkResolver, NeedResolver } from './modules/need/need.resolver';
import { ServiceNeedsResolver } from './modules/need/service-needs.resolver';
import { TaxonomyResolver } from './modules/taxonomy/taxonomy.resolver';
import { localizedTextsResolvers } from './modules/localized-texts.resolver';
import { territoryServicesResolvers } from './modules/territory-services.resolver';
import { referenceByPrefix } from './territory/territory-refs';

type Loader = 'organisation' | 'service' | 'site';
const byLoader = (loader: Loader) => (reference: { id: string }, context: ActorsContext) =>
  context.loaders[loader].load(reference.id);
const territoryReference = (reference: { id: string }) => reference;

export function buildActorsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        OrganisationResolver,
        AgrementResolver,
        ServiceResolver,
        ServiceDeliveriesResolver,
        ServiceDeliveryResolver,
        SiteResolver,
        TaxonomyResolver,
        NeedResolver,
        NeedLinkResolver,
        ServiceNeedsResolver,
        ChangeResolver,
        RegistryResolver,
        RegistryInterchangeResolver,
        ...territoryServicesResolvers,
        ...localizedTextsResolvers,
      ] as never,
      orphanedTypes: [Organisation, Service, Site, ...Object.values(referenceByPrefix)],
      validate: false,
    },
    {
      Organisation: byLoader('organisation'),
      Service: byLoader('service'),
      Site: byLoader('site'),
      Bassin: territoryReference,
      Commune: territoryReference,
      Groupement: territoryReference,
      Quartier: territoryReference,
    } as never,
  );
}
