import type { SiteWorkflowScheme } from './jira-site-types';
import { API } from './jira-json';

/** WorkflowScheme: the id is an integer; the Default Workflow Scheme has none, and so no `self` either. */
export const workflowSchemeJson = (scheme: SiteWorkflowScheme) => ({
  ...(scheme.id === undefined ? {} : { id: Number(scheme.id), self: `${API}/workflowscheme/${scheme.id}` }),
  name: scheme.name,
  description: scheme.description,
  defaultWorkflow: scheme.defaultWorkflow,
  issueTypeMappings: { ...scheme.issueTypeMappings },
  draft: false,
});
