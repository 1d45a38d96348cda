import { MemoryCardStore } from '../../src/adapters/memory/memory-card-store';
import { MemoryMacroBindingStore } from '../../src/adapters/memory/memory-macro-binding-store';
import { MemoryAuditLog } from '../../src/adapters/memory/memory-audit-log';
import { MemoryPagePermissions } from '../../src/adapters/memory/memory-page-permissions';
import { MemorySiteSettingsStore } from '../../src/adapters/memory/memory-site-settings-store';
import { MemorySiteAdmins } from '../../src/adapters/memory/memory-site-admins';
import type { AppDependencies } from '../../src/resolvers/app-dependencies';
import { MemoryCardSettingsStore } from '../../src/adapters/memory/memory-card-settings-store';
import { MemoryPeopleDirectory } from '../../src/adapters/memory/memory-people-directory';

/** The app over in-memory adapters that share one audit log, as the Forge ones share one storage. */
export function memoryDependencies(editors: Record<string, string[]>, viewers?: Record<string, string[]>, siteAdmins: string[] = []) {
  const audit = new MemoryAuditLog();
  const bindings = new MemoryMacroBindingStore(audit);
  const cards = new MemoryCardStore(bindings);
  const siteSettings = new MemorySiteSettingsStore(audit);
  let suffix = 0;
  const deps: AppDependencies = {
    cards,
    bindings,
    audit,
    permissions: new MemoryPagePermissions(editors, viewers ?? editors),
    settings: new MemoryCardSettingsStore(audit),
    directory: new MemoryPeopleDirectory([], []),
    siteSettings,
    siteAdmins: new MemorySiteAdmins(siteAdmins),
    now: () => '2026-11-25T10:00:00.000Z',
    newAuditSuffix: () => `s${(suffix += 1)}`,
    logger: { error: () => undefined },
  };
  return Object.assign(deps, { memory: { audit, bindings, cards, siteSettings } });
}
