import { registerEnumType } from 'type-graphql';

import { ServiceStatus } from '../records/registry-records';

/** Registered here, defined with the records (the seed and the interchange formats use it too). */
export { ServiceStatus };
registerEnumType(ServiceStatus, {
  name: 'ServiceStatus',
  description: 'Whether a service operates (HSDS service.status, with temporary closure).',
});

export enum TerritoryMode {
  LOCATED_IN = 'LOCATED_IN',
  SERVES = 'SERVES',
  BOTH = 'BOTH',
}
registerEnumType(TerritoryMode, {
  name: 'TerritoryMode',
  description: 'What "operates in a territory" means.',
  valuesConfig: {
    LOCATED_IN: {
      description:
        'Delivered at a site that lies in the territory, or that may lie in it when the site is placed only by its commune or sub-municipality (flagged).',
    },
    SERVES: { description: 'Declares a service area covering (part of) the territory.' },
    BOTH: { description: 'Either.' },
  },
});

export enum PositionPrecision {
  POINT = 'POINT',
  SUB_MUNICIPALITY = 'SUB_MUNICIPALITY',
  COMMUNE = 'COMMUNE',
}
registerEnumType(PositionPrecision, {
  name: 'PositionPrecision',
  description: 'How precisely a site is placed.',
  valuesConfig: {
    POINT: { description: 'A point (geocoded address): every territory layer is known.' },
    SUB_MUNICIPALITY: {
      description:
        'Only the part of a split commune its postcode names (e.g. 1020 Laeken, 1120 Neder-Over-Heembeek, 1130 Haren in the City of Brussels): its bassin is known, finer territories are possible ones.',
    },
    COMMUNE: {
      description:
        'Only the commune is known (no geocoded point): finer territories, and the bassin of a split commune, are possible ones.',
    },
  },
});

export enum Taxonomy {
  SERVICE_TYPE = 'SERVICE_TYPE',
  TARGET_PUBLIC = 'TARGET_PUBLIC',
}
registerEnumType(Taxonomy, { name: 'Taxonomy', description: 'The taxonomies of the directory.' });
