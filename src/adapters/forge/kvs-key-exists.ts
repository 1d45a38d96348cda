/**
 * A write with FAIL_IF_EXISTS refused because the key is there. Forge answers HTTP 409 and
 * documents no error code for it (the local emulator's KEY_ALREADY_EXISTS is its own guess), so
 * the status decides, as the SDK's ForgeKvsAPIError carries it.
 */
export function keyAlreadyExists(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  return (error as { responseDetails?: { status?: unknown } }).responseDetails?.status === 409;
}
