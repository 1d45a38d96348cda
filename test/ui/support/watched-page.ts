import type { Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch-chromium';

/** The browser's page, with every page error and console error collected, so a test can assert there were none. */
export async function watchedPage(browser: LaunchedBrowser): Promise<{ page: Page; problems: string[] }> {
  const problems: string[] = [];
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { page, problems };
}
