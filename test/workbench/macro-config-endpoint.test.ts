import { WORKBENCH_USERS } from '../../workbench/server/workbench-users';
import { send, startServerWith, type ServerFixture } from './workbench-server-fixture';

const editor = WORKBENCH_USERS.find((user) => user.canEdit)!;
const reader = WORKBENCH_USERS.find((user) => !user.canEdit)!;

describe("the workbench's macro config endpoint, as Confluence saves a macro's settings", () => {
  let fixture: ServerFixture;
  beforeAll(async () => {
    fixture = await startServerWith({});
  });
  afterAll(() => fixture.stop());

  const save = (accountId: string | undefined, cardId: string) =>
    send(fixture, 'PUT', `/api/pages/${fixture.pageId}/config`, { config: { cardId }, ...(accountId ? { accountId } : {}) });

  it('saves the choice of someone who may edit the page', async () => {
    const answer = await save(editor.accountId, 'card-1');
    expect(answer.status).toBe(200);
    expect(fixture.site.page(fixture.pageId)?.config).toEqual({ cardId: 'card-1' });
  });

  it('refuses a view-only reader and nobody at all, and keeps the config', async () => {
    for (const accountId of [reader.accountId, undefined, 'someone-unknown']) {
      const answer = await save(accountId, 'card-2');
      expect({ accountId, status: answer.status, reason: answer.json.reason }).toEqual({ accountId, status: 403, reason: 'edit' });
    }
    expect(fixture.site.page(fixture.pageId)?.config).toEqual({ cardId: 'card-1' });
  });
});
