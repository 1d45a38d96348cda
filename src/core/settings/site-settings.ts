import { z } from 'zod';

/**
 * Settings that hold for the whole Confluence site, changed by site admins on the app's
 * global settings page. The time zone is the site default later issues use to cut KPI periods
 * (a month or quarter ends at midnight there); a per-card override will live in the card
 * settings and win over it. A new field bumps SITE_SETTINGS_SCHEMA_VERSION with a migration in
 * readStoredSiteSettings.
 */
export const SITE_SETTINGS_SCHEMA_VERSION = 1 as const;

export const DEFAULT_TIME_ZONE = 'UTC';

/** The zones this runtime's Intl knows; 'UTC' is added because some engines list only 'Etc/UTC'. */
export function supportedTimeZones(): string[] {
  return [...new Set([DEFAULT_TIME_ZONE, ...Intl.supportedValuesOf('timeZone')])];
}

export function isSupportedTimeZone(name: string): boolean {
  return supportedTimeZones().includes(name);
}

/** An IANA name as written (Europe/Moscow, UTC): checked for its shape only, so a record stays readable across ICU updates. */
export const TimeZoneName = z.string().min(1).max(64).regex(/^[A-Za-z][A-Za-z0-9_+\-/]*$/, 'not an IANA time zone name');

export const SiteSettings = z.object({
  schemaVersion: z.literal(SITE_SETTINGS_SCHEMA_VERSION),
  /** Optimistic-concurrency version: 0 before the first save. */
  version: z.number().int().min(0),
  timeZone: TimeZoneName,
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type SiteSettings = z.infer<typeof SiteSettings>;

export const defaultSiteSettings = (): SiteSettings => ({
  schemaVersion: SITE_SETTINGS_SCHEMA_VERSION,
  version: 0,
  timeZone: DEFAULT_TIME_ZONE,
  updatedAt: null,
  updatedBy: null,
});

/**
 * The audit trail is kept per card; site-wide changes are filed under this fixed key. It cannot
 * be a card id (those are ItemIds, without ':'), so the two never mix.
 */
export const SITE_AUDIT_KEY = 'site:settings';
