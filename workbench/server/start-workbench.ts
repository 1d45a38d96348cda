import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installForgeRuntime, createConfluenceStandIn, type ForgeRuntimeHandle } from '../runtime';
import { SiteStore } from './site-store';
import { WORKBENCH_USERS } from './workbench-users';
import { workbenchPage } from './workbench-confluence-pages';
import { createWorkbenchServer } from './http-server';
import { WorkbenchMetrics } from './workbench-metrics';
import { importFileAsPage, seedExampleCards } from './seed-cards';
import type { ForgeHandler } from './invoke-resolver';

export interface StartWorkbenchOptions {
  repoRoot: string;
  dataDir: string;
  port: number;
  /** A card document to import at start and open first. */
  importFile?: string;
}

export interface RunningWorkbench {
  url: string;
  server: Server;
  runtime: ForgeRuntimeHandle;
  close(): Promise<void>;
}

/**
 * Starts the local stand-in for Confluence: the app's real resolver runs inside the local
 * Forge runtime (SQLite KVS under dataDir, the Confluence stand-in answering as each user), and the HTTP server
 * hosts the production Custom UI bundles.
 */
export async function startWorkbench(options: StartWorkbenchOptions): Promise<RunningWorkbench> {
  const site = new SiteStore(join(options.dataDir, 'site.json'));
  const runtime = installForgeRuntime({
    databasePath: join(options.dataDir, 'forge-kvs.sqlite'),
    manifestPath: join(options.repoRoot, 'manifest.yml'),
    productHandlers: [createConfluenceStandIn({ users: WORKBENCH_USERS, pages: (pageId) => workbenchPage(site, pageId) })],
  });
  // Loaded only after the runtime is installed, like a Forge function inside the platform.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require(join(options.repoRoot, 'src/index')) as { handler: ForgeHandler };
  // Each call is an invocation by its principal, so `asUser()` reaches Confluence as that user.
  const handler = runtime.bindHandler(app.handler);

  const examples = await seedExampleCards(handler, site, join(options.repoRoot, 'examples'));
  let firstPageId = examples[0]?.pageId;
  if (options.importFile) {
    const imported = await importFileAsPage(handler, site, resolve(options.importFile));
    firstPageId = imported.page.pageId;
    for (const warning of imported.warnings) console.warn(`import warning: ${warning.message}`);
  }

  const metrics = new WorkbenchMetrics(runtime.kvsStats);
  // Seeding is not part of what a reader's first render costs.
  metrics.reset();

  const server = createWorkbenchServer({ repoRoot: options.repoRoot, site, handler, metrics, firstPageId: () => firstPageId });
  await new Promise<void>((done) => server.listen(options.port, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    server,
    runtime,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          runtime.close();
          done();
        });
        server.closeAllConnections();
      }),
  };
}
