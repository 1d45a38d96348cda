import { checkRequest } from '../../openapi';
import type { ProductRequest, ProductResponse } from './product-request';
import { jiraError } from './jira-errors';

/**
 * What Jira refuses before it looks at the data: a body that is not JSON (415), or a request the
 * operation's description does not allow (400): an unknown query parameter, a parameter of the
 * wrong type, a body missing a required field or carrying one the schema does not have.
 */
export function malformed(request: ProductRequest, word: (status: number, messages: readonly string[]) => ProductResponse = jiraError): ProductResponse | undefined {
  const hasBody = request.bodyText !== undefined && request.bodyText !== '';
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (hasBody && contentType !== 'application/json') {
    return word(415, [`Unsupported Media Type: send the body as application/json, not ${contentType ?? 'without a content type'}.`]);
  }
  const result = checkRequest({ product: 'jira', method: request.method, path: request.path, body: request.bodyText, headers: request.headers });
  return result.ok ? undefined : word(400, result.problems);
}
