import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every Custom UI app: a folder of static/ with its own Vite config, as scripts/build-ui.mjs finds them. */
function customUiApps(repoRoot: string): string[] {
  const staticDir = join(repoRoot, 'static');
  return readdirSync(staticDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(staticDir, entry.name, 'vite.config.mjs')))
    .map((entry) => entry.name);
}
const HOST_OUTPUTS = ['index.html', 'bridge-in-iframe.js'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(built: string, newestSourceMs: number): boolean {
  return !existsSync(built) || statSync(built).mtimeMs < newestSourceMs;
}

/**
 * The workbench serves the production bundles, exactly what `forge deploy` uploads; build them
 * when they are missing or older than their sources, so a fresh clone works after `npm install`.
 */
export function ensureUiBuilt(repoRoot: string): void {
  // The UI bundles pure modules of src/core (card labels, flowchart layout, KPI numbers and trend) and types from src/contracts.
  const sources = Math.max(newestSource(join(repoRoot, 'static')), newestSource(join(repoRoot, 'src/contracts')), newestSource(join(repoRoot, 'src/core')));
  const appsStale = customUiApps(repoRoot).some((app) => isStale(join(repoRoot, 'static', app, 'dist', 'index.html'), sources));
  // The workbench's own page and iframe bridge (workbench/host/src, index.html, host.css).
  const hostSources = Math.max(newestSource(join(repoRoot, 'workbench/host')), newestSource(join(repoRoot, 'workbench/common')));
  const hostStale = HOST_OUTPUTS.some((file) => isStale(join(repoRoot, 'workbench/host/dist', file), hostSources));
  if (!appsStale && !hostStale) return;
  console.log('Building the Custom UI (npm run build)…');
  execFileSync(process.execPath, [join(repoRoot, 'scripts/build-ui.mjs')], { cwd: repoRoot, stdio: 'inherit' });
}
