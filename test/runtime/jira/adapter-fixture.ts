import { ForgeJiraProvisioning } from '../../../src/adapters/forge/forge-jira-provisioning';
import { ForgeAppProperties } from '../../../src/adapters/forge/forge-app-properties';
import { createJiraStandIn, installForgeRuntime, type ForgeRuntimeHandle, type JiraStandIn, type JiraStandInOptions } from '../../../workbench/runtime';
import { fakePacing } from '../fake-pacing';
import { ADMIN, QMS, SECRET, TEAM, USERS } from './jira-stand-in-fixture';

export const OPS = { id: '10003', key: 'OPS', name: 'Operations', style: 'classic' } as const;

export interface AdapterFixture {
  runtime: ForgeRuntimeHandle;
  jira: JiraStandIn;
  provisioning: ForgeJiraProvisioning;
  properties: ForgeAppProperties;
  pacing: ReturnType<typeof fakePacing>;
  log: jest.Mock;
  /** Runs the adapter inside an invocation by `accountId` (the admin by default), as a resolver does. */
  as<T>(work: (provisioning: ForgeJiraProvisioning) => Promise<T>, accountId?: string): Promise<T>;
  /** What the call threw. */
  failure(work: (provisioning: ForgeJiraProvisioning) => Promise<unknown>, accountId?: string): Promise<{ code?: string; reason?: string; message: string }>;
  close(): void;
}

/** The Forge adapter in the local Forge runtime, against the Jira stand-in. */
export function startAdapter(options: Partial<JiraStandInOptions> = {}): AdapterFixture {
  const jira = createJiraStandIn({ users: USERS, projects: [QMS, TEAM, SECRET, OPS], ...options });
  const runtime = installForgeRuntime({ productHandlers: [jira] });
  const pacing = fakePacing();
  const log = jest.fn();
  const provisioning = new ForgeJiraProvisioning({ pacing, log });
  const properties = new ForgeAppProperties({ pacing, log });
  const as = <T>(work: (provisioning: ForgeJiraProvisioning) => Promise<T>, accountId = ADMIN) => runtime.runInvocation(accountId, () => work(provisioning));
  return {
    runtime,
    jira,
    provisioning,
    properties,
    pacing,
    log,
    as,
    failure: (work, accountId) =>
      as(work, accountId).then(
        () => {
          throw new Error('expected the call to fail');
        },
        (error: unknown) => error as { code?: string; reason?: string; message: string },
      ),
    close: () => runtime.close(),
  };
}
