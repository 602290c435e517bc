import { entityReference } from '@bxl/common';

/** The actors subgraph's entities that search hits point at: the gateway fills their fields. */
export const ServiceRef = entityReference('Service', 'actors', 'svc:free-clinic-ssm');
export const SiteRef = entityReference('Site', 'actors', 'site:free-clinic');
export const OrganisationRef = entityReference('Organisation', 'actors', 'org:free-clinic');

export const reference = <T extends { id: string }>(type: new () => T, id: string): T => {
  const value = new type();
  value.id = id;
  return value;
};
