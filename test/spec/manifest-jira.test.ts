import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validatorExpression } from '../../src/core/capa/record-requirements';
import { RECORD_VALIDATOR_MODULE_KEY } from '../../src/core/capa/provisioning/capa-target';
import { JIRA_ADMIN_RESOLVER_KEYS } from '../../src/contracts/jira-admin-contracts';
import { ACTION_PANEL_RESOLVER_KEYS } from '../../src/contracts/action-panel-contracts';
import { PROVISION_RECORD_KEY } from '../../src/core/capa/provisioning/provision-record';
import { CAPA_ISSUE_TYPES } from '../../src/core/capa/capa-workflows';

interface Manifest {
  modules: {
    'jira:workflowValidator': Array<{ key: string; expression: string; errorMessage: string }>;
    'jira:adminPage': Array<{ key: string; resource: string; resolver: { function: string } }>;
    'jira:issuePanel': Array<{ key: string; resource: string; icon: string; resolver: { function: string }; displayConditions: { jiraExpression: string } }>;
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

  it('has the issue panel resolved by index.actionPanelHandler, with its icon in its built resource', () => {
    const [panel] = manifest.modules['jira:issuePanel'];
    const fn = manifest.modules.function.find((candidate) => candidate.key === panel?.resolver.function);
    expect(fn?.handler).toBe('index.actionPanelHandler');
    const resource = manifest.resources.find((candidate) => candidate.key === panel?.resource);
    expect(resource?.path).toBe('static/action-panel/dist');
    expect(panel?.icon).toBe(`resource:${panel?.resource};icon.svg`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const index = require('../../src/index') as Record<string, unknown>;
    expect(typeof index.actionPanelHandler).toBe('function');
    expect(Object.values(ACTION_PANEL_RESOLVER_KEYS)).toEqual(['action-panel/view']);
  });

  it('shows the issue panel on the issue types the provisioning record names, read from its app property', () => {
    const expression = manifest.modules['jira:issuePanel'][0]!.displayConditions.jiraExpression;
    expect(expression).toContain(`app.properties['${PROVISION_RECORD_KEY}']`);
    // Every kind provisioning makes a type for, by the key the record keeps it under.
    for (const type of CAPA_ISSUE_TYPES) expect(expression).toContain(`types['${type.kind}']?.id`);
    expect(expression).toContain('.includes(issue.issueType.id)');
  });
});
