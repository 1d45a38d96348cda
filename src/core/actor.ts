/**
 * Who is acting, always taken from the platform's invocation context, never from a payload:
 * a signed-in user, an anonymous reader (Confluence allows anonymous access to some spaces), or the
 * app itself when a trigger, queue consumer or webtrigger runs (no user behind it).
 */
export type Actor =
  | { kind: 'user'; accountId: string }
  | { kind: 'anonymous' }
  | { kind: 'system'; source: 'trigger' | 'consumer' | 'webtrigger' | 'migration' | 'observer' };

export const userActor = (accountId: string): Actor => ({ kind: 'user', accountId });
export const ANONYMOUS: Actor = { kind: 'anonymous' };

/** The account id of a signed-in user; undefined for anyone else. */
export const accountIdOf = (actor: Actor): string | undefined => (actor.kind === 'user' ? actor.accountId : undefined);

/** How an actor is named in records (audit log, revisions): an account id, or the system source. */
export const actorLabel = (actor: Actor): string =>
  actor.kind === 'user' ? actor.accountId : actor.kind === 'system' ? `system:${actor.source}` : 'anonymous';
