import Database from 'better-sqlite3';

/**
 * Where a record lives: plain keys, secrets and each custom entity are separate namespaces,
 * so a secret never answers a plain `get` or a query, and entities never collide with keys.
 */
export type Namespace = 'kvs' | 'secret' | `entity:${string}`;

export const entityNamespace = (entityName: string): Namespace => `entity:${entityName}`;

export interface StoredItem {
  key: string;
  value: unknown;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  expiresAt: number | null;
}

interface Row {
  key: string;
  value: string;
  created_at: number;
  updated_at: number;
  expires_at: number | null;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS kvs_item (
    namespace  TEXT    NOT NULL,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    expires_at INTEGER,
    PRIMARY KEY (namespace, key)
  ) WITHOUT ROWID;
`;

const LIVE = '(expires_at IS NULL OR expires_at > @now)';

/**
 * The SQLite tables behind the emulator. Forge deletes expired data asynchronously, up to 48 h
 * after its TTL, and reads may return it until then: an expired record stays readable (and blocks
 * FAIL_IF_EXISTS) for `purgeAfterMs` after its expiry, the platform's worst case by default; reads
 * skip it only once it is purged.
 */
export class KvsDatabase {
  readonly db: Database.Database;
  private readonly statements;

  constructor(
    filename: string,
    private readonly purgeAfterMs = 0,
  ) {
    this.db = new Database(filename);
    this.db.exec(SCHEMA);
    this.statements = {
      get: this.db.prepare<{ namespace: string; key: string; now: number }, Row>(
        `SELECT key, value, created_at, updated_at, expires_at FROM kvs_item WHERE namespace = @namespace AND key = @key AND ${LIVE}`,
      ),
      put: this.db.prepare(
        `INSERT INTO kvs_item (namespace, key, value, created_at, updated_at, expires_at)
         VALUES (@namespace, @key, @value, @createdAt, @updatedAt, @expiresAt)
         ON CONFLICT (namespace, key) DO UPDATE SET value = excluded.value, created_at = excluded.created_at,
           updated_at = excluded.updated_at, expires_at = excluded.expires_at`,
      ),
      delete: this.db.prepare(`DELETE FROM kvs_item WHERE namespace = @namespace AND key = @key`),
      listByPrefix: this.db.prepare<
        { namespace: string; prefix: string; after: string; now: number; limit: number },
        Row
      >(
        `SELECT key, value, created_at, updated_at, expires_at FROM kvs_item
         WHERE namespace = @namespace AND substr(key, 1, length(@prefix)) = @prefix AND key > @after AND ${LIVE}
         ORDER BY key LIMIT @limit`,
      ),
      listAll: this.db.prepare<{ namespace: string; now: number }, Row>(
        `SELECT key, value, created_at, updated_at, expires_at FROM kvs_item WHERE namespace = @namespace AND ${LIVE}`,
      ),
      clear: this.db.prepare(`DELETE FROM kvs_item`),
    };
  }

  get(namespace: Namespace, key: string, now: number): StoredItem | undefined {
    const row = this.statements.get.get({ namespace, key, now: this.purgedBefore(now) });
    return row && toItem(row);
  }

  put(namespace: Namespace, item: StoredItem): void {
    this.statements.put.run({
      namespace,
      key: item.key,
      value: JSON.stringify(item.value),
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      expiresAt: item.expiresAt,
    });
  }

  delete(namespace: Namespace, key: string): void {
    this.statements.delete.run({ namespace, key });
  }

  /** Keys in code-unit order after `after` (exclusive), at most `limit`. */
  listByPrefix(namespace: Namespace, prefix: string, after: string, limit: number, now: number): StoredItem[] {
    return this.statements.listByPrefix.all({ namespace, prefix, after, limit, now: this.purgedBefore(now) }).map(toItem);
  }

  listAll(namespace: Namespace, now: number): StoredItem[] {
    return this.statements.listAll.all({ namespace, now: this.purgedBefore(now) }).map(toItem);
  }

  /** Runs `work` atomically: a throw rolls back every write made inside it. */
  atomically<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  /** Records that expired before this instant are purged. */
  private purgedBefore(now: number): number {
    return now - this.purgeAfterMs;
  }

  clear(): void {
    this.statements.clear.run();
  }

  close(): void {
    this.db.close();
  }
}

function toItem(row: Row): StoredItem {
  return {
    key: row.key,
    value: JSON.parse(row.value) as unknown,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    expiresAt: row.expires_at,
  };
}
