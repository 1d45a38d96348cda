/**
 * Matches a REST path against a template such as "/wiki/rest/api/content/{id}/permission/check",
 * ignoring the query string; returns the decoded path parameters or undefined.
 */
export function matchPath(template: string, path: string): Record<string, string> | undefined {
  const pathname = path.split('?')[0] ?? '';
  const expected = template.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of expected.entries()) {
    const value = actual[index]!;
    const name = /^\{(.+)\}$/.exec(part)?.[1];
    if (name !== undefined) {
      if (value === '') return undefined;
      params[name] = decodeURIComponent(value);
    } else if (part !== value) {
      return undefined;
    }
  }
  return params;
}
