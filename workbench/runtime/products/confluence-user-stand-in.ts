import { matchPath } from './match-path';
import type { ProductRequest, ProductResponse } from './product-request';
import { APP_USER, type ConfluenceSite } from './confluence-site';

export const CURRENT_USER_PATH = '/wiki/rest/api/user/current';

const v1Error = (status: number, message: string): ProductResponse => ({ status, body: { statusCode: status, message } });

/**
 * `GET /wiki/rest/api/user/current` in the v1 User shape. With `expand=operations`, the site-wide
 * operations as Confluence lists them (targetType `application`, which the spec's enum omits):
 * everyone may `use`, editors may `create_space`, a Confluence administrator may `administer`.
 */
export function answerCurrentUser(site: ConfluenceSite, request: ProductRequest, caller: string | undefined): ProductResponse | undefined {
  if (request.method !== 'GET' || matchPath(CURRENT_USER_PATH, request.path) === undefined) return undefined;
  const query = new URLSearchParams(request.path.split('?')[1] ?? '');
  const unknown = [...query.keys()].find((name) => name !== 'expand');
  if (unknown !== undefined) return v1Error(400, `The stand-in does not emulate '${unknown}'.`);
  const expand = query.getAll('expand').flatMap((value) => value.split(','));
  const notEmulated = expand.find((name) => name !== 'operations');
  if (notEmulated !== undefined) return v1Error(400, `The stand-in does not expand '${notEmulated}'.`);
  const user = site.user(caller);
  if (user === undefined) return v1Error(403, 'The calling user does not have permission to use Confluence.');
  const operations = [
    { operation: 'use', targetType: 'application' },
    ...(user.confluenceAdmin === true ? [{ operation: 'administer', targetType: 'application' }] : []),
    ...(user.canEdit !== false ? [{ operation: 'create_space', targetType: 'application' }] : []),
  ];
  return {
    status: 200,
    body: {
      type: 'known',
      accountId: user.accountId,
      accountType: user.accountId === APP_USER.accountId ? 'app' : 'atlassian',
      email: '',
      publicName: user.name,
      displayName: user.name,
      isExternalCollaborator: false,
      isGuest: false,
      ...(expand.includes('operations') ? { operations } : {}),
      _expandable: { ...(expand.includes('operations') ? {} : { operations: '' }), personalSpace: '' },
      _links: { self: `http://localhost/wiki/rest/api/user?accountId=${encodeURIComponent(user.accountId)}`, base: 'http://localhost/wiki', context: '/wiki' },
    },
  };
}
