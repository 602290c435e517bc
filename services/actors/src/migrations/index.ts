import { Migration20261123000000_actors } from './Migration20261123000000_actors';

/** Every committed migration, in order. `migration:create` writes a file: list it here. */
export const actorsMigrations = [
  { name: 'Migration20261123000000_actors', class: Migration20261123000000_actors },
];
