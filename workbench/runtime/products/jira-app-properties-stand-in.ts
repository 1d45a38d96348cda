import type { ProductResponse } from './product-request';
import type { JiraRoute } from './jira-route';

// Jira's bounds: a key of at most 127 characters, a value of at most 32,768 characters of JSON.
const MAX_KEY_LENGTH = 127;
const MAX_VALUE_LENGTH = 32_768;
const PATH = '/rest/forge/1/app/properties/{propertyKey}';

/** OperationMessage: these operations word their answers `{ message, statusCode }`, not as an ErrorCollection. */
const operationMessage = (status: number, messages: readonly string[] | string): ProductResponse => ({
  status,
  body: { message: typeof messages === 'string' ? messages : messages.join(' '), statusCode: status },
});

const longKey = (key: string) => (key.length > MAX_KEY_LENGTH ? operationMessage(400, `The property key can't be longer than ${MAX_KEY_LENGTH} characters.`) : undefined);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Forge app properties, which only the app itself may read and write (`asApp()`; a user's call is refused with 403). */
export const APP_PROPERTY_ROUTES: JiraRoute[] = [
  {
    method: 'GET',
    path: PATH,
    access: { who: 'app' },
    malformed: operationMessage,
    answer: ({ site, params }) => {
      const key = params.propertyKey!;
      const refused = longKey(key);
      if (refused !== undefined) return refused;
      if (!site.appProperties.has(key)) return operationMessage(404, 'Property with key not found.');
      return { status: 200, body: { key, value: site.appProperties.get(key) } };
    },
  },
  {
    method: 'PUT',
    path: PATH,
    access: { who: 'app' },
    malformed: operationMessage,
    answer: ({ site, params, body, bodyText }) => {
      const key = params.propertyKey!;
      const refused = longKey(key);
      if (refused !== undefined) return refused;
      const text = bodyText ?? '';
      if (text.trim() === '' || !isJson(text)) return operationMessage(400, 'The value must be a valid, non-empty JSON blob.');
      if (text.length > MAX_VALUE_LENGTH) return operationMessage(400, `The value can't be longer than ${MAX_VALUE_LENGTH} characters.`);
      const created = !site.appProperties.has(key);
      site.appProperties.set(key, body);
      return created ? operationMessage(201, 'Property created.') : operationMessage(200, 'Property updated.');
    },
  },
];
