import { join, resolve } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { installForgeRuntime, createConfluenceStandIn, createJiraStandIn, readManifestEntityProperties, type ForgeRuntimeHandle } from '../runtime';
import type { WorkbenchClock } from '../runtime/workbench-clock';
import { SiteStore } from './site-store';
import { WORKBENCH_GROUPS, WORKBENCH_USERS } from './workbench-users';
import { workbenchPage } from './workbench-confluence-pages';
import { WORKBENCH_JIRA_PROJECTS } from './workbench-jira';
import { createWorkbenchServer } from './http-server';
import { WEBTRIGGER_PREFIX } from './platform-routes';
import { logDeliveryProblems, warnMissingHandlers } from './platform-console';
import { WorkbenchMetrics } from './workbench-metrics';
import { importFileAsPage, seedExampleCards } from './seed-cards';
import type { ForgeHandler } from './invoke-resolver';
import { MACRO_RESOLVER_KEYS, SITE_SETTINGS_RESOLVER_KEYS } from '../../src/contracts/resolver-contracts';
import { JIRA_ADMIN_RESOLVER_KEYS } from '../../src/contracts/jira-admin-contracts';
import { ACTION_PANEL_RESOLVER_KEYS } from '../../src/contracts/action-panel-contracts';
import { issuePanelExtension } from './issue-panel-extension';

/** The `confluence:globalSettings` module's key in manifest.yml. */
export const GLOBAL_SETTINGS_MODULE_KEY = 'process-cards-settings';
/** The `jira:adminPage` module's key in manifest.yml. */
export const JIRA_ADMIN_MODULE_KEY = 'process-cards-jira-admin';
/** The `jira:issuePanel` module's key in manifest.yml. */
export const ACTION_PANEL_MODULE_KEY = 'process-cards-action-panel';

/** The port is taken by another program (often a workbench already running). */
export class PortTaken extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use (is a workbench already running?). Choose another: PORT=4000 npm start`);
    this.name = 'PortTaken';
  }
}

export interface StartWorkbenchOptions {
  repoRoot: string;
  dataDir: string;
  port: number;
  /** A card document to import at start and open first. */
  importFile?: string;
  /** The process's settable clock (WORKBENCH_NOW): the runtime's clock too, and POST /__workbench/clock moves it. */
  clock?: WorkbenchClock;
}

export interface RunningWorkbench {
  url: string;
  server: Server;
  runtime: ForgeRuntimeHandle;
  /** One per webtrigger the manifest declares, served by this workbench. */
  webtriggerUrls: { moduleKey: string; url: string }[];
  close(): Promise<void>;
}

/**
 * Starts the local stand-in for Confluence: the app's real resolver runs inside the local
 * Forge runtime (SQLite KVS under dataDir, the Confluence and Jira stand-ins answering as each
 * user), and the HTTP server hosts the production Custom UI bundles.
 */
export async function startWorkbench(options: StartWorkbenchOptions): Promise<RunningWorkbench> {
  const site = new SiteStore(join(options.dataDir, 'site.json'));
  let port = options.port;
  // Kept in memory: Jira's state (and the app properties) starts afresh with each start.
  // JQL finds issues by the aliases the manifest's jira:entityProperty modules declare, as Jira would.
  const jira = createJiraStandIn({
    users: WORKBENCH_USERS,
    projects: WORKBENCH_JIRA_PROJECTS,
    entityProperties: readManifestEntityProperties(join(options.repoRoot, 'manifest.yml')),
    // Atlassian's groups are the site's: Jira finds the ones Confluence's roles map to.
    groups: Object.values(WORKBENCH_GROUPS).map((group) => ({ groupId: group.id, name: group.name })),
    ...(options.clock === undefined ? {} : { now: options.clock.now }),
  });
  const runtime = installForgeRuntime({
    databasePath: join(options.dataDir, 'forge-kvs.sqlite'),
    manifestPath: join(options.repoRoot, 'manifest.yml'),
    productHandlers: [
      createConfluenceStandIn({ users: WORKBENCH_USERS, pages: (pageId) => workbenchPage(site, pageId) }),
      jira,
    ],
    // The same clock as the app's Date, so KVS timestamps, TTLs and quota windows agree with it.
    ...(options.clock === undefined ? {} : { now: options.clock.now }),
    // Read when a URL is given out: the port is known once the server listens.
    webtriggerBaseUrl: () => `http://localhost:${port}${WEBTRIGGER_PREFIX}`,
  });
  // Loaded only after the runtime is installed, like a Forge function inside the platform.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const app = require(join(options.repoRoot, 'src/index')) as { handler: ForgeHandler; siteSettingsHandler: ForgeHandler; jiraAdminHandler: ForgeHandler; actionPanelHandler: ForgeHandler };
  // Consumers, scheduled triggers and webtriggers reach the exports the manifest names; those not written yet stay missing.
  runtime.functions.attachModule('index', app);
  warnMissingHandlers(runtime);
  runtime.queues.deliverAutomatically({
    onError: (error) => console.error('workbench: delivering async events failed:', error),
    onDrained: (report) => logDeliveryProblems(report.delivered === 0 ? [] : runtime.queues.deliveries.slice(-report.delivered)),
  });
  // Each call is an invocation by its principal, so `asUser()` reaches Confluence as that user.
  const handler = runtime.bindHandler(app.handler);
  const siteSettingsHandler = runtime.bindHandler(app.siteSettingsHandler);
  const jiraAdminHandler = runtime.bindHandler(app.jiraAdminHandler);
  const actionPanelHandler = runtime.bindHandler(app.actionPanelHandler);
  const metrics = new WorkbenchMetrics(runtime.kvsStats);
  let firstPageId: string | undefined;
  const server = createWorkbenchServer({
    repoRoot: options.repoRoot,
    site,
    handler,
    metrics,
    functionKeys: Object.values(MACRO_RESOLVER_KEYS),
    globalModules: [
      {
        moduleKey: GLOBAL_SETTINGS_MODULE_KEY,
        extensionType: 'confluence:globalSettings',
        handler: siteSettingsHandler,
        functionKeys: Object.values(SITE_SETTINGS_RESOLVER_KEYS),
      },
      {
        moduleKey: JIRA_ADMIN_MODULE_KEY,
        extensionType: 'jira:adminPage',
        handler: jiraAdminHandler,
        functionKeys: Object.values(JIRA_ADMIN_RESOLVER_KEYS),
      },
      {
        moduleKey: ACTION_PANEL_MODULE_KEY,
        extensionType: 'jira:issuePanel',
        handler: actionPanelHandler,
        functionKeys: Object.values(ACTION_PANEL_RESOLVER_KEYS),
        extensionFor: (issueKey) => issuePanelExtension(jira.site, issueKey),
      },
    ],
    firstPageId: () => firstPageId,
    jira: jira.site,
    // Jira delivers an issue's events a little after the change: here as soon as the answer is sent.
    jiraRest: {
      jira,
      afterChange: () => {
        void runtime.productTriggers
          .drain()
          .then((delivered) => {
            for (const failed of delivered.filter((delivery) => delivery.outcome !== 'success')) console.error(`workbench: trigger ${failed.moduleKey} answered ${failed.outcome}`, failed.error ?? '');
          })
          .catch((error: unknown) => console.error('workbench: delivering Jira events failed:', error));
      },
    },
    platform: {
      webtriggers: runtime.webtriggers,
      scheduledTriggers: runtime.scheduledTriggers,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
      onClockSet: () => runtime.queues.poke(),
    },
  });
  const close = () =>
    new Promise<void>((done) => {
      server.close(() => {
        runtime.close();
        done();
      });
      server.closeAllConnections();
    });

  // The port first: a taken port must fail before anything is imported into the site.
  try {
    await listen(server, options.port);
  } catch (error) {
    runtime.close();
    throw (error as { code?: unknown }).code === 'EADDRINUSE' ? new PortTaken(options.port) : error;
  }
  try {
    const examples = await seedExampleCards(handler, site, join(options.repoRoot, 'examples'));
    firstPageId = examples[0]?.pageId;
    if (options.importFile) {
      const imported = await importFileAsPage(handler, site, resolve(options.importFile));
      firstPageId = imported.page.pageId;
      for (const warning of imported.warnings) console.warn(`import warning: ${warning.message}`);
    }
  } catch (error) {
    await close();
    throw error;
  }
  // Seeding is not part of what a reader's first render costs.
  metrics.reset();

  port = (server.address() as AddressInfo).port;
  const webtriggerUrls = runtime.webtriggers.list().map(({ key }) => ({ moduleKey: key, url: runtime.webtriggers.urlFor(key) }));
  return { url: `http://localhost:${port}/`, server, runtime, webtriggerUrls, close };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
}
