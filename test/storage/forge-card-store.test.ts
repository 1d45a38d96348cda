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
