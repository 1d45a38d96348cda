import type { JiraSite } from './jira-site';
import type { SiteIssueType, SiteProject, SiteStatus } from './jira-site-types';

/** The stand-in site's base URL, for `self` links (the spec types them as URIs). */
export const JIRA_BASE_URL = 'http://localhost';
export const API = `${JIRA_BASE_URL}/rest/api/3`;

const avatarUrls = (kind: 'projectavatar' | 'issuetype', id: string) =>
  Object.fromEntries(['16x16', '24x24', '32x32', '48x48'].map((size) => [size, `${JIRA_BASE_URL}/secure/${kind}?pid=${id}&size=${size}`]));

/** A Project as GET /project/{id} answers it; classic projects list their scheme's issue types, as Jira does by default. */
export function projectJson(site: JiraSite, project: SiteProject, withIssueTypes: boolean) {
  const scheme = site.issueTypeSchemeOf(project);
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: `${API}/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: avatarUrls('projectavatar', project.id),
    projectTypeKey: 'software',
    // Jira's own pairing: team-managed projects are `next-gen` and `simplified`.
    simplified: project.style === 'next-gen',
    style: project.style,
    isPrivate: false,
    properties: {},
    ...(withIssueTypes && scheme !== undefined
      ? { issueTypes: scheme.issueTypeIds.flatMap((id) => site.issueTypes.get(id) ?? []).map(issueTypeJson) }
      : {}),
  };
}

/** IssueTypeDetails. */
export const issueTypeJson = (type: SiteIssueType) => ({
  self: `${API}/issuetype/${type.id}`,
  id: type.id,
  description: type.description,
  iconUrl: `${JIRA_BASE_URL}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${type.id}?size=medium`,
  name: type.name,
  subtask: type.hierarchyLevel === -1,
  avatarId: Number(type.id),
  entityId: type.entityId,
  hierarchyLevel: type.hierarchyLevel,
});

/** JiraStatus: the stand-in creates site-wide (GLOBAL) statuses only. */
export const statusJson = (status: SiteStatus) => ({
  id: status.id,
  name: status.name,
  description: status.description,
  statusCategory: status.category,
  scope: { type: 'GLOBAL' },
});
