import { z } from 'zod';

/** Request bodies exactly as @forge/kvs 1.6.5 sends them (out/interfaces/kvs-api.d.ts). */
const MetadataField = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
const GetOptions = z.object({ metadataFields: z.array(MetadataField).optional() });
const Ttl = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });
const SetOptions = z.object({
  ttl: Ttl.optional(),
  keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
  returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  returnMetadataFields: z.array(MetadataField).optional(),
});
// JSON has no undefined: a body without `value` is a request the SDK never builds.
const Value = z.unknown().refine((value) => value !== undefined, 'value is required');
const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const Condition = z.object({ condition: z.string(), values: z.array(z.unknown()) });
const FilterItem = Condition.extend({ property: z.string() });
const Filters = z.object({ and: z.array(FilterItem).optional(), or: z.array(FilterItem).optional() });

export const GetRequest = z.object({ key: z.string(), options: GetOptions.optional() });
export const SetRequest = z.object({ key: z.string(), value: Value, options: SetOptions.optional() });
export const DeleteRequest = z.object({ key: z.string() });
export const QueryRequest = z.object({
  limit: z.number().int().optional(),
  after: z.string().optional(),
  where: z.array(FilterItem).optional(),
  options: GetOptions.optional(),
});

const Entity = { entityName: z.string() };
export const EntityGetRequest = GetRequest.extend(Entity);
export const EntitySetRequest = SetRequest.extend(Entity);
export const EntityDeleteRequest = DeleteRequest.extend(Entity);
export const EntityQueryRequest = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(Scalar).optional(),
  range: Condition.optional(),
  filters: Filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  limit: z.number().int().optional(),
  cursor: z.string().optional(),
  options: GetOptions.optional(),
  metadataFields: z.array(MetadataField).optional(),
});

const BatchEntity = { entityName: z.string().optional() };
export const BatchSetRequest = z.array(
  z.object({ key: z.string(), value: Value, ...BatchEntity, options: SetOptions.pick({ ttl: true }).optional() }),
);
export const BatchGetRequest = z.array(z.object({ key: z.string(), ...BatchEntity, options: GetOptions.optional() }));
export const BatchDeleteRequest = z.array(z.object({ key: z.string(), ...BatchEntity }));

export const TransactionRequest = z.object({
  set: z
    .array(
      z.object({
        key: z.string(),
        value: Value,
        ...BatchEntity,
        conditions: Filters.optional(),
        options: SetOptions.pick({ ttl: true }).optional(),
      }),
    )
    .optional(),
  delete: z.array(z.object({ key: z.string(), ...BatchEntity, conditions: Filters.optional() })).optional(),
  check: z.array(z.object({ key: z.string(), ...BatchEntity, conditions: Filters })).optional(),
});

export type SetOptions = z.infer<typeof SetOptions>;
export type EntityQueryRequest = z.infer<typeof EntityQueryRequest>;
export type QueryRequest = z.infer<typeof QueryRequest>;
export type TransactionRequest = z.infer<typeof TransactionRequest>;
