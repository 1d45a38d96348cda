import { z } from 'zod';
import type { CardSettings } from '../settings/card-settings';
import { isUsableProject, type ProvisionRecord } from './provisioning/provision-record';

/**
 * What the Confluence side needs to know of the Jira set-up, kept in the app's storage beside the
 * cards: which projects are ready for corrective actions and improvements, which one is the site
 * default, and the two issue type ids. The provisioning record in the Jira app property stays the
 * source of truth; this copy is written whenever the Jira admin page changes it (and refreshed
 * from it by the paths that read the property anyway), so a card's first render knows from one
 * storage batch whether to search Jira at all.
 */

export const JIRA_SITE_SCHEMA_VERSION = 1 as const;

const Id = z.string().min(1).max(100);

export const JiraSiteProject = z.object({ id: Id, key: z.string().min(1).max(50) });
export type JiraSiteProject = z.infer<typeof JiraSiteProject>;

export const JiraSite = z.object({
  schemaVersion: z.literal(JIRA_SITE_SCHEMA_VERSION),
  /** The projects a corrective action may be raised in (both schemes ours). */
  projects: z.array(JiraSiteProject).max(500),
  /** Where a card's actions go when its settings name no project; null: each card must name one. */
  defaultProjectId: Id.nullable(),
  issueTypes: z.object({ 'corrective-action': Id.nullable(), improvement: Id.nullable() }),
  updatedAt: z.string(),
});
export type JiraSite = z.infer<typeof JiraSite>;

export type ActionKind = 'corrective-action' | 'improvement';

/** The copy made of a provisioning record. */
export function jiraSiteOf(record: ProvisionRecord, at: string): JiraSite {
  const projects = Object.values(record.projects)
    .filter(isUsableProject)
    .map((project) => ({ id: project.projectId, key: project.projectKey }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const defaultProjectId = projects.some((project) => project.id === record.defaultProjectId) ? record.defaultProjectId : null;
  return {
    schemaVersion: JIRA_SITE_SCHEMA_VERSION,
    projects,
    defaultProjectId,
    issueTypes: { 'corrective-action': record.issueTypes['corrective-action']?.id ?? null, improvement: record.issueTypes.improvement?.id ?? null },
    updatedAt: at,
  };
}

/** Same projects, default and types: a copy that needs no write. */
export function sameJiraSite(a: JiraSite | null, b: JiraSite): boolean {
  if (a === null) return false;
  const { updatedAt: _a, ...left } = a;
  const { updatedAt: _b, ...right } = b;
  return JSON.stringify(left) === JSON.stringify(right);
}

export type CardJiraProject =
  | { state: 'ready'; project: JiraSiteProject; chosen: 'card' | 'site' }
  /** Nothing is provisioned on this site (or storage holds no copy of it yet). */
  | { state: 'not-connected' }
  /** Projects are ready, but the card names none and the site has no default. */
  | { state: 'no-project' }
  /** The card names a project that is no longer ready (removed, or its schemes replaced). */
  | { state: 'project-gone'; projectId: string };

/** Which project a card's actions go to: the card's own choice, else the site default. */
export function cardJiraProject(site: JiraSite | null, settings: CardSettings | null): CardJiraProject {
  if (site === null || site.projects.length === 0) return { state: 'not-connected' };
  const chosen = settings?.jira.projectId ?? null;
  if (chosen !== null) {
    const project = site.projects.find((candidate) => candidate.id === chosen);
    return project === undefined ? { state: 'project-gone', projectId: chosen } : { state: 'ready', project, chosen: 'card' };
  }
  const fallback = site.projects.find((candidate) => candidate.id === site.defaultProjectId);
  return fallback === undefined ? { state: 'no-project' } : { state: 'ready', project: fallback, chosen: 'site' };
}
