import api, { route } from '@forge/api';
import { ADMIN, problemsOfAnswers, startJira, type JiraFixture } from './jira-stand-in-fixture';

const PATH = (key: string) => `/rest/forge/1/app/properties/${key}`;

describe('the Jira stand-in: Forge app properties', () => {
  let fixture: JiraFixture;
  beforeEach(() => {
    fixture = startJira();
  });
  afterEach(() => fixture.close());

  it('stores a JSON value for the app (201, then 200) and answers it back with its key', async () => {
    const value = { version: 3, issueTypes: { correctiveAction: '10101' } };
    expect(await fixture.asApp('PUT', PATH('provisioning'), value)).toMatchObject({ status: 201, body: { message: 'Property created.', statusCode: 201 } });
    expect(await fixture.asApp('GET', PATH('provisioning'))).toMatchObject({ status: 200, body: { key: 'provisioning', value } });
    expect((await fixture.asApp('PUT', PATH('provisioning'), 'just text')).status).toBe(200);
    expect((await fixture.asApp('GET', PATH('provisioning'))).body).toEqual({ key: 'provisioning', value: 'just text' });
    expect(await fixture.asApp('GET', PATH('missing'))).toMatchObject({ status: 404, body: { message: 'Property with key not found.', statusCode: 404 } });
  });

  it('refuses a user’s call, a Jira admin’s too: only the app may read or write them (stand-in behaviour: confirm on a dev site)', async () => {
    await fixture.asApp('PUT', PATH('provisioning'), { version: 1 });
    expect(await fixture.asUser(ADMIN, 'PUT', PATH('provisioning'), { version: 2 })).toMatchObject({
      status: 403,
      body: { errorMessages: ['Access to this resource must be authenticated as an app.'] },
    });
    expect((await fixture.asUser(ADMIN, 'GET', PATH('provisioning'))).status).toBe(403);
    expect(fixture.jira.site.appProperties.get('provisioning')).toEqual({ version: 1 });
  });

  it('refuses a key over 127 characters, a value over 32,768, and a body that is not JSON, in OperationMessage form', async () => {
    expect(await fixture.asApp('PUT', PATH('k'.repeat(128)), 1)).toMatchObject({ status: 400, body: { statusCode: 400 } });
    expect((await fixture.asApp('GET', PATH('k'.repeat(128)))).status).toBe(400);
    expect((await fixture.asApp('PUT', PATH('big'), 'x'.repeat(32_767))).status).toBe(400);
    expect((await fixture.asApp('PUT', PATH('fits'), 'x'.repeat(32_766))).status).toBe(201);
    const notJson = await api.asApp().requestJira(route`/rest/forge/1/app/properties/${'broken'}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ statusCode: 400 });
    expect(fixture.jira.site.appProperties.has('broken')).toBe(false);
  });

  it('answers in the shapes the Jira spec documents', async () => {
    await fixture.asApp('PUT', PATH('a'), [1, 2]);
    await fixture.asApp('PUT', PATH('a'), null);
    await fixture.asApp('GET', PATH('a'));
    await fixture.asApp('GET', PATH('b'));
    await fixture.asApp('PUT', PATH('k'.repeat(128)), 1);
    await fixture.asUser(ADMIN, 'GET', PATH('a'));
    await api.asApp().requestJira(route`/rest/forge/1/app/properties/${'c'}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{oops' });
    expect(problemsOfAnswers(fixture.runtime)).toEqual([]);
  });
});
