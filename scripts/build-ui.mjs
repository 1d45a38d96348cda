#!/usr/bin/env node
// Builds every Custom UI app in static/<app>/ that has a Vite config, one after another,
// into static/<app>/dist — the folders manifest.yml names as resource paths — and then the
// local workbench's browser code into workbench/host/dist.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { hostBuilds } from '../workbench/host/vite.host.mjs';

const CONFIG_NAMES = ['vite.config.mjs', 'vite.config.js', 'vite.config.ts', 'vite.config.mts'];

const repoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(repoDir, 'static');

/** @returns {Array<{ name: string; dir: string; configFile: string }>} */
function findCustomUiApps() {
  return readdirSync(staticDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(staticDir, entry.name);
      const config = CONFIG_NAMES.find((name) => existsSync(path.join(dir, name)));
      return config === undefined ? null : { name: entry.name, dir, configFile: path.join(dir, config) };
    })
    .filter((app) => app !== null)
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function main() {
  // What ships is the production build, whoever runs this: a NODE_ENV inherited from jest ('test')
  // would make Vite bundle React's development build, half as large again.
  process.env.NODE_ENV = 'production';
  const apps = findCustomUiApps();
  if (apps.length === 0) throw new Error(`no Custom UI app with a vite config under ${staticDir}`);
  for (const app of apps) {
    const started = Date.now();
    await build({ configFile: app.configFile, root: app.dir, mode: 'production', logLevel: 'warn' });
    console.log(`built static/${app.name}/dist in ${Date.now() - started} ms`);
  }
  const started = Date.now();
  for (const config of hostBuilds()) await build({ ...config, mode: 'production' });
  console.log(`built workbench/host/dist in ${Date.now() - started} ms`);
}

main().catch((error) => {
  console.error(`build-ui: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
