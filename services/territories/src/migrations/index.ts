import { Migration20261123000000_initial } from './Migration20261123000000_initial';

/** Every committed migration, in order. `migration:create` writes a file: list it here. */
export const territoriesMigrations = [
  { name: 'Migration20261123000000_initial', class: Migration20261123000000_initial },
];
