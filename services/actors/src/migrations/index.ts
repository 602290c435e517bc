import { Migration20261123000000_actors } from './Migration20261123000000_actors';
import { Migration20261123000200_hsds_fields } from './Migration20261123000200_hsds_fields';
import { Migration20261123000300_contacts } from './Migration20261123000300_contacts';
import { Migration20261123000400_change_feed } from './Migration20261123000400_change_feed';
import { Migration20261129000000_needs } from './Migration20261129000000_needs';
import { Migration20261129233645_possible_territories } from './Migration20261129233645_possible_territories';

/** Every committed migration, in order. `migration:create` writes a file: list it here. */
export const actorsMigrations = [
  { name: 'Migration20261123000000_actors', class: Migration20261123000000_actors },
  { name: 'Migration20261123000200_hsds_fields', class: Migration20261123000200_hsds_fields },
  { name: 'Migration20261123000300_contacts', class: Migration20261123000300_contacts },
  { name: 'Migration20261123000400_change_feed', class: Migration20261123000400_change_feed },
  { name: 'Migration20261129000000_needs', class: Migration20261129000000_needs },
  {
    name: 'Migration20261129233645_possible_territories',
    class: Migration20261129233645_possible_territories,
  },
];
