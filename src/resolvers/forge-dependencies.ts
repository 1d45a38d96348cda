import { randomUUID } from 'node:crypto';
import { ForgeCardStore } from '../adapters/forge/forge-card-store';
import { ForgeMacroBindingStore } from '../adapters/forge/forge-macro-binding-store';
import { ForgeAuditLog } from '../adapters/forge/forge-audit-log';
import { ConfluencePagePermissions } from '../adapters/forge/confluence-page-permissions';
import { ForgeSiteSettingsStore } from '../adapters/forge/forge-site-settings-store';
import { ConfluenceSiteAdmins } from '../adapters/forge/confluence-site-admins';
import type { AppDependencies } from './app-dependencies';

/** The production wiring: Forge storage and Confluence's own permission checks. */
export function forgeDependencies(): AppDependencies {
  const logger = { error: (message: string, context: Record<string, unknown>) => console.error(message, JSON.stringify(context)) };
  return {
    cards: new ForgeCardStore(logger),
    bindings: new ForgeMacroBindingStore(),
    audit: new ForgeAuditLog(logger),
    permissions: new ConfluencePagePermissions(),
    siteSettings: new ForgeSiteSettingsStore(),
    siteAdmins: new ConfluenceSiteAdmins(),
    now: () => new Date().toISOString(),
    newAuditSuffix: () => randomUUID().slice(0, 8),
    logger,
  };
}
