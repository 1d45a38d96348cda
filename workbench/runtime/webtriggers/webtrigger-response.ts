import type { WebtriggerDeclaration } from '../manifest/manifest-modules';

/** What the caller of a webtrigger URL gets back. */
export interface WebtriggerResponse {
  statusCode: number;
  headers: Record<string, string[]>;
  body: string;
}

/** limits-invocation: a function's request and response payloads may be up to 5 MB (decimal, the stricter reading). */
export const INVOCATION_PAYLOAD_LIMIT = 5_000_000;

export type Answer = { ok: true; response: WebtriggerResponse } | { ok: false; why: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isHeaders = (value: unknown): value is Record<string, string[]> =>
  isObject(value) && Object.values(value).every((values) => Array.isArray(values) && values.every((item) => typeof item === 'string'));

/**
 * The platform's reading of what the function returned (runtime-reference/web-trigger,
 * manifest-reference/modules/web-trigger). A static trigger answers only `{ outputKey }`
 * naming one of its declared outputs, which then is the response; a dynamic one returns
 * `{ statusCode, statusText?, headers?: Record<string, string[]>, body?: string }`. Whatever
 * else comes back is "not compatible", and the caller gets 500.
 */
export function answerOf(trigger: WebtriggerDeclaration, returned: unknown): Answer {
  if (trigger.response.type === 'static') {
    // Extra fields (a statusCode or body beside outputKey) would let data out of a trigger that declares it cannot egress.
    if (!isObject(returned) || typeof returned.outputKey !== 'string' || Object.keys(returned).length !== 1) {
      return { ok: false, why: `static webtrigger '${trigger.key}' must return exactly { outputKey }, got ${describe(returned)}` };
    }
    const output = trigger.response.outputs.find((candidate) => candidate.key === returned.outputKey);
    if (output === undefined) {
      const keys = trigger.response.outputs.map((candidate) => candidate.key).join(', ');
      return { ok: false, why: `static webtrigger '${trigger.key}' declares no output '${returned.outputKey}' (it declares: ${keys})` };
    }
    return {
      ok: true,
      response: { statusCode: output.statusCode, headers: output.contentType === undefined ? {} : { 'content-type': [output.contentType] }, body: output.body ?? '' },
    };
  }
  if (!isObject(returned) || !Number.isInteger(returned.statusCode) || (returned.statusCode as number) < 100 || (returned.statusCode as number) > 599) {
    return { ok: false, why: `webtrigger '${trigger.key}' must return an integer statusCode, got ${describe(returned)}` };
  }
  if (returned.headers !== undefined && !isHeaders(returned.headers)) {
    return { ok: false, why: `webtrigger '${trigger.key}': headers must map each name to an array of strings` };
  }
  if (returned.body !== undefined && typeof returned.body !== 'string') {
    return { ok: false, why: `webtrigger '${trigger.key}': body must be a string, got ${typeof returned.body}` };
  }
  if (returned.statusText !== undefined && typeof returned.statusText !== 'string') {
    return { ok: false, why: `webtrigger '${trigger.key}': statusText must be a string` };
  }
  const response: WebtriggerResponse = {
    statusCode: returned.statusCode as number,
    headers: lowerCased((returned.headers as Record<string, string[]> | undefined) ?? {}),
    body: (returned.body as string | undefined) ?? '',
  };
  const bytes = Buffer.byteLength(JSON.stringify(returned), 'utf8');
  if (bytes > INVOCATION_PAYLOAD_LIMIT) return { ok: false, why: `the response is ${bytes} bytes; Forge allows ${INVOCATION_PAYLOAD_LIMIT}` };
  return { ok: true, response };
}

/** The answer for a result the platform cannot use. Its body is the local runtime's, to say why. */
export const incompatible = (why: string): WebtriggerResponse => ({
  statusCode: 500,
  headers: { 'content-type': ['application/json'] },
  body: JSON.stringify({ message: `Local Forge runtime: the webtrigger function's result is not compatible: ${why}.` }),
});

export function lowerCased(headers: Record<string, readonly string[]>): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(headers)) (result[name.toLowerCase()] ??= []).push(...values);
  return result;
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
