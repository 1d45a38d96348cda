import { CardSettings } from './card-settings';
import { UnreadableRecordError } from '../card/stored-card';

/**
 * The one way stored settings are read. Version 1 is the first; a later change bumps
 * SETTINGS_SCHEMA_VERSION and adds its migration step here, with a v(n−1)→v(n) read test.
 */
export function readStoredSettings(raw: unknown): CardSettings {
  const parsed = CardSettings.safeParse(raw);
  if (!parsed.success) throw new UnreadableRecordError(`stored card settings do not match the model: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
