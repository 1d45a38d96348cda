import { badRequest } from './kvs-error';
import type { KvsLimits } from './kvs-limits';

// Forge's documented pattern /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/, with the '-' escaped so it
// stays a literal (it is one in the original, which JS reads without the `u` flag).
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;

/** Refuses a key the way Forge does; plain keys and entity keys name an empty key differently. */
export function validateKey(key: string, limits: KvsLimits, store: 'kvs' | 'entity'): void {
  if (key.length === 0) {
    throw store === 'entity'
      ? badRequest('EMPTY_KEY', 'Key cannot be empty.')
      : badRequest('KEY_TOO_SHORT', 'The provided key needs to be more than one character.');
  }
  if (key.length > limits.maxKeyLength) {
    throw badRequest(
      'KEY_TOO_LONG',
      `The provided key has ${key.length} characters; the maximum is ${limits.maxKeyLength}.`,
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw badRequest('INVALID_KEY', `The provided key does not match the regex: ${KEY_PATTERN.source}`, { key });
  }
}
