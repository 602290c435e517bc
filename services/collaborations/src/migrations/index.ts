import { Migration20261123150000_collaborations } from './Migration20261123150000_collaborations';

/** Every committed migration, in order. `migration:create` writes a file: list it here. */
export const collaborationsMigrations = [
  {
    name: 'Migration20261123150000_collaborations',
    class: Migration20261123150000_collaborations,
  },
];
