import { AppError } from '../errors';

/** The error every settings store raises when a save was based on a version that is no longer current. */
export function settingsConflict(cardId: string, expected: number, actual: number): AppError {
  return new AppError(
    'CONFLICT',
    `The settings of card ${cardId} were changed by someone else (you edited version ${expected}, they are at ${actual}). Reload them and apply your change again.`,
    [],
    { reason: 'version', params: { expected, actual } },
  );
}

/** The same for the site-wide settings: someone else saved them since the caller read them. */
export function siteSettingsConflict(expected: number, actual: number): AppError {
  return new AppError(
    'CONFLICT',
    `The site settings were changed by someone else (you edited version ${expected}, they are at ${actual}). Reload them and apply your change again.`,
    [],
    { reason: 'version', params: { expected, actual } },
  );
}
