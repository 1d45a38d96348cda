/**
 * Forge's documented storage limits (developer.atlassian.com/platform/forge/limits-kvs-ce,
 * storage-reference/transactions, runtime-reference/storage-api-query). Overridable so a
 * test can provoke a limit without building megabytes of data.
 */
export interface KvsLimits {
  maxKeyLength: number;
  /** UTF-8 bytes of the serialised JSON value. */
  maxValueBytes: number;
  /** The secret store page still states 128 KiB for `setSecret` values. */
  maxSecretValueBytes: number;
  /** Nesting levels of objects/arrays: 31 on limits-kvs-ce (the error pages say 32; the smaller holds). */
  maxValueDepth: number;
  defaultQueryLimit: number;
  maxQueryLimit: number;
  maxEntityQueryLimit: number;
  maxBatchItems: number;
  maxTransactionOperations: number;
  /** Bytes of the whole request body for batch/set and transactions. */
  maxPayloadBytes: number;
}

export const FORGE_KVS_LIMITS: KvsLimits = {
  maxKeyLength: 500,
  maxValueBytes: 240 * 1024,
  maxSecretValueBytes: 128 * 1024,
  maxValueDepth: 31,
  defaultQueryLimit: 10,
  maxQueryLimit: 20,
  // Forge documents 1–100 for entity queries; we hold them to 20 like key queries so code that
  // pages correctly here cannot rely on a page size production would not give it everywhere.
  maxEntityQueryLimit: 20,
  maxBatchItems: 25,
  maxTransactionOperations: 25,
  maxPayloadBytes: 4 * 1024 * 1024,
};
