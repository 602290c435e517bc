export { startDirectory } from './directory';
export type {
  Directory,
  DirectoryGatewayOptions,
  DirectoryOptions,
  SubgraphName,
} from './directory';
export { startSearchThread } from './search-thread';
export type { SearchHandle } from './search-thread';
export { staleSchemaFiles, SCHEMA_DIR } from './schema/schema-files';
export { ensureWebBuild } from './web/web-build';
