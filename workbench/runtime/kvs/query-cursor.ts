import { z } from 'zod';
import { badRequest } from './kvs-error';

/**
 * Where a page ended. Cursors are opaque to callers (Forge says not to persist them), so the
 * emulator encodes the last position plus what the query was over, and refuses a cursor
 * that belongs to a different query.
 */
const CursorPosition = z.object({
  scope: z.string(),
  key: z.string(),
  sortValue: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
});
export type CursorPosition = z.infer<typeof CursorPosition>;

export const encodeCursor = (position: CursorPosition): string =>
  Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');

export function decodeCursor(cursor: string, scope: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const position = CursorPosition.safeParse(parsed);
  if (!position.success || position.data.scope !== scope) throw invalidCursor();
  return position.data;
}

const invalidCursor = () =>
  badRequest('INVALID_CURSOR', 'The cursor is not valid for this query; cursors only continue the query that returned them.');
