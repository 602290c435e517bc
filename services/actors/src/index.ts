export { buildActorsSchema } from './schema';
export { startActors } from './server';
export { initActorsDatabase } from './database';
export type { ActorsOptions, ActorsService } from './server';
export type { RecordCounts } from './seed/actor.seeder';
export { actorsEnvShape } from './config';
export { loadRegistryRecords } from './modules/registry/registry.snapshot';
export { realSeedReport } from './seed/actor.seeder';
