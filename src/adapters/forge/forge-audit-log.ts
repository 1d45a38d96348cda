import { kvs, Sort } from '@forge/kvs';
import { AuditEntrySchema, type AuditEntry } from '../../core/audit/audit-entry';
import type { AuditLog } from '../../core/ports/audit-log';
import type { Page } from '../../core/ports/card-store';
import { pageSize } from '../../core/ports/page-size';
import { AUDIT_ENTITY, AuditEntity, auditKey, toAuditEntity } from './audit-entities';
import type { StorageLogger } from './storage-logger';

/** The audit trail in its own entity, indexed by card and time; never in the card's value. */
export class ForgeAuditLog implements AuditLog {
  constructor(private readonly logger: StorageLogger) {}

  async append(entry: AuditEntry): Promise<void> {
    // FAIL_IF_EXISTS keeps the log append-only even if an id were ever reused.
    await kvs.entity(AUDIT_ENTITY).set(auditKey(entry), toAuditEntity(entry), { keyPolicy: 'FAIL_IF_EXISTS' });
  }

  async list(cardId: string, cursor?: string): Promise<Page<AuditEntry>> {
    let builder = kvs.entity<unknown>(AUDIT_ENTITY).query().index('by-card', { partition: [cardId] }).sort(Sort.DESC).limit(pageSize());
    if (cursor) builder = builder.cursor(cursor);
    const page = await builder.getMany();
    return {
      items: page.results.flatMap((result) => {
        const parsed = AuditEntrySchema.safeParse(AuditEntity.safeParse(result.value).data?.entry);
        if (parsed.success) return [parsed.data];
        this.logger.error('Skipped an unreadable audit entry', { key: result.key });
        return [];
      }),
      cursor: page.nextCursor ?? null,
    };
  }
}
