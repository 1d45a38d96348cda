import { badRequest } from './kvs-error';
import type { KvsLimits } from './kvs-limits';

/** Measures a value as Forge does (UTF-8 bytes of its JSON) and refuses it when too big or deep. */
export function validateValue(value: unknown, limits: KvsLimits, maxBytes = limits.maxValueBytes): string {
  if (value === undefined) throw badRequest('BAD_REQUEST', 'A value is required.');
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > maxBytes) {
    throw badRequest(
      'MAX_SIZE',
      `The provided value is ${bytes} bytes; the maximum size is ${maxBytes} bytes.`,
      { size: bytes, maxSize: maxBytes },
    );
  }
  // limits-kvs-ce "Object depth 31"; the error pages' MAX_DEPTH text says 32, the smaller holds.
  const depth = depthOf(value);
  if (depth > limits.maxValueDepth) {
    throw badRequest('MAX_DEPTH', `The provided value is nested ${depth} levels deep; the maximum is ${limits.maxValueDepth}.`);
  }
  return json;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  let deepest = 0;
  for (const child of children) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}
