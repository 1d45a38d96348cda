import { AppError, type ErrorReason } from '../errors';

/** Forge storage (the store that ships) refuses values over 240 KiB; measure as the service does, in UTF-8 bytes of the JSON. */
export const MAX_VALUE_BYTES = 240 * 1024;

export const storedBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

export function assertFitsInStorage(what: string, value: unknown, extra: { reason?: ErrorReason<'TOO_LARGE'> } = {}): void {
  const bytes = storedBytes(value);
  if (bytes > MAX_VALUE_BYTES) {
    const kib = Math.ceil(bytes / 1024);
    throw new AppError(
      'TOO_LARGE',
      `${what} is ${kib} KiB, but Forge storage holds at most 240 KiB per record. ` +
        'Shorten the longest texts or split the process into several cards.',
      [],
      { reason: extra.reason ?? 'storage', params: { kib, limitKib: 240 } },
    );
  }
}
