import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './launch-chromium';
import { startWorkbenchProcess, type WorkbenchProcess } from './start-workbench-process';
import { watchedPage } from './watched-page';

export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts');

export interface BrowserJourney {
  workbench: WorkbenchProcess;
  browser: LaunchedBrowser;
  page: Page;
  /** Console errors and failed requests of the page, which a journey expects to stay empty. */
  problems: string[];
}

/**
 * One workbench process and one Chromium page for a describe block: started before its tests
 * (at `now`, the workbench's clock, when given), stopped after. The fields fill in at beforeAll.
 */
export function browserJourney(options: { now?: string; viewport?: { width: number; height: number } } = {}): BrowserJourney {
  const journey = {} as BrowserJourney;
  const previousNow = process.env.WORKBENCH_NOW;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    if (options.now !== undefined) process.env.WORKBENCH_NOW = options.now;
    journey.workbench = await startWorkbenchProcess([]);
    journey.browser = await launchChromium();
    const watched = await watchedPage(journey.browser);
    journey.page = watched.page;
    journey.problems = watched.problems;
    if (options.viewport !== undefined) await journey.page.setViewportSize(options.viewport);
  }, 200_000);
  afterAll(async () => {
    if (options.now !== undefined) {
      if (previousNow === undefined) delete process.env.WORKBENCH_NOW;
      else process.env.WORKBENCH_NOW = previousNow;
    }
    await journey.browser?.close();
    await journey.workbench?.stop();
  });
  return journey;
}
