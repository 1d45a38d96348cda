import { kvs } from '@forge/kvs';
import { readFixture } from '../support/fixtures';
import { join } from 'node:path';
import { ForgeCardStore } from '../../src/adapters/forge/forge-card-store';
import { installForgeRuntime, type ForgeRuntimeHandle } from '../../workbench/runtime';
import { describeCardStoreContract } from './card-store-contract';

/** The shipping adapter, running the real @forge/kvs against the local KVS emulator. */
let runtime: ForgeRuntimeHandle | undefined;

beforeEach(() => {
  runtime?.close();
  runtime = installForgeRuntime({ manifestPath: join(__dirname, '..', '..', 'manifest.yml') });
});

afterAll(() => runtime?.close());

describeCardStoreContract('Forge storage on the KVS emulator', () => new ForgeCardStore({ error: () => undefined }));

describe('Forge storage reads records an older app wrote', () => {
  it('reads a v1 card entity (no schemaVersion attribute, v1 card inside) through the latest model', async () => {
    const v1 = JSON.parse(readFixture('records/card-v1.json')) as { id: string; content: { title: string } };
    await kvs.entity('card').set(v1.id, {
      cardId: v1.id,
      spaceId: 'space-1',
      pageId: 'page-1',
      title: v1.content.title,
      version: 3,
      updatedAt: '2026-11-24T09:00:00.000Z',
      card: v1,
    });
    const store = new ForgeCardStore({ error: () => undefined });
    const card = await store.get(v1.id);
    expect(card?.schemaVersion).toBe(2);
    expect(card?.content.roles.length).toBeGreaterThan(0);
    expect((await store.list({ spaceId: 'space-1' })).items.map((item) => item.id)).toEqual([v1.id]);
  });
});
