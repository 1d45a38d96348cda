import { matchPath } from './match-path';
import type { ProductRequest, ProductResponse } from './product-request';
import type { ConfluenceSite, StandInGroup, StandInUser } from './confluence-site';
import { v1Error } from './confluence-v1-errors';

export const USER_SEARCH_PATH = '/wiki/rest/api/search/user';
export const GROUP_PICKER_PATH = '/wiki/rest/api/group/picker';
export const MEMBER_OF_PATH = '/wiki/rest/api/user/memberof';
export const USER_PATH = '/wiki/rest/api/user';
export const GROUP_BY_ID_PATH = '/wiki/rest/api/group/by-id';

const BASE_URL = 'http://localhost/wiki';
const LAST_MODIFIED = '2026-01-01T00:00:00.000Z';
// The spec's defaults; group picker and memberof are capped at 200 by Confluence.
const USER_SEARCH_DEFAULT_LIMIT = 25;
const GROUP_DEFAULT_LIMIT = 200;
const GROUP_MAX_LIMIT = 200;

// The one CQL form the stand-in emulates: a quoted name, `\"` and `\\` escaped inside.
const FULLNAME_CQL = /^user\.fullname\s*~\s*"((?:[^"\\]|\\.)*)"$/;

/**
 * The people and groups of the site, as Confluence's v1 API answers them: user search by CQL
 * (`user.fullname~"…"` only), group picker, and a user's group memberships. Anything else the
 * stand-in does not emulate is refused with 400, so a test cannot pass on a filter that did nothing.
 */
export function answerDirectory(site: ConfluenceSite, request: ProductRequest, caller: string | undefined): ProductResponse | undefined {
  if (request.method !== 'GET') return undefined;
  const query = new URLSearchParams(request.path.split('?')[1] ?? '');
  const answer = matchPath(USER_SEARCH_PATH, request.path)
    ? searchUsers
    : matchPath(GROUP_PICKER_PATH, request.path)
      ? pickGroups
      : matchPath(MEMBER_OF_PATH, request.path)
        ? memberOf
        : matchPath(USER_PATH, request.path)
          ? userById
          : matchPath(GROUP_BY_ID_PATH, request.path)
            ? groupById
            : undefined;
  if (answer === undefined) return undefined;
  // Each documents 403 for a caller who may not use Confluence.
  if (site.user(caller) === undefined) return v1Error(403, 'The calling user does not have permission to use Confluence.');
  return answer(site, query);
}

function searchUsers(site: ConfluenceSite, query: URLSearchParams): ProductResponse {
  const refused = unknownParameter(query, ['cql', 'limit', 'start']);
  if (refused !== undefined) return refused;
  const cql = query.get('cql') ?? '';
  const match = FULLNAME_CQL.exec(cql.trim());
  if (match === null) return v1Error(400, `Could not parse cql : ${cql}`);
  const paging = pagingOf(query, USER_SEARCH_DEFAULT_LIMIT, Number.MAX_SAFE_INTEGER);
  if ('status' in paging) return paging;
  const wanted = match[1]!.replace(/\\(.)/g, '$1').toLocaleLowerCase();
  const found = site.allUsers().filter((user) => matchesName(user.name, wanted));
  const results = found.slice(paging.start, paging.start + paging.limit).map(searchResult);
  return {
    status: 200,
    body: {
      results,
      start: paging.start,
      limit: paging.limit,
      size: results.length,
      totalSize: found.length,
      cqlQuery: cql,
      searchDuration: 1,
      _links: { base: BASE_URL, context: '/wiki' },
    },
  };
}

function pickGroups(site: ConfluenceSite, query: URLSearchParams): ProductResponse {
  const refused = unknownParameter(query, ['query', 'limit', 'start']);
  if (refused !== undefined) return refused;
  const text = query.get('query');
  if (text === null) return v1Error(400, 'query is required');
  const wanted = text.trim().toLocaleLowerCase();
  return groupArray(
    site.allGroups().filter((group) => group.name.toLocaleLowerCase().includes(wanted)),
    query,
    GROUP_PICKER_PATH,
  );
}

function memberOf(site: ConfluenceSite, query: URLSearchParams): ProductResponse {
  const refused = unknownParameter(query, ['accountId', 'limit', 'start']);
  if (refused !== undefined) return refused;
  const accountId = query.get('accountId');
  if (accountId === null || accountId === '') return v1Error(400, 'accountId is required');
  return groupArray([...(site.user(accountId)?.groups ?? [])], query, MEMBER_OF_PATH);
}

function userById(site: ConfluenceSite, query: URLSearchParams): ProductResponse {
  const refused = unknownParameter(query, ['accountId']);
  if (refused !== undefined) return refused;
  const user = site.user(query.get('accountId') ?? undefined);
  if (user === undefined) return v1Error(404, 'No user with the given account id was found.');
  return {
    status: 200,
    body: {
      type: 'known',
      accountId: user.accountId,
      accountType: user.accountType ?? 'atlassian',
      email: '',
      publicName: user.name,
      displayName: user.name,
      isExternalCollaborator: false,
      _expandable: { operations: '', personalSpace: '' },
      _links: { self: `${BASE_URL}/rest/api/user?accountId=${encodeURIComponent(user.accountId)}`, base: BASE_URL, context: '/wiki' },
    },
  };
}

function groupById(site: ConfluenceSite, query: URLSearchParams): ProductResponse {
  const refused = unknownParameter(query, ['id']);
  if (refused !== undefined) return refused;
  const group = site.allGroups().find((candidate) => candidate.id === query.get('id'));
  if (group === undefined) return v1Error(404, 'No group with the given id was found.');
  return { status: 200, body: { type: 'group', name: group.name, id: group.id, _links: { self: `${BASE_URL}/rest/api/group/by-id?id=${group.id}` } } };
}

function groupArray(groups: StandInGroup[], query: URLSearchParams, path: string): ProductResponse {
  const paging = pagingOf(query, GROUP_DEFAULT_LIMIT, GROUP_MAX_LIMIT);
  if ('status' in paging) return paging;
  const results = groups.slice(paging.start, paging.start + paging.limit).map((group) => ({
    type: 'group',
    name: group.name,
    id: group.id,
    _links: { self: `${BASE_URL}/rest/api/group/by-id?id=${group.id}` },
  }));
  const more = groups.length > paging.start + paging.limit;
  return {
    status: 200,
    body: {
      results,
      start: paging.start,
      limit: paging.limit,
      size: results.length,
      _links: { base: BASE_URL, ...(more ? { next: nextLink(path, query, paging.start + paging.limit) } : {}) },
    },
  };
}

/** Like Confluence's: the name, or any word of it, starts with what was typed. */
const matchesName = (name: string, wanted: string): boolean => {
  const lower = name.toLocaleLowerCase();
  return wanted !== '' && (lower.startsWith(wanted) || lower.split(/[\s—-]+/).some((word) => word.startsWith(wanted)));
};

const searchResult = (user: StandInUser) => ({
  user: {
    type: 'known',
    accountId: user.accountId,
    accountType: user.accountType ?? 'atlassian',
    displayName: user.name,
    publicName: user.name,
  },
  title: user.name,
  excerpt: '',
  url: `/people/${user.accountId}`,
  breadcrumbs: [],
  entityType: 'user',
  iconCssClass: 'aui-icon content-type-profile',
  lastModified: LAST_MODIFIED,
  score: 0,
});

function pagingOf(query: URLSearchParams, defaultLimit: number, maxLimit: number): { start: number; limit: number } | ProductResponse {
  const limit = query.get('limit') === null ? defaultLimit : Number(query.get('limit'));
  const start = query.get('start') === null ? 0 : Number(query.get('start'));
  if (!Number.isInteger(limit) || limit < 0 || !Number.isInteger(start) || start < 0) return v1Error(400, 'start and limit take whole numbers ≥ 0');
  return { start, limit: Math.min(limit, maxLimit) };
}

function unknownParameter(query: URLSearchParams, known: readonly string[]): ProductResponse | undefined {
  const unknown = [...query.keys()].find((name) => !known.includes(name));
  return unknown === undefined ? undefined : v1Error(400, `The stand-in does not emulate '${unknown}'`);
}

function nextLink(path: string, query: URLSearchParams, start: number): string {
  const next = new URLSearchParams(query);
  next.set('start', String(start));
  return `${path}?${next}`;
}
