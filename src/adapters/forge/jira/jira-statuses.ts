import { route, type Route } from '@forge/api';
import type { z } from 'zod';
import type { JiraStatus } from '../../../core/ports/jira-provisioning';
import type { JiraRequests } from './jira-requests';
import { chunks, repeated } from './jira-pages';
import { StatusList } from './jira-responses';
import type { StatusDetails } from './workflow-json';

// GET /statuses and /statuses/byNames take at most 50 values.
const STATUSES_PER_REQUEST = 50;
const NUMERIC_ID = /^\d+$/;

type StatusJson = z.infer<typeof StatusList>[number];

export const toStatus = (status: StatusJson): JiraStatus => ({ id: status.id, name: status.name, category: status.statusCategory });

/** One status list over as many requests as the values need, each status once. */
async function statusLists(jira: JiraRequests, values: readonly string[], pathOf: (some: string[]) => Route): Promise<StatusJson[]> {
  const found = new Map<string, StatusJson>();
  for (const some of chunks([...new Set(values)], STATUSES_PER_REQUEST)) {
    for (const status of await jira.expect({ what: 'the statuses', path: pathOf(some) }, StatusList)) found.set(status.id, status);
  }
  return [...found.values()];
}

/** Site-wide statuses with these names, as Jira matches them. */
export const statusesNamed = (jira: JiraRequests, names: readonly string[]) => statusLists(jira, names, (some) => route`/rest/api/3/statuses/byNames?${repeated('name', some)}`);

/** The statuses with these ids that exist, with the descriptions a workflow payload keeps. */
export async function statusDetails(jira: JiraRequests, ids: readonly string[]): Promise<StatusDetails[]> {
  const found = await statusLists(jira, ids.filter((id) => NUMERIC_ID.test(id)), (some) => route`/rest/api/3/statuses?${repeated('id', some)}`);
  return found.map((status) => ({ id: status.id, name: status.name, category: status.statusCategory, description: status.description }));
}
