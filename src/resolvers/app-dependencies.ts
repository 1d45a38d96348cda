import type { CardStore } from '../core/ports/card-store';
import type { MacroBindingStore } from '../core/ports/macro-bindings';
import type { AuditLog } from '../core/ports/audit-log';
import type { PagePermissions } from '../core/ports/page-permissions';
import type { CardSettingsStore } from '../core/ports/card-settings-store';
import type { PeopleDirectory } from '../core/ports/people-directory';
import type { Logger } from '../core/ports/logger';
import type { SiteSettingsStore } from '../core/ports/site-settings-store';
import type { SiteAdmins } from '../core/ports/site-admins';

/** Everything the resolvers need from the outside world: Forge adapters in production, fakes in tests. */
export interface AppDependencies {
  cards: CardStore;
  bindings: MacroBindingStore;
  audit: AuditLog;
  permissions: PagePermissions;
  settings: CardSettingsStore;
  directory: PeopleDirectory;
  siteSettings: SiteSettingsStore;
  siteAdmins: SiteAdmins;
  now: () => string;
  newAuditSuffix: () => string;
  logger: Logger;
}
