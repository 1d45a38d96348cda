import { z } from 'zod';
import { CardSettings, defaultJiraCardSettings, defaultKpiSettings } from './card-settings';
import { UnreadableRecordError } from '../card/stored-card';

const VersionOf = (version: number) => z.object({ schemaVersion: z.literal(version) }).passthrough();

/** Each step lifts a record one version, adding the new parts with their defaults. */
const MIGRATIONS: ReadonlyArray<{ from: number; lift: (raw: Record<string, unknown>) => Record<string, unknown> }> = [
  // v1 held the role mapping only; v2 adds the KPI settings and the data feed.
  { from: 1, lift: (raw) => ({ ...raw, schemaVersion: 2, kpi: defaultKpiSettings(), feed: { rotatedAt: null, secretVersion: 0 } }) },
  // v3 adds the Jira project (the site default) and auto-raise (off).
  { from: 2, lift: (raw) => ({ ...raw, schemaVersion: 3, jira: defaultJiraCardSettings() }) },
];

/**
 * The one way stored settings are read: older versions are migrated step by step, then checked
 * against the model.
 */
export function readStoredSettings(raw: unknown): CardSettings {
  let migrated = raw;
  for (const step of MIGRATIONS) {
    if (VersionOf(step.from).safeParse(migrated).success) migrated = step.lift(migrated as Record<string, unknown>);
  }
  const parsed = CardSettings.safeParse(migrated);
  if (!parsed.success) throw new UnreadableRecordError(`stored card settings do not match the model: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
