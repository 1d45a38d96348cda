import { JIRA_DEFAULTS, type JiraStandInEntityProperty } from '../../../workbench/runtime';
import { ADMIN, MEMBER, NO_ACCESS, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

const INDEX: JiraStandInEntityProperty[] = [
  {
    propertyKey: 'process-cards.action',
    values: [
      { path: 'link.cardId', type: 'string', searchAlias: 'processCardId' },
      { path: 'tags', type: 'string', searchAlias: 'processCardTag' },
    ],
  },
];
const SEARCH = '/rest/api/3/search/jql';
const DAY = 86_400_000;
const property = (cardId: string, extra: object = {}) => ({ 'process-cards.action': { link: { cardId }, ...extra } });

describe('the Jira stand-in: JQL search by indexed issue properties', () => {
  let fixture: JiraFixture;
  let clock: number;
  beforeEach(() => {
    clock = Date.parse('2026-03-01T09:00:00Z');
    fixture = startJira({ entityProperties: INDEX, now: () => clock });
    const { site } = fixture.jira;
    const seed = (projectKey: string, cardId: string, summary: string, statusId: string = JIRA_DEFAULTS.TODO_STATUS_ID, extra: object = {}) => {
      clock += 60_000;
      return site.addIssue(site.project(projectKey)!, { fields: { summary }, statusId, properties: property(cardId, extra) });
    };
    seed('QMS', 'card-1', 'Late deliveries', JIRA_DEFAULTS.DONE_STATUS_ID);
    seed('QMS', 'card-1', 'Supplier audit', JIRA_DEFAULTS.IN_PROGRESS_STATUS_ID, { tags: ['audit', 'iso'] });
    seed('QMS', 'card-2', 'Another card');
    seed('SEC', 'card-1', 'Secret one');
    seed('QMS', 'card-1', 'Newest');
  });
  afterEach(() => fixture.close());
  const search = (body: unknown, accountId = ADMIN) => fixture.asUser(accountId, 'POST', SEARCH, body);
  const keysOf = (answer: { body: unknown }) => (answer.body as { issues: Array<{ key: string }> }).issues.map((issue) => issue.key);

  it('finds the issues whose indexed value the alias names, that the caller may browse, newest first (stand-in behaviour: confirm on a dev site)', async () => {
    const found = await search({ jql: 'processCardId = "card-1" ORDER BY created DESC', fields: ['summary', 'status', 'issuetype'], properties: ['process-cards.action'] });
    expect(found.status).toBe(200);
    // SEC is browsable by the member alone: the admin does not see its issue.
    expect(keysOf(found)).toEqual(['QMS-6', 'QMS-4', 'QMS-3']);
    const [newest, , done] = (found.body as { issues: Array<{ fields: Record<string, unknown>; properties: Record<string, unknown> }> }).issues;
    expect(newest!.fields).toMatchObject({ summary: 'Newest', status: { name: 'To Do', statusCategory: { key: 'new' } }, issuetype: { name: 'Task' } });
    expect(done!.fields).toMatchObject({ status: { name: 'Done', statusCategory: { key: 'done' } } });
    expect(newest!.properties).toEqual(property('card-1'));
    expect(found.body).toMatchObject({ isLast: true });
    expect(found.body).not.toHaveProperty('nextPageToken');
    expect(keysOf(await search({ jql: 'processCardId = "card-1" ORDER BY created DESC' }, MEMBER))).toEqual(['QMS-6', 'SEC-1', 'QMS-4', 'QMS-3']);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it('joins clauses with AND, matches any element of an indexed array, and orders by key', async () => {
    expect(keysOf(await search({ jql: "processCardId = 'card-1' AND project = QMS ORDER BY key ASC" }, MEMBER))).toEqual(['QMS-3', 'QMS-4', 'QMS-6']);
    expect(keysOf(await search({ jql: 'processCardTag = iso' }))).toEqual(['QMS-4']);
    expect(keysOf(await search({ jql: 'processCardId = "card-1" AND processCardTag = "audit"' }))).toEqual(['QMS-4']);
    expect(keysOf(await search({ jql: 'processCardId = "card-9"' }))).toEqual([]);
    // Without fields, an issue comes with its id and key only.
    expect((await search({ jql: 'processCardId = "card-2"' })).body).toEqual({ issues: [{ expand: '', id: expect.any(String), self: expect.any(String), key: 'QMS-5' }], isLast: true });
  });

  it('pages behind opaque tokens that belong to their query and expire', async () => {
    const jql = 'processCardId = "card-1" ORDER BY created DESC';
    const first = await search({ jql, maxResults: 2 }, MEMBER);
    expect(keysOf(first)).toEqual(['QMS-6', 'SEC-1']);
    const { nextPageToken, isLast } = first.body as { nextPageToken: string; isLast: boolean };
    expect(isLast).toBe(false);
    // Opaque: not the offset of the next page (a caller cannot make one up).
    expect(nextPageToken).not.toMatch(/^\d+$/);
    expect(nextPageToken).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const second = await search({ jql, maxResults: 2, nextPageToken }, MEMBER);
    expect(keysOf(second)).toEqual(['QMS-4', 'QMS-3']);
    expect(second.body).toMatchObject({ isLast: true });
    expect((await search({ jql: 'processCardId = "card-2"', nextPageToken }, MEMBER)).status).toBe(400);
    expect((await search({ jql, nextPageToken }, ADMIN)).status).toBe(400);
    expect((await search({ jql, nextPageToken: 'made-up' }, MEMBER)).status).toBe(400);
    clock += 8 * DAY;
    expect(await search({ jql, nextPageToken }, MEMBER)).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining('expired')] } });
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it.each([
    ['a field Jira does not have', 'nonsense = "x"', "Field 'nonsense' does not exist"],
    ['an alias no module declares', 'processCardKpi = "kpi-1"', "Field 'processCardKpi' does not exist"],
    ['a Jira field it does not search by', 'status = Done', 'does not emulate searching by status'],
    ['OR', 'processCardId = "a" OR processCardId = "b"', 'does not emulate'],
    ['another operator', 'processCardId != "a"', 'does not emulate'],
    ['a sort it does not know', 'processCardId = "a" ORDER BY statusCategory ASC', 'does not emulate ORDER BY statusCategory'],
    ['a sort without its direction', 'processCardId = "a" ORDER BY created', 'without ASC or DESC'],
    ['an unbounded query', 'ORDER BY created DESC', 'Unbounded JQL'],
    ['a project the caller cannot see', 'project = SEC AND processCardId = "card-1"', "The value 'SEC' does not exist"],
  ])('refuses %s with Jira’s 400, rather than ignoring it', async (_name, jql, message) => {
    expect(await search({ jql })).toMatchObject({ status: 400, body: { errorMessages: [expect.stringContaining(message)], errors: {} } });
  });

  it('refuses what the request schema or the stand-in does not take, and callers without Jira', async () => {
    const jql = 'processCardId = "card-1"';
    expect((await search({ jql, properties: ['a', 'b', 'c', 'd', 'e', 'f'] })).status).toBe(400);
    expect((await search({ jql, fields: ['*all'] })).status).toBe(400);
    expect((await search({ jql, reconcileIssues: [1] })).status).toBe(400);
    expect((await search({ jql, startAt: 10 })).status).toBe(400);
    expect((await search({ jql }, NO_ACCESS)).status).toBe(401);
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });

  it('keeps the properties an issue is created with, and searches them at once (stand-in behaviour: confirm on a dev site)', async () => {
    const created = await fixture.asUser(MEMBER, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'QMS' }, issuetype: { id: JIRA_DEFAULTS.TASK_TYPE_ID }, summary: 'Raised' },
      properties: [{ key: 'process-cards.action', value: { link: { cardId: 'card-3' } } }],
    });
    expect(created.status).toBe(201);
    expect(keysOf(await search({ jql: 'processCardId = "card-3"' }, MEMBER))).toEqual([(created.body as { key: string }).key]);
    const tooLong = await fixture.asUser(MEMBER, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'QMS' }, issuetype: { id: JIRA_DEFAULTS.TASK_TYPE_ID }, summary: 'Raised' },
      properties: [{ key: 'process-cards.action', value: 'x'.repeat(32_767) }],
    });
    expect(tooLong).toMatchObject({ status: 400, body: { errors: { properties: expect.any(String) } } });
  });
});
