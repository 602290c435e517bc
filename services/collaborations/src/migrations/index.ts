import { Migration20261123150000_collaborations } from './Migration20261123150000_collaborations';
import { Migration20261129233850_cssi_note } from './Migration20261129233850_cssi_note';

/** Every committed migration, in order. `migration:create` writes a file: list it here. */
export const collaborationsMigrations = [
  {
    name: 'Migration20261123150000_collaborations',
    class: Migration20261123150000_collaborations,
  },
  { name: 'Migration20261129233850_cssi_note', class: Migration20261129233850_cssi_note },
];
