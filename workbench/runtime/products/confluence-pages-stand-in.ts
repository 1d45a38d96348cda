import { matchPath } from './match-path';
import type { ProductRequest, ProductResponse } from './product-request';
import type { ConfluenceSite, StandInPage } from './confluence-site';
import { v2Error } from './confluence-v2-errors';

export const PAGE_PATH = '/wiki/api/v2/pages/{id}';
export const PAGES_PATH = '/wiki/api/v2/pages';

const BASE_URL = 'http://localhost/wiki';
const CREATED_AT = '2026-01-01T00:00:00.000Z';
// The spec's bounds for GET /pages: `id` maxItems 250, `limit` 1–250 (default 25).
const MAX_IDS = 250;
const MAX_LIMIT = 250;
const DEFAULT_LIMIT = 25;

export interface PagesStandInOptions {
  /** Confluence may answer fewer pages than `limit` asks; a cap lets tests reach the next link. */
  pageSizeCap?: number;
}

/**
 * `GET /wiki/api/v2/pages/{id}` and `GET /wiki/api/v2/pages?id=…`, answered for the calling
 * user: a page they may not see is a 404 or simply missing from the list, and
 * `include-operations` lists only what they may do. Parameters the stand-in does not emulate
 * are refused rather than ignored, so a test cannot pass on a filter that did nothing.
 */
export function answerPages(site: ConfluenceSite, request: ProductRequest, caller: string | undefined, options: PagesStandInOptions = {}): ProductResponse | undefined {
  if (request.method !== 'GET') return undefined;
  const query = new URLSearchParams(request.path.split('?')[1] ?? '');
  const single = matchPath(PAGE_PATH, request.path);
  if (single !== undefined) return getPage(site, single.id!, query, caller);
  if (matchPath(PAGES_PATH, request.path) !== undefined) return listPages(site, query, caller, options);
  return undefined;
}

function getPage(site: ConfluenceSite, id: string, query: URLSearchParams, caller: string | undefined): ProductResponse {
  const unknown = [...query.keys()].find((name) => name !== 'include-operations');
  if (unknown !== undefined) return v2Error(400, 'INVALID_REQUEST_PARAMETER', `The stand-in does not emulate '${unknown}'`);
  if (!/^\d+$/.test(id)) return v2Error(400, 'INVALID_REQUEST_PARAMETER', `'${id}' is not a page id`);
  const operationsFlag = query.get('include-operations');
  if (operationsFlag !== null && operationsFlag !== 'true' && operationsFlag !== 'false') {
    return v2Error(400, 'INVALID_REQUEST_PARAMETER', 'include-operations takes true or false');
  }
  const page = site.visiblePage(caller, id);
  if (page === undefined) return v2Error(404, 'NOT_FOUND', 'Not Found');
  const operations = [
    { operation: 'read', targetType: 'page' },
    ...(site.mayUpdate(caller, id) ? [{ operation: 'update', targetType: 'page' }] : []),
  ];
  return {
    status: 200,
    body: {
      ...pageBody(page),
      ...(operationsFlag === 'true' ? { operations: { results: operations, meta: { hasMore: false } } } : {}),
      _links: { ...pageLinks(page), base: BASE_URL },
    },
  };
}

function listPages(site: ConfluenceSite, query: URLSearchParams, caller: string | undefined, options: PagesStandInOptions): ProductResponse {
  const unknown = [...query.keys()].find((name) => !['id', 'limit', 'cursor'].includes(name));
  if (unknown !== undefined) return v2Error(400, 'INVALID_REQUEST_PARAMETER', `The stand-in does not emulate '${unknown}'`);
  const ids = query.getAll('id').flatMap((value) => value.split(','));
  if (ids.length === 0) return v2Error(400, 'INVALID_REQUEST_PARAMETER', 'The stand-in lists pages by id only');
  if (ids.length > MAX_IDS) return v2Error(400, 'INVALID_REQUEST_PARAMETER', `At most ${MAX_IDS} ids`);
  if (ids.some((id) => !/^\d+$/.test(id))) return v2Error(400, 'INVALID_REQUEST_PARAMETER', 'id takes page ids');
  const limitText = query.get('limit');
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return v2Error(400, 'INVALID_REQUEST_PARAMETER', `limit must be between 1 and ${MAX_LIMIT}`);
  }
  const after = decodeCursor(query.get('cursor'));
  if (after === null) return v2Error(400, 'INVALID_REQUEST_PARAMETER', 'Invalid cursor');

  const visible = [...new Set(ids)]
    .map(BigInt)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .filter((id) => after === undefined || id > after)
    .flatMap((id) => site.visiblePage(caller, String(id)) ?? []);
  const size = Math.min(limit, options.pageSizeCap ?? limit);
  const results = visible.slice(0, size);
  const last = results.at(-1);
  const next =
    visible.length > size && last !== undefined
      ? `${PAGES_PATH}?${new URLSearchParams({ id: ids.join(','), limit: String(limit), cursor: encodeCursor(last.id) })}`
      : undefined;
  return {
    status: 200,
    body: {
      results: results.map((page) => ({ ...pageBody(page), _links: pageLinks(page) })),
      _links: { ...(next === undefined ? {} : { next }), base: BASE_URL },
    },
    ...(next === undefined ? {} : { headers: { link: `<${next}>; rel="next", <${BASE_URL}>; rel="base"` } }),
  };
}

const pageBody = (page: StandInPage) => ({
  id: page.id,
  status: 'current',
  title: page.title,
  spaceId: page.spaceId,
  authorId: 'stand-in-author',
  createdAt: CREATED_AT,
  version: { number: 1, message: '', minorEdit: false, authorId: 'stand-in-author', createdAt: CREATED_AT },
});

const pageLinks = (page: StandInPage) => ({ webui: `/spaces/${page.spaceId}/pages/${page.id}`, tinyui: `/x/${page.id}` });

const encodeCursor = (lastId: string): string => Buffer.from(JSON.stringify({ after: lastId })).toString('base64url');

/** undefined: no cursor; null: a cursor this stand-in did not issue. */
function decodeCursor(cursor: string | null): bigint | undefined | null {
  if (cursor === null) return undefined;
  try {
    const { after } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { after?: unknown };
    return typeof after === 'string' && /^\d+$/.test(after) ? BigInt(after) : null;
  } catch {
    return null;
  }
}
