import type { Actor } from '../../actor';
import type { ProcessCard, Kpi } from '../../card/process-card';
import type { CardSettings } from '../../settings/card-settings';
import { holdsRole } from '../../settings/card-settings';
import type { PagePermissions } from '../../ports/page-permissions';
import type { PeopleDirectory } from '../../ports/people-directory';
import type { MacroContext } from '../macro-context';
import { AppError } from '../../errors';

export interface CardAccess {
  /** May record measurements of this KPI (and change the KPI settings when `kpi` is the owner's). */
  mayRecord: boolean;
  pageEditor: boolean;
}

/**
 * Who may enter values: the editors of the card's page, and the people mapped to the process
 * owner's role or to the KPI's owner role — provided they may see the page. A card whose home
 * is another page is shown only to those who may see that page.
 */
export async function cardAccess(
  deps: { permissions: PagePermissions; directory: PeopleDirectory },
  context: MacroContext,
  card: ProcessCard,
  settings: CardSettings | null,
  kpi: Kpi | null,
): Promise<CardAccess> {
  const home = card.location?.pageId || context.location.pageId;
  const onOwnPage = home === context.location.pageId;
  const { actor } = context;
  // An anonymous reader on the card's own page can read but never write: no Confluence call needed.
  if (actor.kind !== 'user' && onOwnPage) return { mayRecord: false, pageEditor: false };
  const access = await deps.permissions.pageAccess(actor, home);
  if (!onOwnPage && access?.canView !== true) {
    throw new AppError('FORBIDDEN', 'This card lives on a page you cannot see.', [], { reason: 'view' });
  }
  if (actor.kind !== 'user') return { mayRecord: false, pageEditor: false };
  const pageEditor = access?.canEdit === true;
  if (pageEditor) return { mayRecord: true, pageEditor };
  // Viewing is required for role holders too: a mapping never outlives a lost page permission.
  if (access?.canView !== true) return { mayRecord: false, pageEditor };
  const roleIds = [card.content.responsibility.ownerRoleId, kpi?.ownerRoleId].filter((id): id is string => id !== undefined);
  return { mayRecord: await holdsAnyRole(deps.directory, actor, settings, roleIds), pageEditor };
}

/** Does the actor hold any of the roles? Confluence is asked for their groups only when a group could decide it. */
export async function holdsAnyRole(directory: PeopleDirectory, actor: Actor, settings: CardSettings | null, roleIds: readonly string[]): Promise<boolean> {
  if (actor.kind !== 'user' || settings === null) return false;
  const mapping = settings.roleMapping;
  const mapped = roleIds.filter((roleId) => Object.hasOwn(mapping, roleId));
  if (mapped.length === 0) return false;
  if (mapped.some((roleId) => holdsRole(mapping, roleId, actor.accountId, []))) return true;
  const needsGroups = mapped.some((roleId) => (mapping[roleId]?.groups.length ?? 0) > 0);
  if (!needsGroups) return false;
  const groups = await directory.groupsOf(actor);
  return mapped.some((roleId) => holdsRole(mapping, roleId, actor.accountId, groups));
}

export function refuseRecording(actor: Actor): never {
  if (actor.kind !== 'user') throw new AppError('FORBIDDEN', 'Sign in to Confluence to enter KPI values.', [], { reason: 'sign-in' });
  throw new AppError(
    'FORBIDDEN',
    "Only the page's editors, the process owner and the KPI's owner may enter its values. Ask the card's owner to map you to a role.",
    [],
    { reason: 'edit' },
  );
}
