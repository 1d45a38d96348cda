import type { AuditEntry } from '../../core/audit/audit-entry';
import type { AuditLog } from '../../core/ports/audit-log';
import type { Page } from '../../core/ports/card-store';
import { pageSize } from '../../core/ports/page-size';
import { AppError } from '../../core/errors';

export class MemoryAuditLog implements AuditLog {
  private readonly entries: AuditEntry[] = [];

  async append(entry: AuditEntry): Promise<void> {
    this.appendNow(entry);
  }

  /** Synchronous, so the memory stores can write an entry in the same step as their change. */
  appendNow(entry: AuditEntry): void {
    if (this.entries.some((existing) => existing.cardId === entry.cardId && existing.id === entry.id)) {
      throw new AppError('CONFLICT', `Audit entry ${entry.id} exists already.`);
    }
    this.entries.push(structuredClone(entry));
  }

  /** Several entries in one step: all are appended, or (one exists already) none. */
  appendAllNow(entries: readonly AuditEntry[]): void {
    const taken = entries.find((entry) => this.entries.some((existing) => existing.cardId === entry.cardId && existing.id === entry.id));
    if (taken !== undefined) throw new AppError('CONFLICT', `Audit entry ${taken.id} exists already.`);
    for (const entry of entries) this.appendNow(entry);
  }

  async list(cardId: string, cursor?: string): Promise<Page<AuditEntry>> {
    const own = this.entries.filter((entry) => entry.cardId === cardId).sort((a, b) => b.id.localeCompare(a.id));
    const start = cursor ? Number.parseInt(cursor, 10) : 0;
    const next = start + pageSize();
    return { items: own.slice(start, next).map((entry) => structuredClone(entry)), cursor: next < own.length ? String(next) : null };
  }

  /** Every entry, oldest first: for tests. */
  all(): AuditEntry[] {
    return this.entries.map((entry) => structuredClone(entry));
  }
}
