export { startDirectory } from './directory';
export type {
  Directory,
  DirectoryGatewayOptions,
  DirectoryOptions,
  SubgraphName,
} from './directory';
export { staleSchemaFiles, SCHEMA_DIR } from './schema/schema-files';
export { ensureWebBuild } from './web/web-build';
