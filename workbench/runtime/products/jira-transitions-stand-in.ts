import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';
import type { JiraSite } from './jira-site';
import type { SiteIssue, SiteProject, SiteTransition, SiteWorkflow } from './jira-site-types';
import { jiraError, notEmulated } from './jira-errors';
import { statusField } from './jira-issue-json';
import { conditionsHold, unemulatedCondition } from './jira-transition-conditions';
import { expressionIssue } from './jira-issue-events';

const FORGE_VALIDATOR = 'forge:expression-validator';
const UPDATE_FIELD = 'system:update-field';

interface TransitionRequest {
  transition?: { id?: string };
  fields?: Record<string, unknown>;
  update?: Record<string, unknown>;
  properties?: unknown[];
  historyMetadata?: unknown;
}

type Found = { project: SiteProject; issue: SiteIssue; workflow: SiteWorkflow };

/** The issue the caller may browse and the workflow its project's scheme gives its type; Jira's 404 for the rest. */
function issueAndWorkflow(site: JiraSite, caller: string, idOrKey: string): Found | ProductResponse {
  const found = site.issue(idOrKey);
  if (found === undefined || !site.mayBrowse(caller, found.project)) return jiraError(404, ['Issue does not exist or you do not have permission to see it.']);
  const scheme = site.workflowSchemeOf(found.project);
  if (scheme === undefined) return notEmulated('transitions in team-managed projects');
  const workflow = site.workflowFor(scheme, found.issue.issueTypeId);
  if (workflow === undefined) return jiraError(404, ['The issue has no workflow.']);
  return { ...found, workflow };
}

const isResponse = (value: Found | ProductResponse): value is ProductResponse => 'status' in value;

/** Leaves the issue's status: directed transitions from it, and global ones (from anywhere). */
const leaves = (transition: SiteTransition, statusId: string): boolean =>
  transition.type === 'GLOBAL' || (transition.type === 'DIRECTED' && transition.fromStatusIds.includes(statusId));

function transitionJson(site: JiraSite, transition: SiteTransition, available: boolean) {
  return {
    id: transition.id,
    name: transition.name,
    to: statusField(site, transition.toStatusId),
    hasScreen: false,
    isGlobal: transition.type === 'GLOBAL',
    isInitial: false,
    isAvailable: available,
    isConditional: transition.conditions !== undefined,
    looped: false,
  };
}

/** What the stand-in cannot run on a transition: refused before anything is checked, never skipped. */
function unemulatedRule(transition: SiteTransition): string | undefined {
  const condition = unemulatedCondition(transition.conditions);
  if (condition !== undefined) return `the condition ${condition}`;
  const validator = transition.validators.find((rule) => rule.ruleKey !== FORGE_VALIDATOR);
  if (validator !== undefined) return `the validator ${validator.ruleKey}`;
  const action = transition.actions.find((rule) => rule.ruleKey !== UPDATE_FIELD || rule.parameters.field !== 'resolution');
  if (action !== undefined) return `the post function ${action.ruleKey} (${action.parameters.field ?? ''})`;
  return undefined;
}

function listTransitions(site: JiraSite, caller: string, idOrKey: string, query: URLSearchParams): ProductResponse {
  if (query.has('expand')) return notEmulated("the 'expand' parameter of the transitions");
  const found = issueAndWorkflow(site, caller, idOrKey);
  if (isResponse(found)) return found;
  const { project, issue, workflow } = found;
  const wanted = query.get('transitionId');
  const withUnavailable = query.get('includeUnavailableTransitions') === 'true';
  const transitions = workflow.transitions
    .filter((transition) => leaves(transition, issue.statusId) && (wanted === null || transition.id === wanted))
    .map((transition) => ({ transition, available: conditionsHold(site, caller, project, issue, transition.conditions) }))
    .filter(({ available }) => available || withUnavailable)
    .map(({ transition, available }) => transitionJson(site, transition, available));
  return { status: 200, body: { expand: 'transitions', transitions } };
}

/**
 * The transition's `forge:expression-validator` rules, each run through the app (function
 * validators invoked, expression ones evaluated); every refusal's message, in rule order. A rule
 * that names no module of the installed app refuses: Jira cannot run it either.
 */
async function refusals(site: JiraSite, found: Found, transition: SiteTransition): Promise<string[]> {
  const messages: string[] = [];
  for (const rule of transition.validators) {
    const run = {
      ari: rule.parameters.key ?? '',
      config: rule.parameters.config,
      issueKey: found.issue.key,
      fromStatusId: found.issue.statusId,
      toStatusId: transition.toStatusId,
      expressionIssue: { ...expressionIssue(found.issue) },
    };
    const verdict = site.app === undefined ? undefined : await site.app.runValidator(run);
    if (verdict === undefined) messages.push(`The workflow rule's app is not installed: ${run.ari}. (stand-in)`);
    else if (!verdict.ok) messages.push(verdict.message);
  }
  return messages;
}

async function transitionIssue(site: JiraSite, caller: string, idOrKey: string, request: TransitionRequest): Promise<ProductResponse> {
  if ((request.fields !== undefined && Object.keys(request.fields).length > 0) || (request.update !== undefined && Object.keys(request.update).length > 0)) {
    return notEmulated('fields or updates on a transition (its workflows have no screens)');
  }
  if ((request.properties ?? []).length > 0 || request.historyMetadata != null) return notEmulated('properties or history metadata on a transition');
  const found = issueAndWorkflow(site, caller, idOrKey);
  if (isResponse(found)) return found;
  const { project, issue, workflow } = found;
  const wanted = request.transition?.id;
  if (wanted === undefined) return jiraError(400, [], { transition: 'The transition is required.' });
  const transition = workflow.transitions.find((candidate) => candidate.id === wanted && leaves(candidate, issue.statusId));
  // A transition whose conditions the caller fails is hidden, so refused like one that does not exist.
  if (transition === undefined || !conditionsHold(site, caller, project, issue, transition.conditions)) {
    return jiraError(400, [`Transition id '${wanted}' is not valid for this issue.`]);
  }
  const unemulated = unemulatedRule(transition);
  if (unemulated !== undefined) return notEmulated(unemulated);
  const refused = await refusals(site, found, transition);
  if (refused.length > 0) return jiraError(400, refused);
  const resolutionId = transition.actions.find((rule) => rule.ruleKey === UPDATE_FIELD)?.parameters.value;
  if (resolutionId !== undefined && !site.resolutions.some((resolution) => resolution.id === resolutionId)) {
    return jiraError(400, [`The resolution ${resolutionId} the transition sets does not exist.`]);
  }
  site.changeStatus(issue, transition.toStatusId, caller, resolutionId === undefined ? {} : { resolutionId });
  return { status: 204 };
}

/**
 * Transitions, as whoever may browse the issue (the stand-in's permission scheme lets every
 * browser transition): the workflow the project's workflow scheme gives the issue's type, its
 * transitions out of the current status whose conditions the caller passes; a POST checks them
 * again, runs the validators through the app, sets the resolution (`system:update-field`) and
 * writes the changelog, which the runtime turns into `avi:jira:updated:issue`.
 */
export const TRANSITION_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, caller, params, query }) => listTransitions(site, caller, params.issueIdOrKey!, query),
  },
  {
    method: 'POST',
    path: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    access: { who: 'jira-user', refused: 401 },
    answer: ({ site, caller, params, body }) => transitionIssue(site, caller, params.issueIdOrKey!, body as TransitionRequest),
  },
];
