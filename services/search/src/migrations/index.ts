import { Migration20261123200000_search } from './Migration20261123200000_search';
import { Migration20261129000000_needs } from './Migration20261129000000_needs';
import { Migration20261129230000_synthetic } from './Migration20261129230000_synthetic';
import { Migration20261130030000_possible_in } from './Migration20261130030000_possible_in';
import { Migration20261130040000_precomputed_vectors } from './Migration20261130040000_precomputed_vectors';
import { Migration20261130060000_generation } from './Migration20261130060000_generation';

/**
 * Every committed migration, in order. Search has no ORM entities, so its migrations are written by
 * hand (there is no `migration:create` for this subgraph).
 */
export const searchMigrations = [
  { name: 'Migration20261123200000_search', class: Migration20261123200000_search },
  { name: 'Migration20261129000000_needs', class: Migration20261129000000_needs },
  { name: 'Migration20261129230000_synthetic', class: Migration20261129230000_synthetic },
  { name: 'Migration20261130030000_possible_in', class: Migration20261130030000_possible_in },
  {
    name: 'Migration20261130040000_precomputed_vectors',
    class: Migration20261130040000_precomputed_vectors,
  },
  { name: 'Migration20261130060000_generation', class: Migration20261130060000_generation },
];
