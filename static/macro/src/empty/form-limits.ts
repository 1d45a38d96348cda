import { MAX_IMPORT_REQUEST_BYTES, MAX_TITLE_LENGTH, requestBytes } from '../../../../src/contracts/limits';

/** How a value stands against its limit: quiet, worth showing (from 80 %), or over and refused. */
export type LimitState = 'fine' | 'near' | 'over';

export interface Measured {
  used: number;
  limit: number;
  state: LimitState;
}

const NEAR_FROM = 0.8;

function measure(used: number, limit: number): Measured {
  return { used, limit, state: used > limit ? 'over' : used >= limit * NEAR_FROM ? 'near' : 'fine' };
}

/** The import request as Forge measures it: the payload the form sends, JSON-encoded, in bytes. */
export function measureImportRequest(payload: { text: string; language?: 'ru' | 'en' }): Measured {
  return measure(requestBytes(payload), MAX_IMPORT_REQUEST_BYTES);
}

/** A blank card's title as the resolver checks it: trimmed, in string length. */
export function measureTitle(title: string): Measured {
  return measure(title.trim().length, MAX_TITLE_LENGTH);
}
