/**
 * Forge's documented storage limits (developer.atlassian.com/platform/forge/limits-kvs-ce,
 * storage-reference/transactions, storage-reference/kvs-api-query, entities-api-query). Overridable so a
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
  /**
   * Off (undefined) by default. When set, every query page holds at most this many results
   * however many were asked for, with a cursor to the rest: Forge promises only "up to" the
   * limit, so a test can set 1 or 2 to catch code that treats a short page as the last one.
   */
  maxResultsPerPage?: number;
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
  // storage-reference/kvs-api-query and entities-api-query: "up to 10 values by default, this
  // can be increased to a maximum of 100" (kvs-errorhandling / entities-errorhandling name the
  // codes LIST_QUERY_LIMIT_EXCEEDED and COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE).
  defaultQueryLimit: 10,
  maxQueryLimit: 100,
  maxEntityQueryLimit: 100,
  maxBatchItems: 25,
  maxTransactionOperations: 25,
  maxPayloadBytes: 4 * 1024 * 1024,
};
