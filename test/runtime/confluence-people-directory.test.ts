import { ConfluencePeopleDirectory, cqlString } from '../../src/adapters/forge/confluence-people-directory';
import { MemoryPeopleDirectory } from '../../src/adapters/memory/memory-people-directory';
import { ANONYMOUS, userActor, type Actor } from '../../src/core/actor';
import type { PeopleDirectory } from '../../src/core/ports/people-directory';
import { assertRequestsConform, checkResponse, scopesForRequests, type RecordedRequest } from '../support/openapi';
import { createConfluenceStandIn, installForgeRuntime, type ConfluenceStandIn, type ForgeRuntimeHandle, type StandInUser } from '../../workbench/runtime';
import { fakePacing } from './fake-pacing';

const QUALITY = { id: 'g-quality', name: 'quality-managers' };
const MARKETING = { id: 'g-marketing', name: 'marketing' };
const USERS: StandInUser[] = [
  { accountId: 'anna', name: 'Anna Smirnova', canEdit: true, groups: [QUALITY] },
  { accountId: 'oleg', name: 'Oleg Ivanov', canEdit: true, groups: [MARKETING, QUALITY] },
  { accountId: 'quote', name: 'Jo "Q" O\'Brien \\ Co', canEdit: false },
  { accountId: 'bot', name: 'Anna Bot', accountType: 'app', canEdit: false },
];
const anna = userActor('anna');
const system: Actor = { kind: 'system', source: 'trigger' };

describe('ConfluencePeopleDirectory asks Confluence as the invoking user', () => {
  let runtime: ForgeRuntimeHandle;
  let confluence: ConfluenceStandIn;
  let pacing: ReturnType<typeof fakePacing>;
  let directory: ConfluencePeopleDirectory;
  const log = jest.fn();
  const as = <T>(actor: Actor, work: () => Promise<T>) => runtime.runInvocation(actor.kind === 'user' ? actor.accountId : undefined, work);

  beforeEach(() => {
    log.mockClear();
    confluence = createConfluenceStandIn({ users: USERS });
    runtime = installForgeRuntime({ productHandlers: [confluence] });
    pacing = fakePacing();
    directory = new ConfluencePeopleDirectory({ pacing, log });
  });
  afterEach(() => runtime.close());

  it('finds people by name in one search/user request, leaving out app accounts', async () => {
    expect(await as(anna, () => directory.searchPeople(anna, 'ann'))).toEqual([{ accountId: 'anna', name: 'Anna Smirnova' }]);
    expect(runtime.productRequests.map((request) => [request.provider, request.accountId, request.method, request.path])).toEqual([
      ['user', 'anna', 'GET', `/wiki/rest/api/search/user?cql=${encodeURIComponent('user.fullname~"ann"')}&limit=10`],
    ]);
  });

  it('escapes quotes and backslashes, so a name with them is searched as typed', async () => {
    expect(cqlString('Jo "Q" a\\b')).toBe('"Jo \\"Q\\" a\\\\b"');
    expect(await as(anna, () => directory.searchPeople(anna, 'Jo "Q" O\'Brien \\'))).toEqual([
      { accountId: 'quote', name: 'Jo "Q" O\'Brien \\ Co' },
    ]);
    expect(runtime.productRequests.map((request) => request.status)).toEqual([200]);
  });

  it('finds groups through the group picker, and the caller’s groups in one memberof request', async () => {
    expect(await as(anna, () => directory.searchGroups(anna, 'Quality'))).toEqual([{ groupId: 'g-quality', name: 'quality-managers' }]);
    const oleg = userActor('oleg');
    expect(await as(oleg, () => directory.groupsOf(oleg))).toEqual(['g-marketing', 'g-quality']);
    expect(runtime.productRequests.map((request) => request.path)).toEqual([
      '/wiki/rest/api/group/picker?query=Quality&limit=10',
      '/wiki/rest/api/user/memberof?accountId=oleg&limit=200',
    ]);
  });

  it('asks nothing for an anonymous or system actor, or for a query under two characters', async () => {
    expect(await as(ANONYMOUS, () => directory.searchPeople(ANONYMOUS, 'anna'))).toEqual([]);
    expect(await as(system, () => directory.searchGroups(system, 'quality'))).toEqual([]);
    expect(await as(system, () => directory.groupsOf(system))).toEqual([]);
    expect(await as(anna, () => directory.searchPeople(anna, ' a\n'))).toEqual([]);
    expect(runtime.productRequests).toEqual([]);
  });

  it('waits out a 429 as Retry-After says, then answers', async () => {
    confluence.rateLimitNext(2, 1);
    expect(await as(anna, () => directory.groupsOf(anna))).toEqual(['g-quality']);
    expect(pacing.sleeps).toEqual([1_000, 1_000]);
  });

  it('reports a site that stays busy as RATE_LIMITED, without Confluence’s text', async () => {
    confluence.rateLimitNext(100, 2);
    const failure = await as(anna, () => directory.searchPeople(anna, 'anna')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', reason: 'confluence' });
    expect((failure as Error).message).not.toContain('stand-in text');
  });

  it('reports an answer of another shape or status as INTERNAL (reason confluence), never passing Confluence’s text on', async () => {
    const answers = [
      { status: 200, body: { results: [{ id: 7, name: 'secret shape' }] } },
      { status: 500, body: { message: 'secret stack trace' } },
    ];
    for (const answer of answers) {
      const broken = installForgeRuntime({ productHandlers: [{ remote: 'confluence', handle: () => answer }] });
      try {
        const failure = await broken.runInvocation('anna', () => directory.searchGroups(anna, 'quality')).catch((error: unknown) => error);
        expect(failure).toMatchObject({ code: 'INTERNAL', reason: 'confluence' });
        expect(JSON.stringify([(failure as Error).message, log.mock.calls])).not.toContain('secret');
      } finally {
        broken.close();
      }
    }
  });

  it('names one person or group by id as Confluence does, and finds no app account, unknown id or anonymous caller', async () => {
    expect(await as(anna, () => directory.person(anna, 'oleg'))).toEqual({ accountId: 'oleg', name: 'Oleg Ivanov' });
    expect(await as(anna, () => directory.person(anna, 'bot'))).toBeNull();
    expect(await as(anna, () => directory.person(anna, 'nobody'))).toBeNull();
    expect(await as(anna, () => directory.group(anna, 'g-marketing'))).toEqual({ groupId: 'g-marketing', name: 'marketing' });
    expect(await as(anna, () => directory.group(anna, 'g-none'))).toBeNull();
    expect(await directory.person(ANONYMOUS, 'oleg')).toBeNull();
    expect(runtime.productRequests.map((request) => request.path)).toEqual([
      '/wiki/rest/api/user?accountId=oleg',
      '/wiki/rest/api/user?accountId=bot',
      '/wiki/rest/api/user?accountId=nobody',
      '/wiki/rest/api/group/by-id?id=g-marketing',
      '/wiki/rest/api/group/by-id?id=g-none',
    ]);
  });

  it('makes only requests the Confluence v1 spec documents, answered in its shapes, all as the user', async () => {
    await as(anna, () => directory.searchPeople(anna, 'an "x'));
    await as(anna, () => directory.searchGroups(anna, 'mark eting'));
    await as(anna, () => directory.groupsOf(anna));
    await as(anna, () => directory.person(anna, 'oleg'));
    await as(anna, () => directory.group(anna, 'g-quality'));
    const requests = runtime.productRequests.map((request): RecordedRequest => ({ ...request, remote: 'confluence' }));
    assertRequestsConform(requests);
    for (const { method, path, status, responseBody: body } of runtime.productRequests) {
      expect([path, checkResponse({ product: 'confluence', method, path, status, body })]).toEqual([path, { ok: true }]);
    }
    const needs = scopesForRequests(requests);
    expect(needs.operations.map((need) => need.operation)).toEqual([
      'GET /wiki/rest/api/search/user',
      'GET /wiki/rest/api/group/picker',
      'GET /wiki/rest/api/user/memberof',
      'GET /wiki/rest/api/user',
      'GET /wiki/rest/api/group/by-id',
    ]);
    expect(needs.granular).toEqual(['read:content-details:confluence', 'read:group:confluence', 'read:user:confluence']);
    expect(runtime.productRequests.every((request) => request.asUser)).toBe(true);
  });
});

describe('MemoryPeopleDirectory answers as the Confluence adapter does over the same people', () => {
  const memory = new MemoryPeopleDirectory(
    USERS.filter((user) => user.accountType !== 'app').map(({ accountId, name }) => ({ accountId, name })),
    [
      { groupId: QUALITY.id, name: QUALITY.name, members: ['anna', 'oleg'] },
      { groupId: MARKETING.id, name: MARKETING.name, members: ['oleg'] },
    ],
  );
  let runtime: ForgeRuntimeHandle;
  beforeEach(() => {
    runtime = installForgeRuntime({ productHandlers: [createConfluenceStandIn({ users: USERS })] });
  });
  afterEach(() => runtime.close());

  it.each([
    ['searchPeople', 'anna', 'an'],
    ['searchPeople', 'anna', 'smir'],
    ['searchPeople', 'anna', 'zz'],
    ['searchGroups', 'anna', 'ket'],
    ['searchGroups', 'anna', 'a'],
    ['groupsOf', 'oleg', ''],
  ] as const)('%s as %s for “%s”', async (method, accountId, query) => {
    const actor = userActor(accountId);
    const ask = (directory: PeopleDirectory) => (method === 'groupsOf' ? directory.groupsOf(actor) : directory[method](actor, query));
    const confluence = await runtime.runInvocation(accountId, () => ask(new ConfluencePeopleDirectory({ pacing: fakePacing() })));
    // Membership order is Confluence's own and means nothing.
    const comparable = (found: unknown[]) => (method === 'groupsOf' ? [...found].sort() : found);
    expect(comparable(await ask(memory))).toEqual(comparable(confluence));
  });

  it('gives an anonymous actor nothing', async () => {
    expect([await memory.searchPeople(ANONYMOUS, 'anna'), await memory.searchGroups(ANONYMOUS, 'quality'), await memory.groupsOf(ANONYMOUS)]).toEqual([[], [], []]);
  });
});
