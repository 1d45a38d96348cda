import { randomUUID } from 'node:crypto';
import { readFixture, SEED_FIXTURE } from '../support/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportCardResult, ListCardsResult, MacroCardResult, CardView, CardSettingsView } from '../../src/contracts/resolver-contracts';
import { assertRequestsConform, assertScopesMatch, type RecordedRequest } from '../support/openapi';
import { readManifestScopes } from '../support/manifest';
import { CardSettingsViewSchema, DirectorySearchResultSchema, resolverResultSchema } from '../../src/contracts/resolver-outputs';
import { EDITOR, OUTSIDER, READER, SITE_ADMIN, startHandlerHarness } from './forge-handler-harness';
import { blankPayload, importPayload } from './forge-handler-harness';

const seed = readFixture(SEED_FIXTURE);
const example = readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8');

describe('macro resolvers (production handler in the local Forge runtime)', () => {
  let harness: ReturnType<typeof startHandlerHarness>;
  beforeEach(() => {
    harness = startHandlerHarness();
  });
  afterEach(() => harness.close());

  it('shows the empty state for a macro with no card yet', async () => {
    const result = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    expect(result).toEqual({ ok: true, data: { binding: 'none', view: null } });
  });

  it('imports the seed card, binds it to the macro, and shows it on the next render', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    expect(imported.data.view.card.content.title).toBe('Привлечение клиентов и маркетинг');
    expect(imported.data.view.card.version).toBe(1);
    expect(imported.data.view.card.createdBy).toBe(EDITOR);
    expect(imported.data.view.card.location).toEqual({ pageId: '65537', spaceId: '10001' });
    expect(imported.data.warnings.filter((warning) => warning.code === 'missing-section').map((w) => w.section)).toEqual(
      expect.arrayContaining(['outputs', 'kpis', 'distribution']),
    );
    const shown = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER });
    if (!shown.ok) throw new Error(shown.error.message);
    expect(shown.data.binding).toBe('local-id');
    // Readers who never saw the import still learn why §6.2–§7 are empty.
    expect(shown.data.view?.card.importReport?.missingSections.map((missing) => missing.section)).toEqual([
      'outputs',
      'resources',
      'flowchart',
      'managementActions',
      'improvement',
      'kpis',
      'distribution',
    ]);
    expect(shown.data.view?.card.content.inputs).toHaveLength(4);
  });

  it('renders a bound card with 2 storage requests (budget 3) and no write', async () => {
    await harness.call('card/import', importPayload(seed), { accountId: EDITOR });
    harness.runtime.reset();
    await harness.call('card/get-for-macro', {}, { accountId: READER });
    // docs/budgets.md: at most 3 storage requests (a batch get counts as one).
    expect(harness.runtime.kvsStats.readRequests).toBe(2);
    expect(harness.runtime.kvsStats.writes).toBe(0);
  });

  it('spends no Confluence call on a reader of the card on its own page, one on a card from another page', async () => {
    const created = await harness.call<CardView>('card/create-blank', blankPayload('Бюджет', 'ru'), { accountId: EDITOR });
    if (!created.ok) throw new Error(created.error.message);
    harness.runtime.reset();
    await harness.call('card/get-for-macro', {}, { accountId: READER, config: { cardId: created.data.card.id } });
    expect(harness.runtime.productRequests).toEqual([]);
    await harness.call('card/get-for-macro', {}, { accountId: READER, localId: 'm-2', pageId: '70000', config: { cardId: created.data.card.id } });
    expect(harness.runtime.productRequests.map((request) => [request.accountId, request.path])).toEqual([
      [READER, '/wiki/api/v2/pages/65537?include-operations=true'],
    ]);
  });

  it('lays out the flowchart of a card that has one', async () => {
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(example), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    const view: CardView = imported.data.view;
    expect(view.flowchart?.nodes.length).toBe(view.card.content.flowchart.steps.length);
    expect(view.flowchart?.lanes.length).toBeGreaterThan(0);
  });

  it('refuses a write from someone who cannot edit the page, and stores nothing', async () => {
    const result = await harness.call('card/import', importPayload(seed), { accountId: READER });
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const list = await harness.call<ListCardsResult>('card/list', {}, { accountId: READER });
    expect(list).toEqual({ ok: true, data: { items: [], cursor: null } });
  });

  it('takes the caller from the invocation, never from the payload or the browser-supplied context', async () => {
    const smuggled = await harness.call('card/import', importPayload(seed, { accountId: EDITOR }), { accountId: READER });
    expect(smuggled).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const anonymous = await harness.call('card/import', importPayload(seed), { extraContext: { accountId: EDITOR } });
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('names the bad field of a bad payload and changes nothing', async () => {
    const result = await harness.call('card/import', importPayload('   '), { accountId: EDITOR });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'text' }] } });
    const blank = await harness.call('card/create-blank', { ...blankPayload('X'), language: 'de' }, { accountId: EDITOR });
    expect(blank).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'language' }] } });
    const list = await harness.call<ListCardsResult>('card/list', {}, { accountId: EDITOR });
    expect(list.ok && list.data.items).toEqual([]);
  });

  it('says plainly that pasted text is not UTF-8 when it arrives garbled', async () => {
    // The seed read as Windows-1251 bytes decoded as UTF-8 would look like this: Р В Р’... mojibake.
    const garbled = Buffer.from(seed.slice(0, 2000), 'utf8').toString('latin1');
    const result = await harness.call('card/import', importPayload(garbled), { accountId: EDITOR });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_RECOGNISED', reason: 'encoding' } });
  });

  it('says so when the text holds nothing of a card', async () => {
    const result = await harness.call('card/import', importPayload('Hello, how are you?'), { accountId: EDITOR });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_RECOGNISED' } });
  });

  it('refuses a second import into a macro that already shows a card', async () => {
    await harness.call('card/import', importPayload(seed), { accountId: EDITOR });
    const again = await harness.call('card/import', importPayload(example), { accountId: EDITOR });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('starts a blank card and lists it; another macro can show it through its config', async () => {
    const created = await harness.call<CardView>('card/create-blank', blankPayload('Закупки', 'ru'), { accountId: EDITOR });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.data.card.content.inputs).toEqual([]);
    const list = await harness.call<ListCardsResult>('card/list', { spaceId: '10001' }, { accountId: READER });
    expect(list.ok && list.data.items.map((item) => item.title)).toEqual(['Закупки']);
    const other = await harness.call<MacroCardResult>(
      'card/get-for-macro',
      {},
      { accountId: READER, localId: 'macro-2', pageId: '70000', config: { cardId: created.data.card.id } },
    );
    expect(other.ok && other.data.binding).toBe('config');
    const missing = await harness.call('card/get-for-macro', {}, { accountId: READER, localId: 'm3', config: { cardId: 'gone' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists and shows cards only to people who may see the page that holds them', async () => {
    const created = await harness.call<CardView>('card/create-blank', blankPayload('Аудиты', 'ru'), { accountId: EDITOR });
    if (!created.ok) throw new Error(created.error.message);
    const forOutsider = await harness.call<ListCardsResult>('card/list', {}, { accountId: OUTSIDER });
    expect(forOutsider).toEqual({ ok: true, data: { items: [], cursor: null } });
    const forAnonymous = await harness.call<ListCardsResult>('card/list', {}, {});
    expect(forAnonymous.ok && forAnonymous.data.items).toEqual([]);
    const elsewhere = { localId: 'macro-9', pageId: '70000', config: { cardId: created.data.card.id } };
    const shownToOutsider = await harness.call('card/get-for-macro', {}, { accountId: OUTSIDER, ...elsewhere });
    expect(shownToOutsider).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const shownToReader = await harness.call<MacroCardResult>('card/get-for-macro', {}, { accountId: READER, ...elsewhere });
    expect(shownToReader.ok && shownToReader.data.view?.card.content.title).toBe('Аудиты');
  });

  it('makes only REST calls that the official specs describe, with exactly the scopes in the manifest', async () => {
    // Every module's functions together: the manifest's scopes serve all of them.
    await harness.callSiteSettings('site-settings/get', {}, READER);
    await harness.callSiteSettings('site-settings/save', { expectedVersion: 0, timeZone: 'Europe/Moscow' }, SITE_ADMIN);
    const imported = await harness.call<ImportCardResult>('card/import', importPayload(seed), { accountId: EDITOR });
    if (!imported.ok) throw new Error(imported.error.message);
    await harness.call('card/import', importPayload(seed), { accountId: READER, localId: 'm-2' });
    await harness.call('card/create-blank', blankPayload('T', 'en'), { accountId: EDITOR, localId: 'm-3' });
    await harness.call('card/list', {}, { accountId: READER });
    // The roles panel: people and groups looked up, the owner's role mapped to a group, and a
    // reader's settings view, which asks for the reader's groups (could they be the owner?).
    const found = await harness.call('directory/search', { query: 'ed', kind: 'both' }, { accountId: EDITOR });
    expect(resolverResultSchema(DirectorySearchResultSchema).parse(found)).toEqual(found);
    const cardId = imported.data.cardIds[0]!;
    const settings = await harness.call<CardSettingsView>('settings/get', { cardId }, { accountId: EDITOR });
    expect(resolverResultSchema(CardSettingsViewSchema).parse(settings)).toEqual(settings);
    if (!settings.ok) throw new Error(settings.error.message);
    const owner = settings.data.roles.find((role) => role.isOwner)!;
    const saved = await harness.call('settings/save-roles', {
      cardId,
      expectedVersion: 0,
      roleMapping: { [owner.id]: { people: [], groups: [{ groupId: 'grp-quality', name: 'quality-managers' }] } },
    }, { accountId: EDITOR });
    expect(saved).toMatchObject({ ok: true });
    expect(await harness.call('settings/get', { cardId }, { accountId: READER })).toMatchObject({ ok: true, data: { canEdit: false } });
    // The Jira admin page: a project provisioned from its plan to the end.
    let plan = await harness.callJiraAdmin<{ pending: string[]; approvals: string[]; complete: boolean }>('jira-admin/plan', { projectKey: 'QMS', language: 'en' }, SITE_ADMIN);
    if (!plan.ok) throw new Error(plan.error.message);
    const approved = plan.data.approvals;
    for (let step = 0; step < 40 && plan.ok && !plan.data.complete; step += 1) {
      const answer = await harness.callJiraAdmin<{ plan: { pending: string[]; approvals: string[]; complete: boolean } }>('jira-admin/step', { projectKey: 'QMS', language: 'en', approved }, SITE_ADMIN);
      if (!answer.ok) throw new Error(answer.error.message);
      plan = { ok: true, data: answer.data.plan };
    }
    expect(plan).toMatchObject({ ok: true, data: { complete: true } });
    // A corrective action raised from a KPI of the card, and the card's linked actions, as the editor.
    const withKpis = await harness.call<ImportCardResult>('card/import', importPayload(readFileSync(join(__dirname, '../../examples/purchasing.en.md'), 'utf8')), { accountId: EDITOR, localId: 'm-kpis' });
    if (!withKpis.ok) throw new Error(withKpis.error.message);
    const shown = withKpis.data;
    const kpiId = shown.view.card.content.kpis[0]!.id;
    const raised = await harness.call('action/raise', { cardId: shown.view.card.id, kpiId, kind: 'corrective-action', summary: 'Off target', problem: 'The KPI is off target.', requestId: randomUUID() }, { accountId: EDITOR, localId: 'm-kpis', extraContext: { siteUrl: 'https://example.atlassian.net' } });
    expect(raised).toMatchObject({ ok: true, data: { linked: true } });
    expect(await harness.call('action/list', { cardId: shown.view.card.id }, { accountId: EDITOR })).toMatchObject({ ok: true, data: { jira: 'ok', issues: [{ kpiId }] } });
    // The issue panel on that issue: its record read in Jira and the card's page checked in Confluence, as the viewer.
    const raisedKey = (raised as { data: { issue: { id: string; key: string } } }).data.issue;
    const panelIssue = { ...raisedKey, typeId: harness.jira.site.issue(raisedKey.key)!.issue.issueTypeId };
    expect(await harness.callActionPanel('action-panel/view', {}, { accountId: EDITOR, issue: panelIssue })).toMatchObject({ ok: true, data: { state: 'live' } });
    expect(harness.runtime.productRequests.map((request) => request.path.split('?')[0])).toEqual(
      expect.arrayContaining(['/wiki/api/v2/pages', '/wiki/rest/api/user/current', '/wiki/rest/api/user/memberof']),
    );
    // As the user, save the provisioning record in a Jira app property, which only the app may write.
    expect(harness.runtime.productRequests.filter((request) => !request.asUser).map((request) => request.path)).toEqual(
      harness.runtime.productRequests.filter((request) => request.path.startsWith('/rest/forge/1/app/properties/')).map((request) => request.path),
    );
    const requests = harness.runtime.productRequests.map((request): RecordedRequest => {
      const remote = request.remote === 'jira' ? 'jira' : request.remote === 'confluence' ? 'confluence' : null;
      if (remote === null) throw new Error(`unexpected remote ${request.remote}`);
      return { remote, method: request.method, path: request.path, body: request.body, headers: request.headers };
    });
    expect(requests.length).toBeGreaterThanOrEqual(3);
    assertRequestsConform(requests);
    assertScopesMatch(readManifestScopes(), requests, ['storage:app']);
  });
});
