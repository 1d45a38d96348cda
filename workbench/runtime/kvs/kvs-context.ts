import type { EntitySchema } from './entity-definitions';
import type { KvsDatabase } from './kvs-database';
import type { KvsLimits } from './kvs-limits';

/** What every service operation works against. */
export interface KvsContext {
  db: KvsDatabase;
  entities: Map<string, EntitySchema>;
  limits: KvsLimits;
  /** Epoch milliseconds; injectable so TTL tests can move time. */
  now(): number;
}
