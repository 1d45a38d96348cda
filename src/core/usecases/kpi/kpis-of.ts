import type { Actor } from '../../actor';
import type { ProcessCard } from '../../card/process-card';
import type { CardSettings } from '../../settings/card-settings';
import { holdsRole } from '../../settings/card-settings';
import type { PeopleDirectory } from '../../ports/people-directory';

/**
 * The KPIs whose owner role the reader holds (their due values are highlighted for them). One
 * Confluence call at most, and only when a group is mapped to one of those roles.
 */
export async function kpisOf(directory: PeopleDirectory, actor: Actor, settings: CardSettings | null, card: ProcessCard): Promise<Set<string>> {
  if (actor.kind !== 'user' || settings === null) return new Set();
  const mapping = settings.roleMapping;
  const owned = card.content.kpis.filter((kpi) => kpi.ownerRoleId !== undefined && Object.hasOwn(mapping, kpi.ownerRoleId));
  if (owned.length === 0) return new Set();
  const needsGroups = owned.some((kpi) => (mapping[kpi.ownerRoleId!]?.groups.length ?? 0) > 0);
  const groups = needsGroups ? await directory.groupsOf(actor) : [];
  return new Set(owned.filter((kpi) => holdsRole(mapping, kpi.ownerRoleId, actor.accountId, groups)).map((kpi) => kpi.id));
}
