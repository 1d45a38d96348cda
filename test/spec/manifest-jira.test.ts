import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validatorExpression } from '../../src/core/capa/record-requirements';
import { RECORD_VALIDATOR_MODULE_KEY } from '../../src/core/capa/provisioning/capa-target';
import { JIRA_ADMIN_RESOLVER_KEYS } from '../../src/contracts/jira-admin-contracts';

interface Manifest {
  modules: {
    'jira:workflowValidator': Array<{ key: string; expression: string; errorMessage: string }>;
    'jira:adminPage': Array<{ key: string; resource: string; resolver: { function: string } }>;
    function: Array<{ key: string; handler: string }>;
  };
  resources: Array<{ key: string; path: string }>;
}

const manifest = parse(readFileSync(join(__dirname, '../../manifest.yml'), 'utf8')) as Manifest;

describe('the Jira modules of manifest.yml', () => {
  it('declares the record validator provisioning attaches, with the expression the core writes', () => {
    const validator = manifest.modules['jira:workflowValidator'].find((module) => module.key === RECORD_VALIDATOR_MODULE_KEY);
    expect(validator?.expression).toBe(validatorExpression());
    expect(validator?.errorMessage).toMatch(/Process Cards/);
  });

  it('has the admin page resolved by the handler index.ts exports, over its built resource', () => {
    const [page] = manifest.modules['jira:adminPage'];
    const fn = manifest.modules.function.find((candidate) => candidate.key === page?.resolver.function);
    expect(fn?.handler).toBe('index.jiraAdminHandler');
    expect(manifest.resources.find((resource) => resource.key === page?.resource)?.path).toBe('static/jira-admin/dist');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const index = require('../../src/index') as Record<string, unknown>;
    // Its functions are called in test/resolvers/jira-admin-resolvers.test.ts and jira-settings-resolvers.test.ts; here, that it is exported as the manifest says.
    expect(typeof index.jiraAdminHandler).toBe('function');
    expect(Object.values(JIRA_ADMIN_RESOLVER_KEYS)).toEqual([
      'jira-admin/plan',
      'jira-admin/step',
      'jira-admin/projects',
      'jira-admin/set-default',
      'jira-admin/override-group',
      'jira-admin/find-groups',
      'jira-admin/set-override-group',
    ]);
  });
});
