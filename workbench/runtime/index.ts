/**
 * The local Forge runtime: the real `@forge/kvs`, `@forge/api` and `@forge/events` run unchanged
 * against a SQLite KVS emulator, local product stand-ins and local platform services (queues,
 * scheduled triggers, webtriggers), in tests and in the workbench.
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
export { FORGE_EXPIRED_PURGE_MS } from './kvs/ttl';
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
export { createJiraStandIn } from './products/jira-stand-in';
export type { JiraStandIn, JiraStandInOptions } from './products/jira-stand-in';
export { JIRA_APP_USER, JiraSite } from './products/jira-site';
export type { JiraStandInEntityProperty, JiraStandInGroup, JiraStandInIssueSeed, JiraStandInProject, JiraStandInUser } from './products/jira-site-types';
export * as JIRA_DEFAULTS from './products/jira-site-defaults';
export { PERMISSION_CHECK_PATH } from './products/confluence-permission-stand-in';
export { PAGE_PATH, PAGES_PATH } from './products/confluence-pages-stand-in';
export { GROUP_PICKER_PATH, MEMBER_OF_PATH, USER_SEARCH_PATH } from './products/confluence-directory-stand-in';
export { readManifestModules, parseManifestModules } from './manifest/read-manifest-modules';
export { readManifestEntityProperties } from './manifest/read-manifest-entity-properties';
export type {
  ConsumerDeclaration,
  FunctionDeclaration,
  ManifestModules,
  ScheduledTriggerDeclaration,
  StaticOutputDeclaration,
  WebtriggerDeclaration,
} from './manifest/manifest-modules';
export { HandlerMissing } from './functions/app-functions';
export type { ForgeFunction, InvocationContext } from './functions/app-functions';
export { FORGE_QUEUE_LIMITS, THROWN_RETRY_REASON } from './events/queue-limits';
export type { QueueLimits } from './events/queue-limits';
export type { LocalQueues } from './events/local-queues';
export type { DeliveredEvent, DrainOptions, DrainReport, Redeliver } from './events/queue-delivery';
export type { EventRecord, EventStatus, PushedEvent, RecordedDelivery, RecordedPush } from './events/queue-records';
export type { RecordedTriggerRun, ScheduledTriggerEvent, ScheduledTriggers } from './triggers/scheduled-triggers';
export { MAX_PRODUCT_EVENT_RETRIES } from './triggers/product-triggers';
export type { DroppedProductEvent, ProductTriggers, RecordedTriggerDelivery } from './triggers/product-triggers';
export type { JiraWorkflowValidators, RecordedValidatorRun } from './functions/jira-workflow-validators';
export type { IssueEventNotice, JiraAppConnection, ValidatorRun, ValidatorVerdict } from './products/jira-app-connection';
export { evaluateJiraExpression, JiraExpressionError } from './products/jira-expression';
export { WEBTRIGGER_METHODS } from './webtriggers/local-webtriggers';
export type { LocalWebtriggers, RecordedWebtriggerCall, WebtriggerRequest, WebtriggerRequestInit } from './webtriggers/local-webtriggers';
export { INVOCATION_PAYLOAD_LIMIT } from './webtriggers/webtrigger-response';
export type { WebtriggerResponse } from './webtriggers/webtrigger-response';
export { WEBTRIGGER_URL_LIMITS } from './webtriggers/webtrigger-graphql';
