import { ItemId } from '../card/process-card';

/** A random card id from the platform's crypto (Node 20 and browsers), within ItemId's alphabet. */
export function randomCardId(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  const random = uuid ? uuid.replace(/-/g, '') : `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `card-${random.slice(0, 32)}`;
}

/** The caller's id when it is a valid ItemId; otherwise a cleaned version, or a random one. */
export function safeCardId(make: (() => string) | undefined): string {
  if (!make) return randomCardId();
  const id = String(make());
  if (ItemId.safeParse(id).success) return id;
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 64);
  return ItemId.safeParse(cleaned).success ? cleaned : randomCardId();
}
