import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';
import { installForgeRuntime, readManifestEntities } from '../../workbench/runtime';
import { failureOf } from './forge-runtime-fixture';

const MANIFEST = `
modules:
  macro: []
app:
  id: ari:cloud:ecosystem::app/placeholder
  runtime:
    name: nodejs22.x
  storage:
    entities:
      - name: card
        attributes:
          cardId: { type: string }
          pageId: { type: string }
          title: { type: string }
          version: { type: integer }
          card: { type: any }
        indexes:
          - title
          - name: by-page
            partition: [pageId]
            range: [title]
`;

describe('the local Forge runtime: persistence and manifest entities', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'forge-runtime-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps keys, secrets and entities across closing and reopening the same SQLite file', async () => {
    const databasePath = join(folder, 'nested', 'storage.sqlite');
    const entities = [{ name: 'card', attributes: { title: { type: 'string' as const } }, indexes: ['title'] }];
    const first = installForgeRuntime({ databasePath, entities });
    await kvs.set('binding:macro-1', 'card-1');
    await kvs.setSecret('token', 'abc');
    await kvs.entity('card').set('card-1', { title: 'Marketing' });
    first.close();
    expect(existsSync(databasePath)).toBe(true);

    const second = installForgeRuntime({ databasePath, entities });
    try {
      expect(await kvs.get('binding:macro-1')).toBe('card-1');
      expect(await kvs.getSecret('token')).toBe('abc');
      expect(await kvs.entity('card').get('card-1')).toEqual({ title: 'Marketing' });
    } finally {
      second.close();
    }
  });

  it('an in-memory runtime starts empty every time', async () => {
    const first = installForgeRuntime();
    await kvs.set('ephemeral', 1);
    first.close();
    const second = installForgeRuntime();
    try {
      expect(await kvs.get('ephemeral')).toBeUndefined();
    } finally {
      second.close();
    }
  });

  it('clearStorage() empties every namespace', async () => {
    const runtime = installForgeRuntime();
    try {
      await kvs.set('a', 1);
      await kvs.setSecret('b', 2);
      runtime.clearStorage();
      expect(await kvs.get('a')).toBeUndefined();
      expect(await kvs.getSecret('b')).toBeUndefined();
    } finally {
      runtime.close();
    }
  });

  it('reads entity declarations from manifest.yml and enforces them', async () => {
    const manifestPath = join(folder, 'manifest.yml');
    writeFileSync(manifestPath, MANIFEST);
    expect(readManifestEntities(manifestPath).map((entity) => entity.name)).toEqual(['card']);

    const runtime = installForgeRuntime({ manifestPath });
    try {
      const card = { cardId: 'c1', pageId: 'p1', title: 'Marketing', version: 1, card: { any: 'shape' } };
      await kvs.entity('card').set('c1', card);
      const page = await kvs.entity('card').query().index('by-page', { partition: ['p1'] }).getMany();
      expect(page.results).toEqual([{ key: 'c1', value: card }]);
      expect((await failureOf(() => kvs.entity('card').set('c2', { ...card, version: 'v1' }))).code).toBe('INVALID_ENTITY_VALUE');
    } finally {
      runtime.close();
    }
  });

  it('says clearly when the manifest is missing or its entities are malformed', () => {
    expect(() => readManifestEntities(join(folder, 'absent.yml'))).toThrow(/Cannot read the manifest/);
    const broken = join(folder, 'broken.yml');
    writeFileSync(broken, 'app:\n  storage:\n    entities:\n      - name: X\n');
    expect(() => readManifestEntities(broken)).toThrow(/app.storage.entities .* is not valid/);
    const withoutEntities = join(folder, 'plain.yml');
    writeFileSync(withoutEntities, 'app:\n  id: x\n');
    expect(readManifestEntities(withoutEntities)).toEqual([]);
  });

  it('restores the globals it replaced when closed', () => {
    const globals = globalThis as { __forge_fetch__?: unknown; __forge_runtime__?: unknown };
    const before = globals.__forge_fetch__;
    const runtime = installForgeRuntime();
    expect(globals.__forge_fetch__).toBe(runtime.fetch);
    runtime.close();
    expect(globals.__forge_fetch__).toBe(before);
  });
});
