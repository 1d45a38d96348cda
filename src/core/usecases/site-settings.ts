import type { Actor } from '../actor';
import type { SiteAdmins } from '../ports/site-admins';
import type { SiteSettingsStore } from '../ports/site-settings-store';
import type { SiteSettingsView } from '../results/site-settings-results';
import { defaultSiteSettings, isSupportedTimeZone, SITE_AUDIT_KEY, type SiteSettings } from '../settings/site-settings';
import { auditEntry } from '../audit/audit-entry';
import { AppError } from '../errors';

export interface SiteSettingsDeps {
  siteSettings: SiteSettingsStore;
  siteAdmins: SiteAdmins;
  now: () => string;
  newAuditSuffix: () => string;
}

const view = (settings: SiteSettings, canEdit: boolean): SiteSettingsView => ({
  version: settings.version,
  timeZone: settings.timeZone,
  canEdit,
  updatedAt: settings.updatedAt,
  updatedBy: settings.updatedBy,
});

const signInFirst = () => new AppError('FORBIDDEN', 'Sign in to Confluence to see the Process Cards site settings.', [], { reason: 'sign-in' });

/** Any signed-in user may read the site settings; the answer says whether they may change them. */
export function createGetSiteSettings(deps: SiteSettingsDeps) {
  return async (actor: Actor): Promise<SiteSettingsView> => {
    if (actor.kind !== 'user') throw signInFirst();
    // Reading needs no rights: if Confluence cannot say whether they are an admin, they read without editing.
    const [current, canEdit] = await Promise.all([deps.siteSettings.get(), deps.siteAdmins.isSiteAdmin(actor).catch(() => false)]);
    return view(current ?? defaultSiteSettings(), canEdit);
  };
}

/** Only Confluence site admins change them; compare-and-set, audited in the same step. */
export function createSaveSiteSettings(deps: SiteSettingsDeps) {
  return async (actor: Actor, input: { expectedVersion: number; timeZone: string }): Promise<SiteSettingsView> => {
    if (actor.kind !== 'user') throw signInFirst();
    if (!(await deps.siteAdmins.isSiteAdmin(actor))) {
      throw new AppError('FORBIDDEN', 'Only Confluence site admins may change the Process Cards site settings.', [], { reason: 'edit' });
    }
    if (!isSupportedTimeZone(input.timeZone)) {
      throw new AppError('VALIDATION', `${input.timeZone} is not a time zone this site knows.`, [{ path: 'timeZone', message: 'not a known IANA time zone' }], {
        reason: 'payload',
      });
    }
    const current = (await deps.siteSettings.get()) ?? defaultSiteSettings();
    const at = deps.now();
    const saved = await deps.siteSettings.save({
      settings: { ...current, timeZone: input.timeZone },
      expectedVersion: input.expectedVersion,
      savedBy: actor.accountId,
      savedAt: at,
      audit: auditEntry(
        {
          cardId: SITE_AUDIT_KEY,
          at,
          actor,
          action: 'settings.saved',
          summary: `Set the site time zone to ${input.timeZone}`,
          data: { settingsVersion: input.expectedVersion + 1, timeZone: input.timeZone, previousTimeZone: current.timeZone },
        },
        deps.newAuditSuffix(),
      ),
    });
    return view(saved, true);
  };
}
