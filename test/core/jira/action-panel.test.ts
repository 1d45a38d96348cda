import { ANONYMOUS, userActor } from '../../../src/core/actor';
import { ACTION_PROPERTY_KEY } from '../../../src/core/capa/ca-record';
import { jiraSiteOf } from '../../../src/core/capa/jira-site';
import { actionSetup, CA_TYPE, EDITOR, IMPROVEMENT_TYPE, OWNER, PAGE, provisioned, READER } from './action-setup';

const STRANGER = userActor('acc-stranger');
const ROOT = 'https://example.atlassian.net';

/** A corrective action raised from the setup's KPI (off target Jan–Mar), then the panel's view of it. */
async function raisedAction() {
  const setup = await actionSetup();
  await setup.raise(EDITOR);
  const issue = setup.jira.issues[0]!;
  const panelIssue = { id: issue.id, key: issue.key, typeId: issue.issueTypeId };
  // null: the platform named no site.
  const view = (viewer = READER, site: string | null = ROOT) => setup.useCases.actionPanel({ viewer, issue: panelIssue, siteUrl: site ?? undefined });
  const pageChecks = jest.spyOn(setup.deps.permissions, 'canViewPage');
  const reads = jest.spyOn(setup.deps.records, 'read');
  setup.jira.calls.length = 0;
  return { ...setup, issue, panelIssue, view, pageChecks, reads };
}

describe('the issue panel of a corrective action', () => {
  it('shows a viewer of the card’s page the card and its KPI as they are now, in one Jira read, one page check and one storage batch', async () => {
    const { view, card, kpi, jira, pageChecks, reads, useCases, context, deps } = await raisedAction();
    // Two values after the raise: on target again.
    deps.memory.clock.set('2026-06-03T09:00:00.000Z');
    for (const [period, value] of [['2026-04', 16], ['2026-05', 18]] as const) {
      await useCases.measurements.record(context(EDITOR), { cardId: card.id, kpiId: kpi.id, period: { key: period }, value, comment: '', expectedRevision: 0, requestId: `00000000-0000-4000-8000-9${period.replace('-', '')}000` });
    }
    pageChecks.mockClear();
    reads.mockClear();
    const answer = await view(READER);
    expect(answer).toMatchObject({
      state: 'live',
      issueKey: 'QMS-1',
      record: { kind: 'corrective-action', problem: 'Conversion fell to 8 % in March.' },
      card: { cardId: card.id, title: card.content.title, pageUrl: `${ROOT}/wiki/pages/viewpage.action?pageId=${PAGE}`, owner: { people: ['Olga'], groups: [] } },
      kpiGone: false,
    });
    if (answer.state !== 'live') throw new Error('expected live data');
    expect(answer.kpi).toMatchObject({ kpiId: kpi.id, name: 'Lead conversion', target: '≥ 15 %', unit: '%' });
    expect(answer.kpi!.values).toEqual([
      { periodKey: '2026-01', value: 10, afterRaise: false },
      { periodKey: '2026-02', value: 9, afterRaise: false },
      { periodKey: '2026-03', value: 8, afterRaise: false },
      { periodKey: '2026-04', value: 16, afterRaise: true },
      { periodKey: '2026-05', value: 18, afterRaise: true },
    ]);
    // Falling before the action; two values after it are too few to call a trend.
    expect(answer.kpi!.trend).toEqual({ before: 'worsening', after: 'unknown' });
    expect(answer.kpi!.escalations.length).toBeGreaterThan(0);
    expect(answer.kpi!.escalations[0]).toMatchObject({ to: expect.any(String) });
    expect(jira.calls).toEqual(['actionProperty']);
    expect(pageChecks).toHaveBeenCalledTimes(1);
    expect(pageChecks).toHaveBeenCalledWith(READER, PAGE);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('shows a viewer who cannot see the card’s page only the record’s snapshot, says why, and reads nothing of the card', async () => {
    const { view, reads, card } = await raisedAction();
    const answer = await view(STRANGER);
    expect(answer).toMatchObject({ state: 'snapshot', reason: 'no-view', record: { snapshot: { name: 'Lead conversion', status: 'off-target' } } });
    expect(JSON.stringify(answer)).not.toContain(card.content.title);
    expect(JSON.stringify(answer)).not.toContain('Olga');
    expect(reads).not.toHaveBeenCalled();
  });

  it('asks Confluence nothing for a signed-out caller: the snapshot', async () => {
    const { view, reads } = await raisedAction();
    expect(await view(ANONYMOUS)).toMatchObject({ state: 'snapshot', reason: 'no-view' });
    expect(reads).not.toHaveBeenCalled();
  });

  it('checks the card’s current page when the card moved since the record was written', async () => {
    const { view, deps, card, pageChecks } = await raisedAction();
    const stored = (await deps.cards.get(card.id))!;
    jest.spyOn(deps.records, 'read').mockResolvedValueOnce({ ...(await deps.records.read(card.id)), card: { ...stored, location: { spaceId: 's', pageId: '70000' } } });
    pageChecks.mockClear();
    // The reader may see the old page, not the one the card is on now.
    expect(await view(READER)).toMatchObject({ state: 'snapshot', reason: 'no-view' });
    expect(pageChecks.mock.calls).toEqual([[READER, PAGE], [READER, '70000']]);
    expect(await view(EDITOR)).toMatchObject({ state: 'live', card: { pageUrl: `${ROOT}/wiki/pages/viewpage.action?pageId=${PAGE}` } });
  });

  it('falls back to the snapshot when the card is gone, and when storage fails (logged)', async () => {
    const { view, deps, logged } = await raisedAction();
    const read = jest.spyOn(deps.records, 'read');
    read.mockImplementationOnce(async () => ({ card: null, summary: null, settings: null, site: null, jiraSite: null, readerJira: null }));
    expect(await view(OWNER)).toMatchObject({ state: 'snapshot', reason: 'card-gone' });
    read.mockRejectedValueOnce(new Error('KVS unavailable'));
    expect(await view(OWNER)).toMatchObject({ state: 'snapshot', reason: 'storage-unavailable', record: { snapshot: { status: 'off-target' } } });
    expect(logged).toEqual([['The issue panel could not read the card from storage', expect.objectContaining({ issueKey: 'QMS-1' })]]);
  });

  it('says the KPI is gone when the card no longer has it, and leaves the page link out without a site address', async () => {
    const { view, deps, card } = await raisedAction();
    const records = await deps.records.read(card.id);
    jest.spyOn(deps.records, 'read').mockResolvedValueOnce({ ...records, card: { ...records.card!, content: { ...records.card!.content, kpis: [] } } });
    expect(await view(READER, null)).toMatchObject({ state: 'live', kpi: null, kpiGone: true, card: { pageUrl: null } });
  });

  it('shows a record that names no card as its snapshot, with the reason', async () => {
    const { view, issue } = await raisedAction();
    const property = issue.properties.find((candidate) => candidate.key === ACTION_PROPERTY_KEY)!;
    (property as { value: unknown }).value = { ...(property.value as object), source: 'audit', link: null };
    expect(await view(READER)).toMatchObject({ state: 'snapshot', reason: 'no-link', record: { source: 'audit' } });
  });
});

describe('the issue panel of an issue without a record', () => {
  async function bareIssue(typeId: string) {
    const setup = await actionSetup();
    await setup.deps.jiraSite.put(jiraSiteOf(provisioned(), setup.deps.now()));
    const created = await setup.jira.createIssue({ projectId: '10000', issueTypeId: typeId, summary: 'Audit finding 7', description: { type: 'doc', version: 1, content: [] }, properties: [] });
    return { ...setup, view: (siteUrl = ROOT) => setup.useCases.actionPanel({ viewer: READER, issue: { ...created, typeId }, siteUrl }) };
  }

  it('calls an action made in Jira itself "not raised from a card", by its kind', async () => {
    expect(await (await bareIssue(CA_TYPE)).view()).toEqual({ state: 'no-record', issueKey: 'QMS-1', kind: 'corrective-action' });
    expect(await (await bareIssue(IMPROVEMENT_TYPE)).view()).toEqual({ state: 'no-record', issueKey: 'QMS-1', kind: 'improvement' });
  });

  it('shows nothing of the app on an issue of another type', async () => {
    expect(await (await bareIssue('10001')).view()).toEqual({ state: 'not-an-action' });
  });

  it('still answers "not raised from a card" when the set-up cannot be read', async () => {
    const setup = await bareIssue(CA_TYPE);
    jest.spyOn(setup.deps.jiraSite, 'get').mockRejectedValueOnce(new Error('KVS unavailable'));
    expect(await setup.view()).toEqual({ state: 'no-record', issueKey: 'QMS-1', kind: null });
    expect(setup.logged).toHaveLength(1);
  });
});
