import { z } from 'zod';
import { CardSettings, defaultKpiSettings } from './card-settings';
import { UnreadableRecordError } from '../card/stored-card';

/** Version 1 held the role mapping only; v2 adds the KPI settings and the feed with their defaults. */
const V1Settings = z.object({ schemaVersion: z.literal(1) }).passthrough();

/**
 * The one way stored settings are read: older versions are migrated step by step (v1 → v2 adds
 * the KPI settings and the data feed), then checked against the model.
 */
export function readStoredSettings(raw: unknown): CardSettings {
  const migrated = V1Settings.safeParse(raw).success
    ? { ...(raw as Record<string, unknown>), schemaVersion: 2, kpi: defaultKpiSettings(), feed: { rotatedAt: null, secretVersion: 0 } }
    : raw;
  const parsed = CardSettings.safeParse(migrated);
  if (!parsed.success) throw new UnreadableRecordError(`stored card settings do not match the model: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
