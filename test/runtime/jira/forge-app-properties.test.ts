import { ADMIN } from './jira-stand-in-fixture';
import { startAdapter, type AdapterFixture } from './adapter-fixture';

describe('ForgeAppProperties: Jira app properties, as the app', () => {
  let fixture: AdapterFixture;
  beforeEach(() => {
    fixture = startAdapter();
  });
  afterEach(() => fixture.close());
  /** Inside a user's invocation, as the admin page's resolver runs: the calls still go as the app. */
  const asAdmin = <T>(work: () => Promise<T>) => fixture.runtime.runInvocation(ADMIN, work);

  it('writes a JSON value and reads it back; a property never written reads as undefined', async () => {
    const value = { version: 2, issueTypes: { correctiveAction: '10101' }, enabled: true };
    expect(await asAdmin(() => fixture.properties.get('provisioning'))).toBeUndefined();
    await asAdmin(() => fixture.properties.put('provisioning', value));
    expect(await asAdmin(() => fixture.properties.get('provisioning'))).toEqual(value);
    await asAdmin(() => fixture.properties.put('provisioning', null));
    expect(await asAdmin(() => fixture.properties.get('provisioning'))).toBeNull();
    expect(fixture.runtime.productRequests.every((request) => request.provider === 'app')).toBe(true);
  });

  it('refuses, before asking, a key Jira would not take and a value too large for it', async () => {
    const fails = (work: () => Promise<unknown>) => asAdmin(work).catch((error: unknown) => error);
    expect(await fails(() => fixture.properties.put('k'.repeat(128), 1))).toMatchObject({ code: 'VALIDATION' });
    expect(await fails(() => fixture.properties.get('../issue'))).toMatchObject({ code: 'VALIDATION' });
    expect(await fails(() => fixture.properties.put('big', 'x'.repeat(32_767)))).toMatchObject({ code: 'TOO_LARGE' });
    expect(await fails(() => fixture.properties.put('nothing', undefined))).toMatchObject({ code: 'VALIDATION' });
    expect(fixture.runtime.productRequests).toEqual([]);
    await asAdmin(() => fixture.properties.put('fits', 'x'.repeat(32_766)));
    expect(fixture.jira.site.appProperties.get('fits')).toHaveLength(32_766);
  });

  it('waits out a 429 before writing', async () => {
    fixture.jira.rateLimitNext(1, 3);
    await asAdmin(() => fixture.properties.put('provisioning', { version: 1 }));
    expect(fixture.pacing.sleeps).toEqual([3_000]);
    expect(fixture.jira.site.appProperties.get('provisioning')).toEqual({ version: 1 });
  });
});
