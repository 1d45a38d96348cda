import type { JiraRoute } from './jira-route';
import { API } from './jira-json';
import { isPaging, pageOf, pagingOf } from './jira-paging';

/** A fresh Jira Cloud site's resolutions, with its default ids. */
export const DEFAULT_RESOLUTIONS: ReadonlyArray<{ id: string; name: string; description: string }> = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: 'This issue won’t be actioned.' },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
  { id: '10003', name: 'Cannot Reproduce', description: 'This issue could not be reproduced at this time.' },
];

/** GET /rest/api/3/resolution/search: the site's resolutions, paged, for anyone signed in to Jira. */
export const RESOLUTION_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: '/rest/api/3/resolution/search',
    access: { who: 'anyone' },
    answer: ({ site, query }) => {
      const paging = pagingOf(query, 100);
      if (!isPaging(paging)) return paging;
      const values = site.resolutions.map((resolution) => ({ ...resolution, self: `${API}/resolution/${resolution.id}`, default: false }));
      return { status: 200, body: pageOf('/resolution/search', query, values, paging) };
    },
  },
];
