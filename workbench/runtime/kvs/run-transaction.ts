import { KvsError, badRequest } from './kvs-error';
import type { KvsContext } from './kvs-context';
import { checkFilters, matchFilters, type Filters } from './match-filters';
import type { TransactionRequest } from './request-schemas';
import { targetOf, type StoreTarget } from './store-target';
import { writeItem } from './write-item';
import { validateKey } from './validate-key';

/**
 * The code answered when a transaction's condition or check does not hold. Forge's docs do
 * not name it (searched: storage-reference/transactions-entities, handling-errors-*); this
 * emulator's choice, after the DynamoDB failure reason the store is built on.
 */
export const CONDITION_FAILED_CODE = 'CONDITIONAL_CHECK_FAILED';

interface Operation {
  kind: 'set' | 'delete' | 'check';
  key: string;
  entityName: string | undefined;
  conditions: Filters | undefined;
  target: StoreTarget;
  value?: unknown;
  ttl?: NonNullable<NonNullable<TransactionRequest['set']>[number]['options']>['ttl'];
}

/**
 * All-or-nothing: every condition and check is evaluated and every write made inside one
 * SQLite transaction, so a failed condition leaves storage as it was
 * (storage-reference/transactions: ≤ 25 operations, ≤ 4 MB, each key once; a delete succeeds
 * whether the key exists or not).
 */
export function runTransaction(context: KvsContext, request: TransactionRequest, payloadBytes: number): void {
  const operations = collect(context, request);
  const { maxTransactionOperations, maxPayloadBytes } = context.limits;
  if (operations.length === 0) throw badRequest('BAD_REQUEST', 'A transaction needs at least one operation.');
  if (operations.length > maxTransactionOperations) {
    throw badRequest(
      'TOO_MANY_TRANSACTION_OPERATIONS',
      `A transaction can contain at most ${maxTransactionOperations} operations; got ${operations.length}.`,
    );
  }
  if (payloadBytes > maxPayloadBytes) {
    throw badRequest('MAX_SIZE', `A transaction payload is limited to ${maxPayloadBytes} bytes; got ${payloadBytes}.`);
  }
  checkUniqueKeys(operations);
  for (const operation of operations) {
    validateKey(operation.key, context.limits, operation.target.kind === 'entity' ? 'entity' : 'kvs');
    if (operation.conditions) checkFilters(operation.conditions, operation.target.entity!);
  }

  context.db.atomically(() => {
    for (const operation of operations) assertConditionHolds(context, operation);
    for (const operation of operations) {
      if (operation.kind === 'set') {
        writeItem(context, operation.target, operation.key, operation.value, { ttl: operation.ttl });
      } else if (operation.kind === 'delete') {
        context.db.delete(operation.target.namespace, operation.key);
      }
    }
  });
}

function collect(context: KvsContext, request: TransactionRequest): Operation[] {
  const operation = (kind: Operation['kind'], item: { key: string; entityName?: string | undefined; conditions?: Filters | undefined }): Operation => {
    if (item.conditions && item.entityName === undefined) {
      throw badRequest('INVALID_CONDITION', `Conditions apply to custom entities only; "${item.key}" names no entity.`);
    }
    return { kind, key: item.key, entityName: item.entityName, conditions: item.conditions, target: targetOf(context, item.entityName) };
  };
  return [
    ...(request.set ?? []).map((item) => ({ ...operation('set', item), value: item.value, ttl: item.options?.ttl })),
    ...(request.delete ?? []).map((item) => operation('delete', item)),
    ...(request.check ?? []).map((item) => {
      if (item.entityName === undefined) throw badRequest('INVALID_CONDITION', `A check needs an entity name ("${item.key}").`);
      return operation('check', item);
    }),
  ];
}

function checkUniqueKeys(operations: readonly Operation[]): void {
  const seen = new Set<string>();
  for (const { key, entityName } of operations) {
    const identity = `${entityName ?? ''}\u0000${key}`;
    if (seen.has(identity)) throw badRequest('DUPLICATE_KEYS', `Each key can only be used once in a transaction; "${key}" repeats.`);
    seen.add(identity);
  }
}

/**
 * A set or delete's conditions are tested against the stored item, or an empty one when the
 * key is absent (so `notExists('version')` guards a create). A check also needs the key to
 * exist ("check if key exists and meets conditions").
 */
function assertConditionHolds(context: KvsContext, operation: Operation): void {
  if (!operation.conditions) return;
  const stored = context.db.get(operation.target.namespace, operation.key, context.now());
  const holds =
    (operation.kind !== 'check' || stored !== undefined) &&
    matchFilters((stored?.value ?? {}) as Record<string, unknown>, operation.conditions);
  if (!holds) {
    throw new KvsError(409, CONDITION_FAILED_CODE, `The transaction's condition on "${operation.key}" (${operation.kind}) was not met; nothing was written.`, {
      failedOperation: { type: operation.kind, key: operation.key, entityName: operation.entityName },
    });
  }
}
