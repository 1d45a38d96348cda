import api, { assumeTrustedRoute, type RequestInit } from '@forge/api';
import { checkResponse } from '../../support/openapi';
import {
  createJiraStandIn,
  installForgeRuntime,
  type ForgeRuntimeHandle,
  type JiraStandIn,
  type JiraStandInOptions,
  type JiraStandInProject,
  type JiraStandInUser,
} from '../../../workbench/runtime';

export const ADMIN = 'jira-admin';
export const MEMBER = 'jira-member';
/** Known to the site, but without a Jira licence. */
export const NO_ACCESS = 'no-jira';
export const USERS: JiraStandInUser[] = [
  { accountId: ADMIN, name: 'Jira admin', jiraAdmin: true },
  { accountId: MEMBER, name: 'Jira member' },
  { accountId: NO_ACCESS, name: 'Confluence only', jiraAccess: false },
];
export const QMS: JiraStandInProject = { id: '10000', key: 'QMS', name: 'Quality', style: 'classic', issues: [{}, {}] };
export const TEAM: JiraStandInProject = { id: '10001', key: 'TEAM', name: 'Team board', style: 'next-gen' };
/** Browsable by the member alone: not even the admin may browse it. */
export const SECRET: JiraStandInProject = { id: '10002', key: 'SEC', name: 'Secret', style: 'classic', browsers: [MEMBER] };

export interface JiraFixture {
  runtime: ForgeRuntimeHandle;
  jira: JiraStandIn;
  /** A request as `accountId` (asUser), the body sent as JSON. */
  asUser(accountId: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }>;
  /** The same as the app (asApp). */
  asApp(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }>;
  close(): void;
}

export function startJira(options: Partial<JiraStandInOptions> = {}): JiraFixture {
  const jira = createJiraStandIn({ users: USERS, projects: [QMS, TEAM, SECRET], ...options });
  const runtime = installForgeRuntime({ productHandlers: [jira] });
  const init = (method: string, body: unknown): RequestInit => ({
    method,
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const read = async (response: Response) => {
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
  };
  return {
    runtime,
    jira,
    asUser: (accountId, method, path, body) =>
      runtime.runInvocation(accountId, async () => read((await api.asUser().requestJira(assumeTrustedRoute(path), init(method, body))) as unknown as Response)),
    asApp: async (method, path, body) => read((await api.asApp().requestJira(assumeTrustedRoute(path), init(method, body))) as unknown as Response),
    close: () => runtime.close(),
  };
}

/** Every answer the runtime recorded, each checked against the Jira spec's response for its status. */
export function problemsOfAnswers(runtime: ForgeRuntimeHandle): string[] {
  return runtime.productRequests.flatMap(({ method, path, status, responseBody }) => {
    const result = checkResponse({ product: 'jira', method, path, status, body: responseBody });
    return result.ok ? [] : result.problems.map((problem) => `${method} ${path} → ${status}: ${problem}`);
  });
}
