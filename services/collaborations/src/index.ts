export { buildCollaborationsSchema } from './schema';
export { startCollaborations } from './server';
export type { CollaborationsOptions, CollaborationsService } from './server';
export { collaborationsEnvShape } from './config';
export { seedCollaborations } from './seed/collaboration.seeder';
export { initCollaborationsDatabase } from './database';
