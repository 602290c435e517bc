export { buildActorsSchema } from './schema';
export { startActors } from './server';
export type { ActorsOptions, ActorsService } from './server';
export { actorsEnvShape } from './config';
export { loadRegistryRecords } from './modules/registry/registry.snapshot';
