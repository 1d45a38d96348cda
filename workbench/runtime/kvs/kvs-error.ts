/**
 * A refusal from the emulated KVS service. It travels to the SDK as a non-2xx JSON
 * `{ code, message, ...context }`, which `@forge/kvs` turns into a `ForgeKvsAPIError`.
 */
export class KvsError extends Error {
  readonly status: number;
  readonly code: string;
  readonly context: Record<string, unknown>;

  constructor(status: number, code: string, message: string, context: Record<string, unknown> = {}) {
    super(message);
    this.name = 'KvsError';
    this.status = status;
    this.code = code;
    this.context = context;
  }

  toBody(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.context };
  }
}

export const badRequest = (code: string, message: string, context: Record<string, unknown> = {}): KvsError =>
  new KvsError(400, code, message, context);

export const keyNotFound = (key: string): KvsError =>
  new KvsError(404, 'KEY_NOT_FOUND', `Provided key does not exist: ${key}`);
