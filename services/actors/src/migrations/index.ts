import { Migration20261123000000_actors } from './Migration20261123000000_actors';
import { Migration20261123000200_hsds_fields } from './Migration20261123000200_hsds_fields';
import { Migration20261123000300_contacts } from './Migration20261123000300_contacts';

/** Every committed migration, in order. `migration:create` writes a file: list it here. */
export const actorsMigrations = [
  { name: 'Migration20261123000000_actors', class: Migration20261123000000_actors },
  { name: 'Migration20261123000200_hsds_fields', class: Migration20261123000200_hsds_fields },
  { name: 'Migration20261123000300_contacts', class: Migration20261123000300_contacts },
];
