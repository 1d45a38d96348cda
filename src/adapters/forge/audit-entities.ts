import { z } from 'zod';
import type { AuditEntry } from '../../core/audit/audit-entry';

export const AUDIT_ENTITY = 'audit-entry';

export const AuditEntity = z.object({
  schemaVersion: z.number().int(),
  cardId: z.string(),
  at: z.string(),
  action: z.string(),
  entry: z.unknown(),
});

export const auditKey = (entry: AuditEntry): string => `audit:${entry.cardId}:${entry.id}`;

export const toAuditEntity = (entry: AuditEntry) => ({
  schemaVersion: entry.schemaVersion,
  cardId: entry.cardId,
  at: entry.at,
  action: entry.action,
  entry,
});
