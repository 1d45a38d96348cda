/**
 * Atlassian's OpenAPI descriptions (specs/atlassian/) as a checker: the tests hold every request
 * the app makes against it, and the local product stand-ins refuse what Jira or Confluence would
 * refuse for the same reason (an unknown parameter, a body that is not the operation's schema).
 */
export { checkRequest, splitPath, type CheckResult, type CheckedOperation, type RequestToCheck } from './check-request';
export { routeRequest, type Product, type RoutedOperation } from './route-request';
export { validatorFor, describeErrors } from './schema-registry';
export { dereference, loadSpec, specsDirectory, type SpecFile } from './load-spec';
export { isGranularScope, operationScopes, scopeAlternatives, type OperationScopes } from './operation-scopes';
