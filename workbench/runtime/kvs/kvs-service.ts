import type { z } from 'zod';
import { KvsError, badRequest } from './kvs-error';
import type { KvsContext } from './kvs-context';
import { KvsQuota, unitsOf } from './kvs-quota';
import { READS, type KvsStats } from './kvs-stats';
import { itemResponse } from './item-response';
import { queryEntities } from './query-entities';
import { queryKeys } from './query-keys';
import * as Requests from './request-schemas';
import { batchDelete, batchGet, batchSet } from './run-batch';
import { runTransaction } from './run-transaction';
import { PLAIN_KEYS, SECRETS, entityTarget, type StoreTarget } from './store-target';
import { deleteItem, readItem, writeItem, type WriteResult } from './write-item';

/** What the service answers: an HTTP status and, unless 204, a JSON body. */
export interface KvsReply {
  status: number;
  body?: unknown;
}

type Handler = (body: unknown, payloadBytes: number) => KvsReply;

const ok = (body: unknown): KvsReply => ({ status: 200, body });
const noContent: KvsReply = { status: 204 };

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw badRequest('BAD_REQUEST', 'Provided request body is invalid', {
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`),
    });
  }
  return parsed.data;
}

/** Runs a handler, turning a refusal into the reply the SDK parses. */
function answer(run: () => KvsReply): KvsReply {
  try {
    return run();
  } catch (error) {
    if (error instanceof KvsError) return { status: error.status, body: error.toBody() };
    throw error;
  }
}

/** `set` answers 204, or the previous/latest record when `returnValue` asks for it. */
function setReply({ previous, latest }: WriteResult, options: Requests.SetOptions | undefined): KvsReply {
  if (options?.returnValue === undefined) return noContent;
  const returned = options.returnValue === 'PREVIOUS' ? previous : latest;
  return returned === undefined ? noContent : ok(itemResponse(returned, options.returnMetadataFields));
}

/**
 * The KVS service behind `@forge/kvs`: one handler per path the SDK POSTs to
 * (out/storage-api.js), each parsing its body and answering as Forge's REST API does.
 */
export function createKvsService(context: KvsContext, stats: KvsStats, quota?: KvsQuota) {
  const get = (target: StoreTarget, body: z.infer<typeof Requests.GetRequest>, extra = {}) =>
    ok(itemResponse(readItem(context, target, body.key), body.options?.metadataFields, extra));
  const set = (target: StoreTarget, body: z.infer<typeof Requests.SetRequest>) =>
    setReply(writeItem(context, target, body.key, body.value, body.options), body.options);
  const remove = (target: StoreTarget, key: string) => {
    deleteItem(context, target, key);
    return noContent;
  };

  const handlers: Record<string, Handler> = {
    get: (body) => get(PLAIN_KEYS, parse(Requests.GetRequest, body)),
    set: (body) => set(PLAIN_KEYS, parse(Requests.SetRequest, body)),
    delete: (body) => remove(PLAIN_KEYS, parse(Requests.DeleteRequest, body).key),
    query: (body) => ok(queryKeys(context, parse(Requests.QueryRequest, body))),
    'secret/get': (body) => get(SECRETS, parse(Requests.GetRequest, body)),
    'secret/set': (body) => set(SECRETS, parse(Requests.SetRequest, body)),
    'secret/delete': (body) => remove(SECRETS, parse(Requests.DeleteRequest, body).key),
    'entity/get': (body) => {
      const request = parse(Requests.EntityGetRequest, body);
      return get(entityTarget(context, request.entityName), request, { entityName: request.entityName });
    },
    'entity/set': (body) => {
      const request = parse(Requests.EntitySetRequest, body);
      return set(entityTarget(context, request.entityName), request);
    },
    'entity/delete': (body) => {
      const request = parse(Requests.EntityDeleteRequest, body);
      return remove(entityTarget(context, request.entityName), request.key);
    },
    'entity/query': (body) => ok(queryEntities(context, parse(Requests.EntityQueryRequest, body))),
    'batch/set': (body, bytes) => ok(batchSet(context, parse(Requests.BatchSetRequest, body), bytes)),
    'batch/get': (body) => ok(batchGet(context, parse(Requests.BatchGetRequest, body))),
    'batch/delete': (body) => ok(batchDelete(context, parse(Requests.BatchDeleteRequest, body))),
    transaction: (body, bytes) => {
      runTransaction(context, parse(Requests.TransactionRequest, body), bytes);
      return noContent;
    },
  };

  return {
    /** Answers one SDK request; `path` is what the SDK passes, e.g. "/api/v1/entity/query". */
    handle(path: string, rawBody: string | undefined): KvsReply {
      const operation = path.replace(/^\/api\/v1\//, '');
      const handler = handlers[operation];
      if (!path.startsWith('/api/v1/') || handler === undefined) {
        return { status: 404, body: { code: 'NOT_FOUND', message: `The KVS emulator has no endpoint ${path}.` } };
      }
      let body: unknown;
      try {
        body = rawBody === undefined ? undefined : JSON.parse(rawBody);
      } catch {
        stats.record(operation);
        return { status: 400, body: { code: 'BAD_REQUEST', message: 'Provided request body is not valid JSON' } };
      }
      stats.record(operation, operation.startsWith('batch/') && Array.isArray(body) ? body.length : 1);
      const requestBytes = Buffer.byteLength(rawBody ?? '', 'utf8');
      const kind = READS.has(operation) ? 'read' : 'write';
      try {
        // A write is sized by what it sends, so it is refused before it changes anything; a
        // read by what it answers, so it is measured first (reads change nothing) and then refused.
        if (kind === 'write') quota?.spend(kind, unitsOf(requestBytes), operation);
        const reply = answer(() => handler(body, requestBytes));
        const units = kind === 'write' ? unitsOf(requestBytes) : unitsOf(Buffer.byteLength(JSON.stringify(reply.body ?? ''), 'utf8'));
        if (kind === 'read') quota?.spend(kind, units, operation);
        stats.recordUnits(kind, units);
        return reply;
      } catch (error) {
        if (!(error instanceof KvsError)) throw error;
        if (error.status === 429) stats.throttled += 1;
        return { status: error.status, body: error.toBody() };
      }
    },
  };
}

export type KvsService = ReturnType<typeof createKvsService>;
