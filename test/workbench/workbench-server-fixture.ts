import type { WorkbenchJiraRest } from '../../workbench/server/workbench-jira-transitions';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Resolver from '@forge/resolver';
import { createWorkbenchServer } from '../../workbench/server/http-server';
import type { ForgeHandler } from '../../workbench/server/invoke-resolver';
import { SiteStore } from '../../workbench/server/site-store';
import { WorkbenchMetrics } from '../../workbench/server/workbench-metrics';
import { KvsStats } from '../../workbench/runtime/kvs/kvs-stats';
import type { PlatformRoutes } from '../../workbench/server/platform-routes';
import type { JiraSite } from '../../workbench/runtime';

export interface ServerFixture {
  url: string;
  site: SiteStore;
  pageId: string;
  stop(): Promise<void>;
}

/**
 * The workbench's HTTP server around a resolver of the real @forge/resolver (so its `in`
 * lookup is the one the platform runs), with functions defined by the test.
 */
type Functions = Record<string, (request: { payload: unknown; context: Record<string, unknown> }) => unknown>;

/**
 * `globalSettings` defines the functions of a second handler, for module key `settings-page`;
 * `platform` adds the webtrigger, scheduled trigger and clock routes; `jira` the Jira pages, `jiraRest` their workflow buttons.
 */
export async function startServerWith(functions: Functions, globalSettings: Functions = {}, platform?: PlatformRoutes, jira?: JiraSite, jiraRest?: WorkbenchJiraRest): Promise<ServerFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-server-'));
  const resolver = new Resolver();
  for (const [key, run] of Object.entries(functions)) resolver.define(key, (request) => run(request) as never);
  const settingsResolver = new Resolver();
  for (const [key, run] of Object.entries(globalSettings)) settingsResolver.define(key, (request) => run(request) as never);
  const site = new SiteStore(join(dataDir, 'site.json'));
  const page = site.createPage('A page');
  const server: Server = createWorkbenchServer({
    repoRoot: dataDir,
    site,
    handler: resolver.getDefinitions() as unknown as ForgeHandler,
    metrics: new WorkbenchMetrics(new KvsStats()),
    functionKeys: Object.keys(functions),
    globalModules: [
      {
        moduleKey: 'settings-page',
        extensionType: 'confluence:globalSettings',
        handler: settingsResolver.getDefinitions() as unknown as ForgeHandler,
        functionKeys: Object.keys(globalSettings),
      },
    ],
    firstPageId: () => page.pageId,
    ...(platform === undefined ? {} : { platform }),
    ...(jira === undefined ? {} : { jira }),
    ...(jiraRest === undefined ? {} : { jiraRest }),
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    site,
    pageId: page.pageId,
    stop: () =>
      new Promise<void>((done) => {
        server.close(() => {
          rmSync(dataDir, { recursive: true, force: true });
          done();
        });
        server.closeAllConnections();
      }),
  };
}

export async function send(fixture: ServerFixture, method: 'POST' | 'PUT', path: string, body: unknown) {
  const response = await fetch(`${fixture.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
