import { z } from 'zod';
import type { Actor } from '../actor';

export const AUDIT_SCHEMA_VERSION = 1 as const;

/** What happened, in a fixed vocabulary the audit viewer words in the reader's language. */
export type AuditAction =
  | 'card.imported'
  | 'card.created'
  | 'card.saved'
  | 'macro.config-observed'
  | 'macro.binding-migrated'
  | 'settings.saved'
  | 'roles.mapped'
  | 'kpi.measured'
  | 'kpi.corrected'
  | 'kpi.withdrawn'
  | 'kpi.due-changed'
  | 'kpi.settings-saved'
  | 'feed.secret-rotated'
  | 'action.raised'
  | 'action.links-repaired'
  | 'action.auto-raised'
  | 'jira.default-set'
  | 'jira.override-group-set'
  | 'jira.provisioned'
  | 'jira.settings-saved';

/**
 * One line of the audit trail: who, when, what, on which card. Entries are only ever appended;
 * nothing in the app edits or deletes them.
 */
export interface AuditEntry {
  schemaVersion: typeof AUDIT_SCHEMA_VERSION;
  /** Unique and sortable within a card: the time, then a random suffix. */
  id: string;
  cardId: string;
  at: string;
  actor: Actor;
  action: AuditAction;
  /** A short English summary for logs and CSV; the viewer words `action` + `data` itself. */
  summary: string;
  /** Action-specific facts (card ids, version, changed fields…), small and JSON-safe. */
  data: Record<string, string | number | boolean | string[] | null>;
}

export function auditEntry(
  input: Omit<AuditEntry, 'schemaVersion' | 'id'>,
  suffix: string,
): AuditEntry {
  return { schemaVersion: AUDIT_SCHEMA_VERSION, id: `${input.at}_${suffix}`, ...input };
}

const ActorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('user'), accountId: z.string().min(1) }),
  z.object({ kind: z.literal('anonymous') }),
  z.object({ kind: z.literal('system'), source: z.enum(['trigger', 'consumer', 'webtrigger', 'migration', 'observer']) }),
]);

/** Read side of an entry: stored entries are checked before anyone is shown them. */
export const AuditEntrySchema = z.object({
  schemaVersion: z.literal(AUDIT_SCHEMA_VERSION),
  id: z.string().min(1).max(200),
  cardId: z.string().min(1),
  at: z.string(),
  actor: ActorSchema,
  action: z.enum(['card.imported', 'card.created', 'card.saved', 'macro.config-observed', 'macro.binding-migrated', 'settings.saved', 'roles.mapped', 'kpi.measured', 'kpi.corrected', 'kpi.withdrawn', 'kpi.due-changed', 'kpi.settings-saved', 'feed.secret-rotated', 'action.raised', 'action.links-repaired', 'action.auto-raised', 'jira.default-set', 'jira.override-group-set', 'jira.provisioned', 'jira.settings-saved']),
  summary: z.string().max(2000),
  data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()])),
});
