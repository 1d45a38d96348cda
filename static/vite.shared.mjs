// Vite settings shared by every Custom UI app in static/<app>/ (each has a vite.config.mjs calling this).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

const staticDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(staticDir, '..');
const bridgeOut = path.join(repoDir, 'node_modules/@forge/bridge/out');

/**
 * @param {string} appDir absolute path of static/<app>
 * @returns {import('vite').UserConfig}
 */
export function customUiConfig(appDir) {
  return {
    root: appDir,
    // Forge serves a resource from a sub-path of its CDN, so every asset URL must be relative.
    base: './',
    plugins: [react()],
    clearScreen: false,
    logLevel: 'warn',
    resolve: {
      alias: [
        // Types only (`import type`): the contracts and card model live in src/.
        { find: /^@src\//, replacement: `${path.join(repoDir, 'src')}/` },
        { find: /^@shared\//, replacement: `${path.join(staticDir, 'shared')}/` },
        // The bridge's index pulls in every module (router, realtime, rovo, adf-renderer with
        // iframe-resizer…); importing its files one by one keeps only what the apps call.
        { find: /^forge-bridge-out\//, replacement: `${bridgeOut}/` },
        // view.getContext needs only ensureLocale from @forge/i18n, not its translator (lodash).
        {
          find: /^@forge\/i18n$/,
          replacement: path.join(repoDir, 'node_modules/@forge/i18n/out/ensureLocale.js'),
        },
      ],
    },
    build: {
      outDir: path.join(appDir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
    },
  };
}
