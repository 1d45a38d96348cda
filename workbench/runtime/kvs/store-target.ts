import { badRequest } from './kvs-error';
import { entityNamespace, type Namespace } from './kvs-database';
import type { EntitySchema } from './entity-definitions';
import type { KvsContext } from './kvs-context';

/** Which namespace an operation addresses, and the entity schema when it is a custom entity. */
export interface StoreTarget {
  kind: 'kvs' | 'secret' | 'entity';
  namespace: Namespace;
  entity?: EntitySchema;
}

export const PLAIN_KEYS: StoreTarget = { kind: 'kvs', namespace: 'kvs' };
export const SECRETS: StoreTarget = { kind: 'secret', namespace: 'secret' };

const ENTITY_NAME = /^(?![.-])(?!.*\.{2})[a-z0-9:\-._]*(?<![.])$/;

/** Resolves an entity name the way Forge validates it (handling-errors-customentities). */
export function entityTarget(context: KvsContext, entityName: string): StoreTarget {
  if (entityName.length < 3) throw badRequest('ENTITY_TYPE_TOO_SHORT', 'The entity name needs to be at least 3 characters.');
  if (entityName.length > 60) throw badRequest('ENTITY_TYPE_TOO_LARGE', 'The entity name has exceeded the maximum 60 characters.');
  if (!ENTITY_NAME.test(entityName)) throw badRequest('INVALID_ENTITY_TYPE', `Invalid entity name "${entityName}".`);
  const entity = context.entities.get(entityName);
  if (entity === undefined) {
    throw badRequest(
      'INVALID_ENTITY_TYPE',
      `Entity "${entityName}" is not declared; declare it in manifest.yml app.storage.entities.`,
    );
  }
  return { kind: 'entity', namespace: entityNamespace(entityName), entity };
}

/** A batch or transaction item names an entity, or else means a plain key. */
export const targetOf = (context: KvsContext, entityName: string | undefined): StoreTarget =>
  entityName === undefined ? PLAIN_KEYS : entityTarget(context, entityName);
