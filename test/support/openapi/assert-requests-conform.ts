import { checkRequest } from '../../../workbench/openapi/check-request';
import type { RecordedRequest } from './recorded-request';

/** Throws, listing every problem, unless each recorded request passes checkRequest. */
export function assertRequestsConform(requests: readonly RecordedRequest[]): void {
  const problems = requests.flatMap((request) => {
    const { remote, method, path, body, headers } = request;
    const result = checkRequest({ product: remote, method, path, body, headers });
    return result.ok ? [] : result.problems.map((problem) => `${request.method} ${request.path}: ${problem}`);
  });
  if (problems.length) throw new Error(`requests do not conform to Atlassian's REST specs:\n- ${problems.join('\n- ')}`);
}
