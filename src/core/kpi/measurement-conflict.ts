import { AppError } from '../errors';

/**
 * The error every measurement store raises when a write was based on a state that is no longer
 * current: the period's record (its revision) or the card's KPI summary (its version) moved on.
 */
export function measurementConflict(
  cardId: string,
  expected: { revision?: number; summaryVersion: number },
  actual: { revision?: number; summaryVersion: number },
): AppError {
  const record = expected.revision === undefined ? '' : `revision ${expected.revision} of the value, `;
  const now = actual.revision === undefined ? '' : `revision ${actual.revision}, `;
  return new AppError(
    'CONFLICT',
    `The KPI values of card ${cardId} were changed by someone else (you read ${record}summary version ${expected.summaryVersion}; ` +
      `they are at ${now}summary version ${actual.summaryVersion}). Reload them and apply your change again.`,
    [],
    {
      reason: 'measurement-changed',
      params: {
        ...(expected.revision === undefined ? {} : { expectedRevision: expected.revision }),
        ...(actual.revision === undefined ? {} : { actualRevision: actual.revision }),
        expectedSummaryVersion: expected.summaryVersion,
        actualSummaryVersion: actual.summaryVersion,
      },
    },
  );
}
