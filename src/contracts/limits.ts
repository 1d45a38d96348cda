/**
 * Limits the UI and the back end share: the form checks them before sending, the resolver
 * enforces them. They come from what Forge can carry (see ../docs in the README's links).
 */

/** Forge refuses a front-end `invoke` whose JSON-encoded request exceeds 500 KB; stay well under it. */
export const MAX_IMPORT_REQUEST_BYTES = 450_000;

export { MAX_CARDS_PER_IMPORT } from '../core/import/import-limits';

/** A card title, as the card model allows it. */
export const MAX_TITLE_LENGTH = 2_000;

/**
 * The size Forge measures: the request as JSON, in UTF-8 bytes. Cyrillic takes two bytes a
 * character, and tabs, quotes and newlines grow when escaped, so character counts understate it.
 */
export function requestBytes(payload: unknown): number {
  return new TextEncoder().encode(JSON.stringify(payload)).length;
}
