export { buildTerritoriesSchema } from './schema';
export { startTerritories } from './server';
export type { TerritoriesOptions, TerritoriesService } from './server';
export { territoriesEnvShape } from './config';
export { initTerritoriesDatabase } from './database';
export { seedTerritories, isSeeded } from './seed/territory.seeder';
