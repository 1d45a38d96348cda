import { z } from 'zod';
import type { JiraSite } from '../runtime';
import { PROVISION_RECORD_KEY } from '../../src/core/capa/provisioning/provision-record';
import { WORKBENCH_SITE_URL } from '../common/workbench-site';

// Read loosely, as the manifest's Jira expression does: a record without types shows no panel.
const ProvisionedTypes = z.object({ issueTypes: z.record(z.string(), z.object({ id: z.string() })) });

/**
 * The manifest's display condition for the issue panel, as Jira evaluates it: the issue's type is
 * one the provisioning record (the app property) names. Jira evaluates the expression itself; the
 * workbench mirrors it here, and test/spec/manifest-jira.test.ts holds the expression to the same keys.
 */
export function showsActionPanel(site: JiraSite, issueTypeId: string): boolean {
  const record = ProvisionedTypes.safeParse(site.appProperties.get(PROVISION_RECORD_KEY));
  return record.success && Object.values(record.data.issueTypes).some((type) => type.id === issueTypeId);
}

/**
 * What Jira puts in a `jira:issuePanel` invocation's `context.extension` (besides its type): the
 * issue and its project, looked up by the platform, never taken from the iframe. Undefined when
 * the stand-in has no such issue, or the panel would not be shown on it.
 */
export function issuePanelExtension(site: JiraSite, issueKey: string | undefined): Record<string, unknown> | undefined {
  if (issueKey === undefined) return undefined;
  const found = site.issue(issueKey);
  if (found === undefined || !showsActionPanel(site, found.issue.issueTypeId)) return undefined;
  const { project, issue } = found;
  return {
    issue: { id: issue.id, key: issue.key, type: site.issueTypes.get(issue.issueTypeId)?.name ?? '', typeId: issue.issueTypeId },
    project: { id: project.id, key: project.key, type: 'software' },
    isNewToIssue: false,
    location: `${WORKBENCH_SITE_URL}/browse/${encodeURIComponent(issue.key)}`,
  };
}
