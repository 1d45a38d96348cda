import type { PagePermissions } from '../ports/page-permissions';
import type { MacroContext } from './macro-context';
import type { Actor } from '../actor';
import { AppError } from '../errors';

/** Every write goes through here: the caller must be signed in and allowed to edit the page. */
export async function requireEditor(permissions: PagePermissions, context: MacroContext): Promise<Extract<Actor, { kind: 'user' }>> {
  const { actor } = context;
  if (actor.kind !== 'user') {
    throw new AppError('FORBIDDEN', 'Sign in to Confluence to change process cards.', [], { reason: 'sign-in' });
  }
  const allowed = await permissions.canEditPage(actor, context.location.pageId);
  if (!allowed) {
    throw new AppError(
      'FORBIDDEN',
      'You cannot edit this page, so you cannot change its process card. Ask the page owner or a space admin for edit access.',
      [],
      { reason: 'edit' },
    );
  }
  return actor;
}
