import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ImportCardResult, ResolverResult } from '../../src/contracts/resolver-contracts';
import { JIRA_ADMIN_RESOLVER_KEYS, type JiraAdminProjectsView, type ProvisioningPlan } from '../../src/contracts/jira-admin-contracts';
import { JIRA_SETTINGS_RESOLVER_KEYS, type CardJiraSettingsEditorView, type CardJiraSettingsView } from '../../src/contracts/jira-settings-contracts';
import { CardJiraSettingsSchema, JiraAdminProjectsSchema } from '../../src/contracts/jira-settings-outputs';
import { resolverResultSchema } from '../../src/contracts/resolver-outputs';
import type { RaiseActionResult } from '../../src/contracts/action-contracts';
import { PROVISION_RECORD_KEY, type ProvisionRecord } from '../../src/core/capa/provisioning/provision-record';
import { assertRequestsConform, checkScopeCoverage, type RecordedRequest } from '../support/openapi';
import { readManifestScopes } from '../support/manifest';
import { CONFLUENCE_ONLY, EDITOR, OUTSIDER, READER, SITE_ADMIN, importPayload, startHandlerHarness } from './forge-handler-harness';

const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');
const { listProjects, setDefaultProject, planProvisioning, runProvisioningStep } = JIRA_ADMIN_RESOLVER_KEYS;
const { getCardJiraSettings, saveCardJiraSettings } = JIRA_SETTINGS_RESOLVER_KEYS;

describe('which Jira project: the site default on the admin page, the card’s own in its settings (production handlers in the local Forge runtime, over the Jira stand-in)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  let cardId: string;
  let kpiId: string;
  const ok = <T>(result: ResolverResult<T>): T => {
    if (!result.ok) throw new Error(`${result.error.code}/${result.error.reason ?? ''}: ${result.error.message}`);
    return result.data;
  };
  const provision = async (projectKey: string) => {
    const input = { projectKey, language: 'en' as const };
    let plan = ok(await harness.callJiraAdmin<ProvisioningPlan>(planProvisioning, input, SITE_ADMIN));
    for (let step = 0; step < 40 && !plan.complete; step += 1) {
      plan = ok(await harness.callJiraAdmin<{ plan: ProvisioningPlan }>(runProvisioningStep, { ...input, approved: plan.approvals }, SITE_ADMIN)).plan;
    }
    expect(ok(await harness.callJiraAdmin<ProvisioningPlan>(planProvisioning, input, SITE_ADMIN)).complete).toBe(true);
  };
  const projects = async (accountId = SITE_ADMIN) => {
    const result = await harness.callJiraAdmin<JiraAdminProjectsView>(listProjects, {}, accountId);
    resolverResultSchema(JiraAdminProjectsSchema).parse(result);
    return result;
  };
  const setDefault = async (projectId: string, expectedDefaultProjectId: string | null, accountId = SITE_ADMIN) => {
    const result = await harness.callJiraAdmin<JiraAdminProjectsView>(setDefaultProject, { projectId, expectedDefaultProjectId }, accountId);
    resolverResultSchema(JiraAdminProjectsSchema).parse(result);
    return result;
  };
  const cardSettings = async (accountId: string) => {
    const result = await harness.call<CardJiraSettingsView>(getCardJiraSettings, { cardId }, { accountId });
    resolverResultSchema(CardJiraSettingsSchema).parse(result);
    return result;
  };
  const editorSettings = async (accountId: string): Promise<CardJiraSettingsEditorView> => {
    const view = ok(await cardSettings(accountId));
    if (!view.canEdit) throw new Error(`${accountId} was shown the reader's view`);
    return view;
  };
  const saveCard = async (accountId: string, change: { expectedVersion: number; projectId: string | null; autoRaise: boolean }) => {
    const result = await harness.call<CardJiraSettingsEditorView>(saveCardJiraSettings, { cardId, ...change }, { accountId });
    resolverResultSchema(CardJiraSettingsSchema).parse(result);
    return result;
  };
  const record = () => harness.jira.site.appProperties.get(PROVISION_RECORD_KEY) as ProvisionRecord;
  const jiraRequests = () => harness.runtime.productRequests.filter((request) => request.remote === 'jira');

  beforeEach(async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    harness = startHandlerHarness();
    // Only the Jira admin may create issues in AUD; anyone in Jira may in QMS.
    harness.jira.site.addProject({ id: '10002', key: 'AUD', name: 'Audits', style: 'classic', creators: [SITE_ADMIN] });
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    cardId = imported.data.view.card.id;
    kpiId = imported.data.view.card.content.kpis[0]!.id;
  });
  afterEach(() => {
    harness.close();
    jest.restoreAllMocks();
  });

  it('lets the Jira admin choose the site default among the projects set up, every request as the spec allows and the manifest grants', async () => {
    await provision('QMS');
    await provision('AUD');
    harness.runtime.productRequests.length = 0;
    expect(ok(await projects())).toEqual({
      projects: [
        { id: '10002', key: 'AUD', ready: true, isDefault: false },
        { id: '10000', key: 'QMS', ready: true, isDefault: true },
      ],
      defaultProjectId: '10000',
    });
    const chosen = ok(await setDefault('10002', '10000'));
    expect(chosen.defaultProjectId).toBe('10002');
    expect(record().defaultProjectId).toBe('10002');
    // Asked of Jira as the admin; the record read and written as the app.
    expect(jiraRequests().map((request) => [request.method, request.path.split('?')[0], request.asUser ? request.accountId : 'app'])).toEqual([
      ['GET', '/rest/api/3/mypermissions', SITE_ADMIN],
      ['GET', '/rest/forge/1/app/properties/process-cards.provisioning', 'app'],
      ['GET', '/rest/api/3/mypermissions', SITE_ADMIN],
      ['GET', '/rest/forge/1/app/properties/process-cards.provisioning', 'app'],
      ['PUT', '/rest/forge/1/app/properties/process-cards.provisioning', 'app'],
    ]);
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    expect(checkScopeCoverage(readManifestScopes(), harness.runtime.productRequests as unknown as RecordedRequest[], ['storage:app']).uncovered).toEqual([]);
    // A page that still shows the old default is told, and changes nothing.
    expect(await setDefault('10000', '10000')).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'jira-default-changed' } });
    expect(record().defaultProjectId).toBe('10002');
  });

  it('refuses a Jira user who is no admin, a project not set up and a malformed id, changing nothing', async () => {
    await provision('QMS');
    const before = structuredClone(record());
    expect(await projects(EDITOR)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'jira' } });
    expect(await setDefault('10000', '10000', EDITOR)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'jira' } });
    expect(await setDefault('10000', '10000', OUTSIDER)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await setDefault('10002', '10000')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'jira-project-not-ready', params: { project: '10002' } } });
    expect(await setDefault('AUD', '10000')).toMatchObject({ ok: false, error: { code: 'VALIDATION', reason: 'payload' } });
    expect(record()).toEqual(before);
  });

  it('shows the card’s editor the projects from storage’s copy with the site default, saves the card’s project, and raising goes there', async () => {
    await provision('QMS');
    await provision('AUD');
    ok(await setDefault('10002', '10000'));
    harness.runtime.productRequests.length = 0;
    const shown = await editorSettings(EDITOR);
    expect(shown).toMatchObject({
      connected: true,
      projects: [
        { id: '10002', key: 'AUD' },
        { id: '10000', key: 'QMS' },
      ],
      siteDefault: { id: '10002', key: 'AUD' },
      projectId: null,
      autoRaise: false,
      canEdit: true,
    });
    // The admin page's copy in storage answers: Jira itself is not asked (only Confluence, for the page's permissions).
    expect(jiraRequests()).toEqual([]);
    const saved = ok(await saveCard(EDITOR, { expectedVersion: shown.version, projectId: '10000', autoRaise: true }));
    // Turning automatic raising on asked Jira, as the editor, whether they may create issues in QMS: once, as the spec allows and the manifest grants.
    expect(jiraRequests().map((request) => [request.method, request.path, request.asUser ? request.accountId : 'app'])).toEqual([
      ['GET', '/rest/api/3/mypermissions?projectId=10000&permissions=CREATE_ISSUES', EDITOR],
    ]);
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
    expect(checkScopeCoverage(readManifestScopes(), harness.runtime.productRequests as unknown as RecordedRequest[], ['storage:app']).uncovered).toEqual([]);
    expect(saved).toMatchObject({ version: shown.version + 1, projectId: '10000', autoRaise: true });
    expect(await saveCard(EDITOR, { expectedVersion: shown.version, projectId: null, autoRaise: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'version' } });
    expect(await saveCard(READER, { expectedVersion: saved.version, projectId: null, autoRaise: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'edit' } });
    expect(await saveCard(EDITOR, { expectedVersion: saved.version, projectId: '10001', autoRaise: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'jira-project-not-ready' } });
    expect(ok(await cardSettings(READER))).toEqual({ cardId, canEdit: false });

    const raised = ok(
      await harness.call<RaiseActionResult>(
        'action/raise',
        { cardId, kpiId, kind: 'corrective-action', summary: 'Late deliveries', problem: 'Three late in a row.', requestId: randomUUID() },
        { accountId: EDITOR },
      ),
    );
    expect(harness.jira.site.issue(raised.issue.key)!.project.key).toBe('QMS');
  });

  it('lets only someone Jira lets create issues in the card’s project turn automatic raising on or move it, saving nothing otherwise', async () => {
    await provision('QMS');
    await provision('AUD');
    const version = (await editorSettings(EDITOR)).version;
    const refused = { ok: false, error: { code: 'FORBIDDEN', reason: 'jira-create', params: { project: 'AUD' } } };
    harness.runtime.productRequests.length = 0;
    expect(await saveCard(EDITOR, { expectedVersion: version, projectId: '10002', autoRaise: true })).toMatchObject(refused);
    // Jira says 200 with havePermission false: the editor browses AUD but may not create in it.
    expect(jiraRequests().map((request) => [request.path, request.status])).toEqual([['/rest/api/3/mypermissions?projectId=10002&permissions=CREATE_ISSUES', 200]]);
    // An editor of the page without a Jira licence: Jira answers 401, and that is a refusal too.
    expect(await saveCard(CONFLUENCE_ONLY, { expectedVersion: version, projectId: '10000', autoRaise: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'jira-create', params: { project: 'QMS' } } });
    expect(jiraRequests().map((request) => request.status)).toEqual([200, 401]);
    expect(await editorSettings(EDITOR)).toMatchObject({ version, projectId: null, autoRaise: false });

    // Off, AUD may be chosen; turning it on there is refused, as is making AUD the default the card follows.
    const chosen = ok(await saveCard(EDITOR, { expectedVersion: version, projectId: '10002', autoRaise: false }));
    expect(await saveCard(EDITOR, { expectedVersion: chosen.version, projectId: '10002', autoRaise: true })).toMatchObject(refused);
    ok(await setDefault('10002', '10000'));
    expect(await saveCard(EDITOR, { expectedVersion: chosen.version, projectId: null, autoRaise: true })).toMatchObject(refused);
    // The Jira admin may: their say-so is in the audit trail.
    const on = ok(await saveCard(SITE_ADMIN, { expectedVersion: chosen.version, projectId: null, autoRaise: true }));
    expect(on).toMatchObject({ version: chosen.version + 1, projectId: null, autoRaise: true });
    assertRequestsConform(jiraRequests() as unknown as RecordedRequest[]);
  });

  it('shows a reader no project key, default or choice of the card, and asks Jira nothing for them', async () => {
    await provision('QMS');
    await provision('AUD');
    const shown = await editorSettings(EDITOR);
    ok(await saveCard(EDITOR, { expectedVersion: shown.version, projectId: '10002', autoRaise: false }));
    harness.runtime.productRequests.length = 0;
    const read = await cardSettings(READER);
    expect(read).toEqual({ ok: true, data: { cardId, canEdit: false } });
    expect(jiraRequests()).toEqual([]);
  });

  it('says Jira is not connected before any project is set up, and refuses a project then', async () => {
    const shown = await editorSettings(EDITOR);
    expect(shown).toMatchObject({ connected: false, projects: [], siteDefault: null });
    expect(await saveCard(EDITOR, { expectedVersion: shown.version, projectId: '10000', autoRaise: false })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'jira-project' } });
    expect(await harness.call(getCardJiraSettings, { cardId }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', reason: 'sign-in' } });
  });
});
