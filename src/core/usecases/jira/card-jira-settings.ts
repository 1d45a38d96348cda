import { cardJiraProject, type JiraSite } from '../../capa/jira-site';
import type { ProcessCard } from '../../card/process-card';
import { AppError, isAppError } from '../../errors';
import type { CardSettingsStore } from '../../ports/card-settings-store';
import type { Clock } from '../../ports/clock';
import type { JiraIssues } from '../../ports/jira-issues';
import type { AppProperties } from '../../ports/jira-provisioning';
import type { JiraSiteStore } from '../../ports/jira-site-store';
import type { KpiRecordsReader } from '../../ports/kpi-records';
import type { PagePermissions } from '../../ports/page-permissions';
import type { PeopleDirectory } from '../../ports/people-directory';
import type { CardJiraSettingsEditorView, CardJiraSettingsView } from '../../results/jira-settings-results';
import { emptySettings, type CardSettings, type JiraCardSettings } from '../../settings/card-settings';
import { cardAccess } from '../kpi/kpi-access';
import { requireCard } from '../kpi/kpi-rules-of';
import type { MacroContext } from '../macro-context';
import { saveCardSettings } from '../save-card-settings';
import { refreshJiraSite } from './jira-site-copy';

export interface CardJiraSettingsDeps {
  records: KpiRecordsReader;
  settings: CardSettingsStore;
  permissions: PagePermissions;
  directory: PeopleDirectory;
  /** The provisioning record, read as the app when storage holds no copy of it yet. */
  appProperties: AppProperties;
  jiraSite: JiraSiteStore;
  /** Jira as the invoking user: may they create issues where automatic raising would? */
  jiraIssues: Pick<JiraIssues, 'mayCreateIssues'>;
  clock: Clock;
  newAuditSuffix: () => string;
}

export interface SaveCardJiraSettingsInput extends JiraCardSettings {
  cardId: string;
  expectedVersion: number;
}

/**
 * The Jira part of a card's settings: the project its corrective actions and improvements go to
 * (null: the site default chosen on the Jira admin page) and whether the daily run raises a
 * corrective action by itself. Changed by its page editors and process owner (as the KPI
 * settings), audited; only projects set up for actions are taken. Only they are shown the
 * projects: a reader learns that they may not change it, and nothing of Jira.
 */
export function createCardJiraSettings(deps: CardJiraSettingsDeps) {
  async function load(context: MacroContext, cardId: string) {
    if (context.actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to see the Jira settings of the card.', [], { reason: 'sign-in' });
    const records = await deps.records.read(cardId);
    const card = requireCard(records.card, cardId);
    const access = await cardAccess(deps, context, card, records.settings, null);
    return { card, actor: context.actor, current: records.settings ?? emptySettings(card.id), jiraSite: records.jiraSite, canEdit: access.mayRecord };
  }

  // Storage's copy is written by the admin page; without one (it never ran where this storage is), the record itself is asked.
  const siteOf = async (stored: JiraSite | null): Promise<JiraSite | null> => stored ?? (await refreshJiraSite(deps, deps.clock.now().toISOString(), null).catch(noJira));

  return {
    async get(context: MacroContext, input: { cardId: string }): Promise<CardJiraSettingsView> {
      const { card, current, jiraSite, canEdit } = await load(context, input.cardId);
      if (!canEdit) return { cardId: card.id, canEdit: false };
      return view(card, current, await siteOf(jiraSite));
    },

    async save(context: MacroContext, input: SaveCardJiraSettingsInput): Promise<CardJiraSettingsEditorView> {
      const { card, actor, current, jiraSite, canEdit } = await load(context, input.cardId);
      if (!canEdit) throw new AppError('FORBIDDEN', "Only the page's editors and the process owner may change where the card's actions go in Jira.", [], { reason: 'edit' });
      const site = await siteOf(jiraSite);
      const wanted: JiraCardSettings = { projectId: input.projectId, autoRaise: input.autoRaise };
      if (JSON.stringify(wanted) === JSON.stringify(current.jira)) return view(card, current, site);
      if (site === null || site.projects.length === 0) throw new AppError('NOT_FOUND', 'No Jira project is set up for corrective actions yet.', [], { reason: 'jira-project' });
      // A project kept from before may stay while it is gone (only the toggle changes); a newly chosen one must be ready.
      const project = site.projects.find((candidate) => candidate.id === wanted.projectId);
      if (wanted.projectId !== null && wanted.projectId !== current.jira.projectId && project === undefined) {
        throw new AppError('NOT_FOUND', `Jira project ${wanted.projectId} is not set up for corrective actions.`, [{ path: 'projectId', message: 'not a project set up for corrective actions' }], {
          reason: 'jira-project-not-ready',
          params: { project: wanted.projectId },
        });
      }
      const next: CardSettings = { ...current, jira: wanted };
      const checked = await requireMayCreate(deps, site, current, next);
      const at = deps.clock.now().toISOString();
      const saved = await saveCardSettings(deps, {
        cardId: card.id,
        next,
        expectedVersion: input.expectedVersion,
        actor,
        at,
        action: 'jira.settings-saved',
        summary: `Set the card's Jira project to ${project?.key ?? (wanted.projectId === null ? 'the site default' : wanted.projectId)}, automatic raising ${wanted.autoRaise ? 'on' : 'off'}`,
        data: {
          projectId: wanted.projectId,
          projectKey: project?.key ?? null,
          autoRaise: wanted.autoRaise,
          previousProjectId: current.jira.projectId,
          previousAutoRaise: current.jira.autoRaise,
          // The project Jira said this actor may create issues in: the daily run will create there as the app on their say-so.
          createPermissionCheckedIn: checked,
        },
      });
      return view(card, saved, site);
    },
  };
}

/**
 * The daily run creates its corrective actions as the app, which Jira lets create anywhere: so
 * whoever turns automatic raising on, or moves it to another project, must be someone Jira lets
 * create issues in the project the card will use (its own, else the site default). Answers that
 * project's id, or null when nothing needed checking.
 */
async function requireMayCreate(deps: Pick<CardJiraSettingsDeps, 'jiraIssues'>, site: JiraSite | null, current: CardSettings, next: CardSettings): Promise<string | null> {
  if (!next.jira.autoRaise || (current.jira.autoRaise && current.jira.projectId === next.jira.projectId)) return null;
  const target = cardJiraProject(site, next);
  if (target.state === 'not-connected') throw new AppError('NOT_FOUND', 'No Jira project is set up for corrective actions yet.', [], { reason: 'jira-project' });
  if (target.state === 'no-project') {
    throw new AppError('NOT_FOUND', 'Automatic raising needs a project: the card names none and the site has no default.', [], { reason: 'jira-no-project' });
  }
  // A project that stopped being set up is still Jira's to answer for (the toggle may change while it is kept).
  const projectId = target.state === 'ready' ? target.project.id : target.projectId;
  if (!(await deps.jiraIssues.mayCreateIssues(projectId))) {
    const project = target.state === 'ready' ? target.project.key : projectId;
    throw new AppError('FORBIDDEN', `Jira does not let this user create issues in project ${project}, so they may not have the app raise them there.`, [], {
      reason: 'jira-create',
      params: { project },
    });
  }
  return projectId;
}

/** A site without Jira (or that refuses the app) has no set-up to copy: the card says Jira is not connected. */
function noJira(error: unknown): null {
  if (isAppError(error) && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) return null;
  throw error;
}

function view(card: ProcessCard, current: CardSettings, site: JiraSite | null): CardJiraSettingsEditorView {
  const projects = site?.projects ?? [];
  const siteDefault = projects.find((project) => project.id === site?.defaultProjectId) ?? null;
  const { projectId, autoRaise } = current.jira;
  return {
    cardId: card.id,
    version: current.version,
    connected: projects.length > 0,
    projects,
    siteDefault,
    projectId,
    projectGone: projectId !== null && !projects.some((project) => project.id === projectId),
    autoRaise,
    canEdit: true,
  };
}
