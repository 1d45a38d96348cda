/** What the app knows of itself at run time: its version, and the ARI Jira names its modules by. */
export interface AppIdentity {
  appVersion(): string;
  /** `ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}`: how a workflow rule names the app's module. */
  moduleAri(moduleKey: string): string;
}
