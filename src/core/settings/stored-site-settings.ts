import { SiteSettings } from './site-settings';
import { UnreadableRecordError } from '../card/stored-card';

/**
 * The one way stored site settings are read. Version 1 is the first; a later change bumps
 * SITE_SETTINGS_SCHEMA_VERSION and adds its migration step here, with a v(n−1)→v(n) read test.
 */
export function readStoredSiteSettings(raw: unknown): SiteSettings {
  const parsed = SiteSettings.safeParse(raw);
  if (!parsed.success) throw new UnreadableRecordError(`stored site settings do not match the model: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}
