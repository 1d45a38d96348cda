import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

// Only the parts the tests read; everything else passes through untouched.
const manifestShape = z.looseObject({
  modules: z.record(z.string(), z.array(z.looseObject({ key: z.string() }))).optional(),
  resources: z.array(z.looseObject({ key: z.string(), path: z.string() })).optional(),
  permissions: z.looseObject({ scopes: z.array(z.string()).optional() }).optional(),
});
export type ManifestDocument = z.infer<typeof manifestShape>;

/** The repository's own manifest.yml. */
export const REPOSITORY_MANIFEST = resolve(__dirname, '../../../manifest.yml');

export function readManifest(path: string = REPOSITORY_MANIFEST): ManifestDocument {
  return manifestShape.parse(parse(readFileSync(path, 'utf8')));
}

/** `permissions.scopes` of a manifest, for assertScopesMatch. */
export function readManifestScopes(path: string = REPOSITORY_MANIFEST): string[] {
  return readManifest(path).permissions?.scopes ?? [];
}
