export { startGateway } from './gateway';
export type { GatewayOptions } from './gateway';
export { loadSupergraph, readSchemaFile, SCHEMA_DIR, SUPERGRAPH_FILE } from './supergraph';
export {
  DEFAULT_LIMITS,
  gatewayEditEnvShape,
  gatewayEditOptions,
  gatewayLimits,
  gatewayLimitsEnvShape,
} from './config';
export { gatewayCors, gatewayHttpEnvShape } from './http/http.config';
export { WEB_DIST_DIR } from './web/web-root';
export { AccountStore, DEFAULT_LOCKOUT } from './auth/account-store';
export type { LockoutPolicy } from './auth/account-store';
export { hashPassword } from './auth/password';
export type { OidcConfig } from './auth/oidc';
