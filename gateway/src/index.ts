export { startGateway } from './gateway';
export type { GatewayOptions } from './gateway';
export { loadSupergraph, staleSchemaFiles, SCHEMA_DIR } from './schema/schema-files';
export { startStack } from './stack/stack';
export { DEFAULT_LIMITS } from './config';
export { ensureWebBuild, WEB_DIST_DIR } from './web/web-build';
export { AccountStore, DEFAULT_LOCKOUT } from './auth/account-store';
export type { LockoutPolicy } from './auth/account-store';
export { hashPassword } from './auth/password';
