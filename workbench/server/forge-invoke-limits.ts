import { requestBytes } from '../../src/contracts/limits';

/**
 * What Forge lets a front-end `invoke` carry: 500 KB in (the JSON-encoded request) and 5 MB out.
 * Decimal units, the stricter reading, so an app that passes here passes on the platform.
 */
export const FORGE_INVOKE_REQUEST_LIMIT = 500_000;
export const FORGE_INVOKE_RESPONSE_LIMIT = 5_000_000;

export interface OverLimit {
  bytes: number;
  limit: number;
  message: string;
}

/** The request as the bridge sends it: the function key and its payload, JSON-encoded. */
export function requestOverLimit(functionKey: string, payload: unknown): OverLimit | null {
  const bytes = requestBytes({ functionKey, payload });
  if (bytes <= FORGE_INVOKE_REQUEST_LIMIT) return null;
  return {
    bytes,
    limit: FORGE_INVOKE_REQUEST_LIMIT,
    message: `The invoke request is ${bytes} bytes; Forge refuses requests over ${FORGE_INVOKE_REQUEST_LIMIT} bytes.`,
  };
}

export function responseOverLimit(encoded: string): OverLimit | null {
  const bytes = Buffer.byteLength(encoded, 'utf8');
  if (bytes <= FORGE_INVOKE_RESPONSE_LIMIT) return null;
  return {
    bytes,
    limit: FORGE_INVOKE_RESPONSE_LIMIT,
    message: `The function's response is ${bytes} bytes; Forge refuses responses over ${FORGE_INVOKE_RESPONSE_LIMIT} bytes.`,
  };
}
