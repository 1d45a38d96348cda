import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { EntityDefinition, buildEntitySchemas, describeIssues } from './kvs/entity-definitions';

const ManifestStorage = z.object({
  app: z
    .object({ storage: z.object({ entities: z.array(EntityDefinition).optional() }).optional() })
    .optional(),
});

/**
 * The custom entity declarations (`app.storage.entities`) of a manifest.yml, so the emulator
 * enforces exactly what the deployed app declares. A manifest without entities gives [].
 */
export function readManifestEntities(manifestPath: string): EntityDefinition[] {
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the manifest at ${manifestPath}: ${(error as Error).message}`);
  }
  const parsed = ManifestStorage.safeParse(parse(text));
  if (!parsed.success) {
    throw new Error(`app.storage.entities in ${manifestPath} is not valid: ${describeIssues(parsed.error)}`);
  }
  const entities = parsed.data.app?.storage?.entities ?? [];
  // The rules that span declarations (entity count, index attribute types, duplicates) are
  // checked here too, so a manifest Forge would refuse on deploy is refused when read.
  try {
    buildEntitySchemas(entities);
  } catch (error) {
    throw new Error(`app.storage.entities in ${manifestPath} is not valid: ${(error as Error).message}`);
  }
  return entities;
}
