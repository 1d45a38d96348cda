import { resolve } from 'node:path';
import { ensureUiBuilt } from './ensure-ui-built';
import { ImportFailed } from './seed-cards';
import { PortTaken, startWorkbench } from './start-workbench';
import { InvalidClockTime, installWorkbenchClock } from '../runtime/workbench-clock';

/**
 * `npm start [-- --import FILE]`: the local workbench. A relative FILE is taken from where npm
 * was run (INIT_CWD), not from the repository root npm switches to. WORKBENCH_NOW (an ISO date
 * or date-time) starts the clock at another date; it keeps running from there.
 */
function parseArgs(argv: string[]): { importFile?: string } {
  const index = argv.indexOf('--import');
  if (index === -1) return {};
  const file = argv[index + 1];
  if (!file) {
    console.error('--import needs a file: npm start -- --import path/to/card.txt');
    process.exit(2);
  }
  return { importFile: resolve(process.env.INIT_CWD ?? process.cwd(), file) };
}

async function main(): Promise<void> {
  const repoRoot = resolve(__dirname, '..', '..');
  const { importFile } = parseArgs(process.argv.slice(2));
  const port = Number.parseInt(process.env.PORT ?? '3000', 10);
  const dataDir = resolve(process.env.WORKBENCH_DATA_DIR ?? resolve(repoRoot, '.workbench'));
  ensureUiBuilt(repoRoot);
  // Before the app loads: every Date it makes is on the workbench's clock (WORKBENCH_NOW=2026-03-01T09:00).
  const clock = installWorkbenchClock({ startAt: process.env.WORKBENCH_NOW });
  const workbench = await startWorkbench({ repoRoot, dataDir, port, importFile, clock });
  console.log(`Process Cards workbench: ${workbench.url}`);
  if (process.env.WORKBENCH_NOW) console.log(`Clock: ${new Date().toISOString()} (WORKBENCH_NOW; POST /__workbench/clock { at } moves it)`);
  for (const { moduleKey, url } of workbench.webtriggerUrls) console.log(`Webtrigger ${moduleKey}: ${url}`);
  const stop = () => void workbench.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // What a person can fix (a taken port, a file that is not a card) is one line, not a stack.
  if (error instanceof PortTaken || error instanceof ImportFailed) console.error(error.message);
  else if (error instanceof InvalidClockTime) console.error(`WORKBENCH_NOW: ${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
