import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';
import { JIRA_DEFAULTS } from '../../../workbench/runtime';

const { TODO_STATUS_ID: TODO, IN_PROGRESS_STATUS_ID: DOING, DONE_STATUS_ID: DONE } = JIRA_DEFAULTS;
const STATUSES = [
  { id: TODO, name: 'To Do', statusCategory: 'TODO', statusReference: TODO },
  { id: DOING, name: 'In Progress', statusCategory: 'IN_PROGRESS', statusReference: DOING },
  { id: DONE, name: 'Done', statusCategory: 'DONE', statusReference: DONE },
];
const resolution = { ruleKey: 'system:update-field', parameters: { field: 'resolution', value: '10000' } };
const validator = { ruleKey: 'forge:expression-validator', parameters: { key: 'ari:cloud:ecosystem::extension/app/env/static/validator', config: '{}' } };
const notFromDone = { ruleKey: 'system:restrict-from-status', parameters: { fromStatusIds: DONE } };

const transitions = () => [
  { id: '1', name: 'Create', type: 'INITIAL', toStatusReference: TODO, links: [], validators: [validator], actions: [] },
  { id: '2', name: 'Start', type: 'DIRECTED', toStatusReference: DOING, links: [{ fromStatusReference: TODO }], validators: [], actions: [], conditions: { operation: 'ALL', conditions: [], conditionGroups: [] } },
  { id: '3', name: 'Close', type: 'GLOBAL', toStatusReference: DONE, links: [], validators: [], actions: [resolution], conditions: { operation: 'ALL', conditions: [notFromDone], conditionGroups: [] } },
];
const workflow = (name = 'Corrective action', overrides: Record<string, unknown> = {}) => ({
  name,
  description: 'ISO 9001 §10.2',
  statuses: [TODO, DOING, DONE].map((statusReference) => ({ statusReference, properties: {} })),
  transitions: transitions(),
  ...overrides,
});
const create = (...workflows: object[]) => ({ scope: { type: 'GLOBAL' }, statuses: STATUSES, workflows });

type WorkflowJson = {
  id: string;
  name: string;
  version: { id: string; versionNumber: number };
  statuses: Array<{ statusReference: string }>;
  transitions: Array<{ id: string; name: string; type: string; validators: Array<{ id: string; ruleKey: string }>; actions: Array<{ id: string; ruleKey: string; parameters: object }>; conditions?: { operation: string; conditions: Array<{ ruleKey: string }> } }>;
};
const workflowsOf = (body: unknown) => (body as { workflows: WorkflowJson[] }).workflows;

describe('the Jira stand-in: workflows', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());
  const post = (path: string, body: unknown, accountId = ADMIN) => fixture.asUser(accountId, 'POST', `/rest/api/3/workflows${path}`, body);
  const created = async (name = 'Corrective action') => workflowsOf((await post('/create', create(workflow(name)))).body)[0]!;

  it('creates a workflow and reads it back with rule keys and parameters as given, rule ids new on every read (stand-in behaviour: confirm on a dev site)', async () => {
    const answer = await post('/create', create(workflow()));
    expect(answer.status).toBe(200);
    const [made] = workflowsOf(answer.body);
    expect(made).toMatchObject({ name: 'Corrective action', isEditable: true, version: { versionNumber: 0 } });
    const read = async () => workflowsOf((await post('', { workflowIds: [made!.id, 'gone'] })).body);
    const [first] = await read();
    const [second] = await read();
    const close = first!.transitions.find((transition) => transition.name === 'Close')!;
    expect(close.actions).toEqual([{ id: expect.any(String), ruleKey: 'system:update-field', parameters: { field: 'resolution', value: '10000' } }]);
    expect(close.conditions).toMatchObject({ operation: 'ALL', conditions: [{ ruleKey: 'system:restrict-from-status' }] });
    expect(first!.transitions.find((transition) => transition.type === 'INITIAL')).not.toHaveProperty('conditions');
    const ruleIds = (found: WorkflowJson) => found.transitions.flatMap((transition) => [...transition.validators, ...transition.actions].map((rule) => rule.id));
    expect(ruleIds(first!)).toHaveLength(2);
    expect(ruleIds(first!).some((id) => ruleIds(second!).includes(id))).toBe(false);
    expect(workflowsOf((await post('', { workflowNames: ['Corrective action'] })).body).map((found) => found.id)).toEqual([made!.id]);
  });

  it('lists statuses and transitions in an order of its own, not the order written', async () => {
    const made = await created();
    expect(made.statuses.map((status) => status.statusReference)).toEqual([DOING, TODO, DONE]);
    expect(made.transitions.map((transition) => transition.name)).not.toEqual(['Create', 'Start', 'Close']);
  });

  it('validates without creating: one initial transition, without conditions; directed ones leave statuses; known statuses; a free name', async () => {
    const objections = async (...workflows: object[]) =>
      ((await post('/create/validation', { payload: create(...workflows) })).body as { errors: Array<{ code: string; level: string }> }).errors.map((error) => error.code);
    expect(await objections(workflow())).toEqual([]);
    const [initial, start, close] = transitions();
    expect(await objections(workflow('A', { transitions: [initial, { ...initial, id: '9' }, start, close] }))).toEqual(['MULTIPLE_INITIAL_TRANSITIONS']);
    expect(await objections(workflow('B', { transitions: [{ ...initial, conditions: { operation: 'ALL', conditions: [], conditionGroups: [] } }, start, close] }))).toEqual(['INITIAL_TRANSITION_CONDITIONS']);
    expect(await objections(workflow('C', { transitions: [initial, { ...start, links: [] }, close] }))).toEqual(['MISSING_FROM_STATUS']);
    expect(await objections(workflow('D', { transitions: [initial, start, { ...close, links: [{ fromStatusReference: TODO }] }] }))).toEqual(['UNEXPECTED_FROM_STATUS']);
    expect(await objections(workflow('E', { statuses: [{ statusReference: 'nowhere', properties: {} }] }))).toContain('UNKNOWN_STATUS_REFERENCE');
    expect(await objections(workflow('F', { transitions: [initial, start, { ...close, actions: [{ ruleKey: 'update the field', parameters: {} }] }] }))).toEqual(['INVALID_RULE_KEY']);
    expect(await objections(workflow('jira'))).toEqual(['NON_UNIQUE_WORKFLOW_NAME']);
    expect(await objections(workflow('G'), workflow('g'))).toEqual(['NON_UNIQUE_WORKFLOW_NAME']);
    expect(fixture.jira.site.workflows.size).toBe(1);
  });

  it('checks the documented rules’ place and parameters: the Forge validator, separation of duties by the workflow’s status ids, the restriction (stand-in behaviour: confirm on a dev site)', async () => {
    const objections = async (...workflows: object[]) =>
      ((await post('/create/validation', { payload: create(...workflows) })).body as { errors: Array<{ code: string; message: string }> }).errors;
    const [initial, start, close] = transitions();
    const closeWith = (name: string, change: { validators?: object[]; conditions?: object[] }) =>
      workflow(name, {
        transitions: [
          initial,
          start,
          { ...close, ...(change.validators ? { validators: change.validators } : {}), conditions: { operation: 'ALL', conditions: change.conditions ?? [], conditionGroups: [] } },
        ],
      });
    const fourEyes = { ruleKey: 'system:separation-of-duties', parameters: { fromStatusId: TODO, toStatusId: DOING } };
    const admins = { ruleKey: 'system:restrict-issue-transition', parameters: { permissionKeys: 'ADMINISTER_PROJECTS' } };
    const group = { ruleKey: 'system:restrict-issue-transition', parameters: { groupIds: '703ff44a-7dc8-4f4b-9aa6-a65bf3574fa4' } };
    expect(await objections(closeWith('Fine', { validators: [validator], conditions: [fourEyes, admins, group] }))).toEqual([]);
    const refused = async (name: string, change: { validators?: object[]; conditions?: object[] }) =>
      (await objections(closeWith(name, change))).map((error) => [error.code, error.message.replace(/^.*: /, '')]);
    expect(await refused('A', { conditions: [{ ...fourEyes, parameters: { fromStatusId: TODO, toStatusId: '99999' } }] })).toEqual([
      ['INVALID_RULE_PARAMETERS', "toStatusId '99999' is not the id of one of the workflow's statuses."],
    ]);
    expect(await refused('B', { conditions: [{ ...fourEyes, parameters: { fromStatusId: TODO } }] })).toEqual([
      ['INVALID_RULE_PARAMETERS', "it needs the parameter 'toStatusId'."],
      ['INVALID_RULE_PARAMETERS', "toStatusId '' is not the id of one of the workflow's statuses."],
    ]);
    expect(await refused('C', { validators: [fourEyes] })).toEqual([['INVALID_RULE_PARAMETERS', 'it belongs among the conditions, not the validators.']]);
    expect(await refused('D', { validators: [{ ...validator, parameters: { key: 'effectiveness-gate', config: '{}' } }] })).toEqual([
      ['INVALID_RULE_PARAMETERS', "key 'effectiveness-gate' is not a Forge module's ARI."],
    ]);
    expect(await refused('E', { validators: [{ ...validator, parameters: { ...validator.parameters, config: 'N=2' } }] })).toEqual([['INVALID_RULE_PARAMETERS', 'config is not stringified JSON.']]);
    expect(await refused('F', { conditions: [{ ...admins, parameters: { permissionKeys: 'ADMINISTER_EVERYTHING' } }] })).toEqual([
      ['INVALID_RULE_PARAMETERS', "'ADMINISTER_EVERYTHING' is not a built-in permission."],
    ]);
    expect(await refused('G', { conditions: [{ ...admins, parameters: { accountIds: 'allow-reporter' } }] })).toEqual([
      ['INVALID_RULE_PARAMETERS', 'accountIds are only supported in team-managed projects.'],
    ]);
    expect(await refused('H', { conditions: [{ ...admins, parameters: { groups: 'qa' } }] })).toEqual([["INVALID_RULE_PARAMETERS", "it takes no parameter 'groups'."]]);
    expect(await refused('I', { conditions: [{ ...admins, parameters: {} }] })).toEqual([['INVALID_RULE_PARAMETERS', 'it names nobody who may transition.']]);
    // An update is held to the same.
    const made = await created('Checked on update');
    const update = { statuses: STATUSES, workflows: [{ id: made.id, version: made.version, ...closeWith('Checked on update', { conditions: [{ ...fourEyes, parameters: { fromStatusId: '1', toStatusId: DOING } }] }) }] };
    expect(await post('/update', update)).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining("fromStatusId '1'")] } });
  });

  it('refuses to create what validation objects to, creating nothing', async () => {
    const [initial, start] = transitions();
    const refused = await post('/create', create(workflow('A', { transitions: [start] }), workflow('B', { transitions: [initial] })));
    expect(refused).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('exactly one initial transition')] } });
    expect(fixture.jira.site.workflows.size).toBe(1);
    expect((await post('/create', { statuses: STATUSES, workflows: [workflow()] })).status).toBe(400);
    expect((await post('/create', create({ name: 'No transitions', statuses: [] }))).status).toBe(400);
  });

  it('creates the statuses a payload names without an id, and refuses a status id that does not exist', async () => {
    const fresh = { name: 'Verified', statusCategory: 'DONE', statusReference: 'ref-verified' };
    const payload = {
      scope: { type: 'GLOBAL' },
      statuses: [...STATUSES, fresh],
      workflows: [workflow('With new', { statuses: [...workflow().statuses, { statusReference: 'ref-verified', properties: {} }] })],
    };
    const answer = await post('/create', payload);
    expect(answer.status).toBe(200);
    const verified = [...fixture.jira.site.statuses.values()].find((status) => status.name === 'Verified')!;
    expect(workflowsOf(answer.body)[0]!.statuses.map((status) => status.statusReference)).toContain(verified.id);
    expect((await post('/create', { ...payload, workflows: [workflow('Again', { statuses: [...workflow().statuses, { statusReference: 'ref-verified', properties: {} }] })] })).status).toBe(400);
    expect((await post('/create', create(workflow('X')))).status).toBe(200);
    expect((await post('/create', { scope: { type: 'GLOBAL' }, statuses: [{ ...STATUSES[0], id: '77777' }], workflows: [workflow('Y')] })).status).toBe(400);
  });

  it('updates the version named, and answers 409 to a stale one', async () => {
    const made = await created();
    const [initial, start, close] = transitions();
    const update = (version: object) => ({
      statuses: STATUSES,
      workflows: [{ id: made.id, version, statuses: workflow().statuses, transitions: [initial, start, { ...close, actions: [] }] }],
    });
    const answer = await post('/update', update(made.version));
    expect(answer.status).toBe(200);
    const [updated] = workflowsOf(answer.body);
    expect(updated!.version.versionNumber).toBe(1);
    expect(updated!.version.id).not.toBe(made.version.id);
    expect(updated!.transitions.find((transition) => transition.name === 'Close')!.actions).toEqual([]);
    expect(updated!.name).toBe('Corrective action');
    expect((await post('/update', update(made.version))).status).toBe(409);
    expect((await post('/update', update({ ...updated!.version, id: made.version.id }))).status).toBe(409);
    expect((await post('/update', update({ ...updated!.version, versionNumber: 0 }))).status).toBe(409);
    expect((await post('/update', update({ versionNumber: 1 }))).status).toBe(200);
    const validation = await post('/update/validation', { payload: update(made.version) });
    expect((validation.body as { errors: Array<{ code: string }> }).errors.map((error) => error.code)).toEqual(['STALE_VERSION']);
  });

  it('refuses to edit the system workflow', async () => {
    const [jira] = workflowsOf((await post('', { workflowNames: ['jira'] })).body);
    expect(jira).toMatchObject({ isEditable: false });
    const answer = await post('/update', { statuses: STATUSES, workflows: [{ id: jira!.id, version: jira!.version, statuses: workflow().statuses, transitions: transitions() }] });
    expect(answer).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('cannot be edited')] } });
  });

  it('asks where issues go when an update drops the status they are in, and moves them as mapped', async () => {
    const made = await created();
    const { site } = fixture.jira;
    const scheme = site.addWorkflowScheme({ name: 'QMS scheme', description: '', defaultWorkflow: 'Corrective action', issueTypeMappings: {} });
    const qms = site.project('QMS')!;
    qms.workflowSchemeId = scheme.id;
    qms.issues[0]!.statusId = DOING;
    const [initial, , close] = transitions();
    const withoutDoing = (extra: object = {}) => ({
      statuses: STATUSES.filter((status) => status.id !== DOING),
      workflows: [{ id: made.id, version: made.version, statuses: [TODO, DONE].map((statusReference) => ({ statusReference, properties: {} })), transitions: [initial, close], ...extra }],
    });
    const refused = await post('/update', withoutDoing());
    expect(refused).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('QMS')] } });
    expect((await post('/update', withoutDoing({ defaultStatusMappings: [{ oldStatusReference: DOING, newStatusReference: DOING }] }))).status).toBe(400);
    const mapped = await post('/update', withoutDoing({ statusMappings: [{ projectId: qms.id, issueTypeId: qms.issues[0]!.issueTypeId, statusMigrations: [{ oldStatusReference: DOING, newStatusReference: DONE }] }] }));
    expect(mapped.status).toBe(200);
    expect(qms.issues.map((issue) => issue.statusId)).toEqual([DONE, TODO]);
  });

  it('lets only a Jira admin read or write workflows (401 for others, as documented)', async () => {
    expect((await post('', { workflowNames: ['jira'] }, MEMBER)).status).toBe(401);
    expect((await post('/create', create(workflow()), MEMBER)).status).toBe(401);
    expect((await post('/create/validation', { payload: create(workflow()) }, NO_ACCESS)).status).toBe(401);
    expect((await fixture.asApp('POST', '/rest/api/3/workflows/create', create(workflow()))).status).toBe(200);
  });

  it('refuses what it does not model, and a read that asks for nothing', async () => {
    const [initial, start, close] = transitions();
    expect((await post('/create', create(workflow('T', { transitions: [initial, start, { ...close, triggers: [{ ruleKey: 'system:x', parameters: {} }] }] })))).status).toBe(400);
    expect((await post('/create', { ...create(workflow()), scope: { type: 'PROJECT', project: { id: '10000' } } })).status).toBe(400);
    expect((await post('', {})).status).toBe(400);
  });

  it('answers in the shapes the Jira spec documents', async () => {
    const made = await created();
    await post('', { workflowIds: [made.id], workflowNames: ['jira'], projectAndIssueTypes: [{ projectId: '10000', issueTypeId: '10001' }] });
    await post('/create/validation', { payload: create(workflow('jira')) });
    await post('/create', create(workflow('jira')));
    await post('/update', { statuses: STATUSES, workflows: [{ id: made.id, version: made.version, statuses: workflow().statuses, transitions: transitions() }] });
    await post('/update', { statuses: STATUSES, workflows: [{ id: made.id, version: made.version, statuses: workflow().statuses, transitions: transitions() }] });
    await post('/update/validation', { payload: { statuses: STATUSES, workflows: [{ id: made.id, version: made.version, statuses: workflow().statuses, transitions: transitions() }] } });
    await post('', { workflowNames: ['jira'] }, MEMBER);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
