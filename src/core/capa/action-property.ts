import { AppError } from '../errors';
import { ActionRecord, ISSUE_PROPERTY_MAX_CHARS } from './ca-record';
import { presentParts, type RecordPart } from './record-requirements';

/**
 * The issue property as stored: the record plus the parts of it that are filled in, worked out
 * by the app on every write. The workflow validator reads `presentParts` (record-requirements:
 * validatorExpression), so the record is only ever written through `toIssueProperty`.
 */
export type ActionProperty = ActionRecord & { presentParts: RecordPart[] };

/**
 * Whether Jira's 32,768 limit counts characters or UTF-8 bytes is not documented; Cyrillic text
 * takes two bytes a character, so a record within the schema's character bounds could exceed it
 * in bytes. The stricter reading is enforced: a property over 32,768 bytes is refused here, before
 * any request, and the user is asked to shorten the record.
 */
export function toIssueProperty(record: ActionRecord): ActionProperty {
  const property = { ...record, presentParts: presentParts(record) };
  const bytes = new TextEncoder().encode(JSON.stringify(property)).length;
  if (bytes > ISSUE_PROPERTY_MAX_CHARS) {
    throw new AppError('TOO_LARGE', `The action record is ${bytes} bytes; Jira keeps at most ${ISSUE_PROPERTY_MAX_CHARS}.`, [], {
      reason: 'action-record',
      params: { bytes, limit: ISSUE_PROPERTY_MAX_CHARS },
    });
  }
  return property;
}

/**
 * The record in an issue property's value, or null when the issue has none or not one of the
 * app's. `presentParts` is dropped (the schema strips keys it does not know): the app works
 * the parts out again from the record itself and never trusts a stored claim.
 */
export function fromIssueProperty(value: unknown): ActionRecord | null {
  const parsed = ActionRecord.safeParse(value);
  return parsed.success ? parsed.data : null;
}
