import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assertRequestsConform, assertScopesMatch, type RecordedRequest } from '../support/openapi';
import {
  formatProblems,
  MANIFEST_VALIDATION_TIMEOUT_MS,
  readManifest,
  readManifestScopes,
  REPOSITORY_MANIFEST,
  stageManifestCopy,
  validateManifest,
  type ManifestDocument,
  type ManifestValidation,
} from '../support/manifest';

// Mutable view for breaking copies; the schema of the manifest itself is @forge/manifest's job.
type Editable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function brokenCopy(edit: (manifest: Editable) => void): ManifestDocument {
  const copy = structuredClone(readManifest()) as Editable;
  edit(copy);
  return copy as ManifestDocument;
}

const stagedDirectories: string[] = [];
afterAll(() => stagedDirectories.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function stage(manifest: ManifestDocument): string {
  const manifestPath = stageManifestCopy(manifest);
  stagedDirectories.push(dirname(manifestPath));
  return manifestPath;
}

function messages(result: ManifestValidation): string[] {
  return result.errors.map((problem) => problem.message);
}

describe("manifest.yml, checked with Atlassian's @forge/manifest validate()", () => {
  let repository: ManifestValidation;
  let pristineCopy: ManifestValidation;

  // The first validate() in a process compiles the manifest schema (4–5 s); later calls are fast.
  beforeAll(async () => {
    repository = await validateManifest(REPOSITORY_MANIFEST);
    pristineCopy = await validateManifest(stage(readManifest()));
  }, MANIFEST_VALIDATION_TIMEOUT_MS);

  it('accepts the repository manifest with no errors (needs `npm run build` for static/*/dist)', () => {
    expect(formatProblems(repository.errors)).toEqual([]);
    expect(repository.success).toBe(true);
  });

  it('raises no warnings on the repository manifest', () => {
    expect(formatProblems(repository.warnings)).toEqual([]);
  });

  it('accepts an unmodified copy staged in a temporary directory (control for the broken copies)', () => {
    expect(formatProblems(pristineCopy.errors)).toEqual([]);
  });

  it('rejects an unsupported runtime and a macro without its resource', async () => {
    const result = await validateManifest(
      stage(
        brokenCopy((manifest) => {
          manifest.app.runtime.name = 'nodejs18.x';
          delete manifest.modules.macro[0].resource;
        }),
      ),
    );
    expect(result.success).toBe(false);
    expect(messages(result)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/runtime property name 'nodejs18.x' allowed values are 'nodejs20.x', 'nodejs22.x', 'nodejs24.x'/),
        expect.stringMatching(/macro required properties are .*'title, resource, key'/),
      ]),
    );
  });

  it('rejects a macro whose custom config names an undefined resource', async () => {
    const result = await validateManifest(
      stage(
        brokenCopy((manifest) => {
          manifest.modules.macro[0].config = { resource: 'no-such-resource', title: 'Pick' };
        }),
      ),
    );
    expect(messages(result)).toEqual([expect.stringMatching(/missing resource key 'no-such-resource' is being referenced by macro module/)]);
  });

  it('rejects a scope that does not exist', async () => {
    const result = await validateManifest(
      stage(brokenCopy((manifest) => manifest.permissions.scopes.push('read:confluence-everything'))),
    );
    expect(messages(result)).toEqual([expect.stringMatching(/Invalid 'scopes' permission .* 'read:confluence-everything'/)]);
  });

  it('rejects a resource folder that has not been built', async () => {
    const manifest = readManifest();
    const firstResource = manifest.resources?.[0];
    if (!firstResource) throw new Error('the manifest declares no resources');
    const manifestPath = stage(manifest);
    rmSync(join(dirname(manifestPath), firstResource.path), { recursive: true });
    expect(messages(await validateManifest(manifestPath))).toEqual([
      `missing resource '${firstResource.path}' is being referenced by '${firstResource.key}' in resources`,
    ]);
  });

  it('rejects functions whose handler file is missing from src/', async () => {
    const manifest = readManifest();
    const handlers = (manifest.modules?.function ?? []).map((fn) => String(fn.handler ?? ''));
    expect(handlers.length).toBeGreaterThan(0);
    const manifestPath = stage(manifest);
    rmSync(join(dirname(manifestPath), 'src'), { recursive: true });
    expect(messages(await validateManifest(manifestPath))).toEqual(
      handlers.map((handler) =>
        expect.stringMatching(new RegExp(`handler property '${handler.replace('.', '\\.')}' cannot find associated file`)),
      ),
    );
  });
});

describe('manifest scopes are the least that work', () => {
  // What the app calls, as the invoking user: one page's operations (view and edit), the batched
  // list of visible pages, the people directory of the roles panel (people search, group picker,
  // the caller's groups) and the caller's site operations (are they a Confluence admin?). The integration tests repeat this with the requests the app
  // really made in the local Forge runtime.
  const designedRequests: RecordedRequest[] = [
    { remote: 'confluence', method: 'GET', path: '/wiki/api/v2/pages/65537?include-operations=true' },
    { remote: 'confluence', method: 'GET', path: '/wiki/api/v2/pages?id=65537,70000&limit=2' },
    { remote: 'confluence', method: 'GET', path: `/wiki/rest/api/search/user?cql=${encodeURIComponent('user.fullname~"ann"')}&limit=10` },
    { remote: 'confluence', method: 'GET', path: '/wiki/rest/api/group/picker?query=quality&limit=10' },
    { remote: 'confluence', method: 'GET', path: '/wiki/rest/api/user/memberof?accountId=5f1a-reader&limit=200' },
    { remote: 'confluence', method: 'GET', path: '/wiki/rest/api/user/current?expand=operations' },
    // Provisioning on the Jira admin page (test/resolvers/jira-admin-resolvers.test.ts makes them all):
    // configuration as the admin, reads as the admin, the record in an app property as the app.
    { remote: 'jira', method: 'POST', path: '/rest/api/3/statuses', body: { scope: { type: 'GLOBAL' }, statuses: [{ name: 'CA: Evaluation', statusCategory: 'IN_PROGRESS' }] } },
    { remote: 'jira', method: 'GET', path: '/rest/api/3/resolution/search?startAt=0&maxResults=50' },
    { remote: 'jira', method: 'GET', path: '/rest/forge/1/app/properties/process-cards.provisioning' },
    { remote: 'jira', method: 'PUT', path: '/rest/forge/1/app/properties/process-cards.provisioning', body: { schemaVersion: 1 } },
    // Raising from a KPI, as the user (test/resolvers/action-resolvers.test.ts makes them).
    { remote: 'jira', method: 'POST', path: '/rest/api/3/issue', body: { fields: { project: { id: '10000' }, issuetype: { id: '10010' }, summary: 'KPI off target' }, properties: [{ key: 'process-cards.action', value: {} }] } },
  ];

  it('grants every designed request and nothing more, besides storage:app for Forge storage', () => {
    assertRequestsConform(designedRequests);
    expect(() => assertScopesMatch(readManifestScopes(), designedRequests, ['storage:app'])).not.toThrow();
  });

  it('would hold surplus scopes without the people directory, and miss one without memberof', () => {
    expect(() => assertScopesMatch(readManifestScopes(), designedRequests.slice(0, 2), ['storage:app'])).toThrow(/not needed by any request/);
    const withoutMemberOf = designedRequests.filter((request) => !request.path.includes('/memberof'));
    expect(() => assertScopesMatch(readManifestScopes(), withoutMemberOf, ['storage:app'])).toThrow("scope 'read:user:confluence' is not needed");
  });
});
