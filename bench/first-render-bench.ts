import { join } from 'node:path';
import { launchChromium } from '../test/ui/support/launch-chromium';
import { startWorkbenchProcess } from '../test/ui/support/start-workbench-process';
import type { BenchRow } from './bundle-bench';

const REPO = join(__dirname, '..');
const SEED = join(REPO, 'test', 'fixtures', 'seed', 'marketing-process-card.ru.txt');

interface Metrics {
  invokes: number;
  storageRequests: number;
}

/**
 * What a reader's first look at a card costs the platform: resolver invocations (round trips)
 * and storage reads, counted by the workbench while Chromium renders the macro. Counts do not
 * vary between machines, so the budgets are exact. Uses the seed card (test/fixtures/seed).
 */
export async function benchFirstRender(): Promise<BenchRow[]> {
  const document = SEED;
  const workbench = await startWorkbenchProcess(['--import', document]);
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    const started = Date.now();
    await page.request.post(new URL('api/metrics/reset', workbench.url).href);
    await page.goto(workbench.url);
    await page.frameLocator('iframe[title="Process card macro"]').locator('.pc-card').waitFor();
    const renderedMs = Date.now() - started;
    const metrics = (await (await page.request.get(new URL('api/metrics', workbench.url).href)).json()) as Metrics;
    return [
      { name: 'invokes on first render', value: metrics.invokes, unit: 'calls', budget: 1 },
      { name: 'storage requests on first render', value: metrics.storageRequests, unit: 'requests', budget: 3 },
      { name: 'time to rendered card (informative)', value: renderedMs, unit: 'ms' },
    ];
  } finally {
    await browser.close();
    await workbench.stop();
  }
}
