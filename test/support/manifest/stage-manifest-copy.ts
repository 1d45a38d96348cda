import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { ManifestDocument } from './read-manifest';

/**
 * Writes a manifest into a fresh temporary directory with the files `validate()` looks for around
 * it: `src/<file>.ts` for every function handler and an `index.html` in every resource folder.
 * A test can then break one thing in the manifest and see only that reported.
 */
export function stageManifestCopy(manifest: ManifestDocument): string {
  const root = mkdtempSync(join(tmpdir(), 'manifest-copy-'));
  for (const fn of manifest.modules?.function ?? []) {
    const file = String(fn.handler ?? '').split('.')[0];
    if (file) writeFile(join(root, 'src', `${file}.ts`), 'export const handler = () => undefined;\n');
  }
  for (const resource of manifest.resources ?? []) {
    writeFile(join(root, resource.path, 'index.html'), '<!doctype html><title>stand-in</title>\n');
  }
  const manifestPath = join(root, 'manifest.yml');
  writeFileSync(manifestPath, stringify(manifest));
  return manifestPath;
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
