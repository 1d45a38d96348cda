import { AppError } from '../errors';

/** The error every CardStore raises when a save was based on a version that is no longer current. */
export function conflictError(cardId: string, expectedVersion: number, actualVersion: number | null): AppError {
  const actual = actualVersion === null ? 'does not exist yet' : `is at version ${actualVersion}`;
  return new AppError(
    'CONFLICT',
    `Card ${cardId} was changed by someone else: you edited version ${expectedVersion}, but the card ${actual}. ` +
      'Reload the card, re-apply your changes and save again.',
  );
}
