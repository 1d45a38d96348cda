/**
 * The local Forge runtime: the real `@forge/kvs` and `@forge/api` run unchanged against a
 * SQLite KVS emulator and local product stand-ins, in tests and in the workbench.
 */
export { installForgeRuntime } from './install-forge-runtime';
export type { ForgeRuntimeHandle, InstallForgeRuntimeOptions } from './install-forge-runtime';
export { readManifestEntities } from './read-manifest-entities';
export { DEFAULT_APP_CONTEXT } from './app-context';
export type { LocalAppContext } from './app-context';
export type { ForgeFetch, ForgeFetchDescriptor } from './create-forge-fetch';
export { EntityDefinition } from './kvs/entity-definitions';
export { FORGE_KVS_LIMITS } from './kvs/kvs-limits';
export type { KvsLimits } from './kvs/kvs-limits';
export { KvsStats } from './kvs/kvs-stats';
export { FORGE_KVS_QUOTA, KVS_UNIT_BYTES } from './kvs/kvs-quota';
export type { KvsQuotaLimits } from './kvs/kvs-quota';
export { CONDITION_FAILED_CODE } from './kvs/run-transaction';
export { ProductRouter } from './products/product-router';
export type {
  ProductHandler,
  ProductRemote,
  ProductRequest,
  ProductResponse,
  RecordedProductRequest,
} from './products/product-request';
export { matchPath } from './products/match-path';
export { createConfluenceStandIn } from './products/confluence-stand-in';
export type { ConfluenceStandIn, ConfluenceStandInOptions } from './products/confluence-stand-in';
export { APP_USER, STAND_IN_SPACE_ID } from './products/confluence-site';
export type { StandInGroup, StandInPage, StandInPages, StandInUser } from './products/confluence-site';
export { PERMISSION_CHECK_PATH } from './products/confluence-permission-stand-in';
export { PAGE_PATH, PAGES_PATH } from './products/confluence-pages-stand-in';
export { GROUP_PICKER_PATH, MEMBER_OF_PATH, USER_SEARCH_PATH } from './products/confluence-directory-stand-in';
