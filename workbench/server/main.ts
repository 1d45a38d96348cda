import { resolve } from 'node:path';
import { ensureUiBuilt } from './ensure-ui-built';
import { ImportFailed } from './seed-cards';
import { PortTaken, startWorkbench } from './start-workbench';

/**
 * `npm start [-- --import FILE]`: the local workbench. A relative FILE is taken from where npm
 * was run (INIT_CWD), not from the repository root npm switches to.
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
  const workbench = await startWorkbench({ repoRoot, dataDir, port, importFile });
  console.log(`Process Cards workbench: ${workbench.url}`);
  const stop = () => void workbench.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  // What a person can fix (a taken port, a file that is not a card) is one line, not a stack.
  if (error instanceof PortTaken || error instanceof ImportFailed) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
