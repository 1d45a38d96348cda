import { ActionRecord } from './ca-record';
import { presentParts, type RecordPart } from './record-requirements';

/**
 * The issue property as stored: the record plus the parts of it that are filled in, worked out
 * by the app on every write. The workflow validator reads `presentParts` (record-requirements:
 * validatorExpression), so the record is only ever written through `toIssueProperty`.
 */
export type ActionProperty = ActionRecord & { presentParts: RecordPart[] };

export function toIssueProperty(record: ActionRecord): ActionProperty {
  return { ...record, presentParts: presentParts(record) };
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
