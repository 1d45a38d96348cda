import { AppError } from '../errors';

/** A list cursor no store gave out is the caller's mistake (VALIDATION), never an internal error. */
export const badCursor = (): AppError =>
  new AppError('VALIDATION', 'The list cursor is not one this app gave out; start the list again.', [{ path: 'cursor', message: 'unknown cursor' }], {
    reason: 'cursor',
  });
