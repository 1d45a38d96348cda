import { AppError } from '../errors';

/** Forge storage (the store that ships) refuses values over 240 KiB; measure as the service does, in UTF-8 bytes of the JSON. */
export const MAX_VALUE_BYTES = 240 * 1024;

export function assertFitsInStorage(what: string, value: unknown): void {
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > MAX_VALUE_BYTES) {
    const kib = Math.ceil(bytes / 1024);
    throw new AppError(
      'TOO_LARGE',
      `${what} is ${kib} KiB, but Forge storage holds at most 240 KiB per record. ` +
        'Shorten the longest texts or split the process into several cards.',
    );
  }
}
