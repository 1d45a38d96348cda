import { ConfluencePagePermissions } from '../../src/adapters/forge/confluence-page-permissions';
import { ANONYMOUS, userActor, type Actor } from '../../src/core/actor';
import { assertRequestsConform, scopesForRequests, type RecordedRequest } from '../support/openapi';
import { createConfluenceStandIn, installForgeRuntime, type ConfluenceStandIn, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { fakePacing } from './fake-pacing';

const PAGES = [
  { id: '101', title: 'Purchasing', spaceId: '10001' },
  { id: '102', title: 'Audits', spaceId: '10001', viewers: ['boss'] },
  { id: '103', title: 'Training', spaceId: '10002', editors: ['boss'] },
];
const boss = userActor('boss');
const editor = userActor('editor');
const reader = userActor('reader');

describe('ConfluencePagePermissions asks Confluence as the invoking user', () => {
  let runtime: ForgeRuntimeHandle;
  let confluence: ConfluenceStandIn;
  let pacing: ReturnType<typeof fakePacing>;
  let permissions: ConfluencePagePermissions;
  const log = jest.fn();
  /** The adapter runs inside the invocation of the actor it asks for, as in a resolver. */
  const as = <T>(actor: Actor, work: () => Promise<T>) => runtime.runInvocation(actor.kind === 'user' ? actor.accountId : undefined, work);

  beforeEach(() => {
    log.mockClear();
    confluence = createConfluenceStandIn({
      users: [
        { accountId: 'boss', name: 'Boss', canEdit: true },
        { accountId: 'editor', name: 'Editor', canEdit: true },
        { accountId: 'reader', name: 'Reader', canEdit: false },
      ],
      pages: PAGES,
    });
    runtime = installForgeRuntime({ productHandlers: [confluence] });
    pacing = fakePacing();
    permissions = new ConfluencePagePermissions({ pacing, log });
  });
  afterEach(() => runtime.close());

  it('answers view and edit in one request, from the operations Confluence lists for that user', async () => {
    expect(await as(editor, () => permissions.pageAccess(editor, '101'))).toEqual({ canView: true, canEdit: true });
    expect(await as(reader, () => permissions.pageAccess(reader, '101'))).toEqual({ canView: true, canEdit: false });
    expect(await as(editor, () => permissions.pageAccess(editor, '103'))).toEqual({ canView: true, canEdit: false });
    expect(await as(boss, () => permissions.pageAccess(boss, '103'))).toEqual({ canView: true, canEdit: true });
    expect(runtime.productRequests.map((request) => [request.provider, request.accountId, request.method, request.path])).toEqual([
      ['user', 'editor', 'GET', '/wiki/api/v2/pages/101?include-operations=true'],
      ['user', 'reader', 'GET', '/wiki/api/v2/pages/101?include-operations=true'],
      ['user', 'editor', 'GET', '/wiki/api/v2/pages/103?include-operations=true'],
      ['user', 'boss', 'GET', '/wiki/api/v2/pages/103?include-operations=true'],
    ]);
  });

  it('grants nothing on a restricted or missing page, and keeps canEditPage/canViewPage on top', async () => {
    expect(await as(editor, () => permissions.pageAccess(editor, '102'))).toBeNull();
    expect(await as(editor, () => permissions.pageAccess(editor, '999'))).toBeNull();
    expect(await as(editor, () => permissions.canViewPage(editor, '102'))).toBe(false);
    expect(await as(boss, () => permissions.canViewPage(boss, '102'))).toBe(true);
    expect(await as(reader, () => permissions.canEditPage(reader, '101'))).toBe(false);
    expect(await as(editor, () => permissions.canEditPage(editor, '101'))).toBe(true);
  });

  it('asks nothing for an anonymous or system actor, or for an id that names no page', async () => {
    const system: Actor = { kind: 'system', source: 'trigger' };
    expect(await as(ANONYMOUS, () => permissions.pageAccess(ANONYMOUS, '101'))).toBeNull();
    expect(await as(system, () => permissions.canEditPage(system, '101'))).toBe(false);
    expect(await as(ANONYMOUS, () => permissions.visiblePages(ANONYMOUS, ['101']))).toEqual(new Map());
    expect(await as(editor, () => permissions.pageAccess(editor, '../101'))).toBeNull();
    expect(runtime.productRequests).toEqual([]);
  });

  it('finds the visible pages among many in one request, with their titles and spaces', async () => {
    const visible = await as(editor, () => permissions.visiblePages(editor, ['103', '102', '101', '103', 'draft-1']));
    expect([...visible.values()]).toEqual([
      { id: '101', title: 'Purchasing', spaceId: '10001' },
      { id: '103', title: 'Training', spaceId: '10002' },
    ]);
    expect(runtime.productRequests.map((request) => request.path)).toEqual(['/wiki/api/v2/pages?id=103,102,101&limit=3']);
  });

  it('follows _links.next when Confluence answers fewer pages than asked', async () => {
    const paged = createConfluenceStandIn({ users: [{ accountId: 'boss', name: 'Boss', canEdit: true }], pages: PAGES, pageSizeCap: 1 });
    const small = installForgeRuntime({ productHandlers: [paged] });
    try {
      const visible = await small.runInvocation('boss', () => permissions.visiblePages(boss, ['101', '102', '103']));
      expect([...visible.keys()].sort()).toEqual(['101', '102', '103']);
      expect(small.productRequests).toHaveLength(3);
      expect(small.productRequests.slice(1).every((request) => request.path.includes('cursor='))).toBe(true);
    } finally {
      small.close();
    }
  });

  it('waits out a 429 as Retry-After says, then answers', async () => {
    confluence.rateLimitNext(2, 1);
    expect(await as(editor, () => permissions.pageAccess(editor, '101'))).toEqual({ canView: true, canEdit: true });
    confluence.rateLimitNext(1, 2);
    expect((await as(editor, () => permissions.visiblePages(editor, ['101']))).size).toBe(1);
    expect(pacing.sleeps).toEqual([1_000, 1_000, 2_000]);
  });

  it('reports a site that stays busy as RATE_LIMITED, without Confluence’s text', async () => {
    confluence.rateLimitNext(100, 2);
    const failure = await as(editor, () => permissions.canEditPage(editor, '101')).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'RATE_LIMITED', reason: 'confluence' });
    expect((failure as Error).message).not.toContain('stand-in text');
    expect(pacing.sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(5_000);
  });

  it('reports any other failure as INTERNAL (reason confluence) and logs only the status', async () => {
    const broken = installForgeRuntime({
      productHandlers: [{ remote: 'confluence', handle: () => ({ status: 503, body: { message: 'secret stack trace' } }) }],
    });
    try {
      const failure = await broken.runInvocation('editor', () => permissions.pageAccess(editor, '101')).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'INTERNAL', reason: 'confluence' });
      expect(JSON.stringify([(failure as Error).message, log.mock.calls])).not.toContain('secret');
      expect(log).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ status: 503 }));
    } finally {
      broken.close();
    }
  });

  it('makes only requests the Confluence v2 spec documents, needing read:page:confluence alone', async () => {
    await as(editor, () => permissions.pageAccess(editor, '101'));
    await as(editor, () => permissions.visiblePages(editor, ['101', '102']));
    const requests = runtime.productRequests.map((request): RecordedRequest => ({ ...request, remote: 'confluence' }));
    assertRequestsConform(requests);
    const needs = scopesForRequests(requests);
    expect(needs.operations.map((need) => need.operation)).toEqual(['GET /pages/{id}', 'GET /pages']);
    expect(needs.granular).toEqual(['read:page:confluence']);
    expect(runtime.productRequests.every((request) => request.asUser)).toBe(true);
  });
});
