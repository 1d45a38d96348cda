// Vite builds of the workbench's browser code (run by scripts/build-ui.mjs) into workbench/host/dist,
// which the workbench server serves at /host/ (and its index.html at /).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(hostDir, 'dist');

/** @type {import('vite').InlineConfig} */
const shared = {
  configFile: false,
  root: hostDir,
  publicDir: false,
  clearScreen: false,
  logLevel: 'warn',
};

/**
 * The host page first (it empties dist/), then the iframe bridge beside it. The bridge is an
 * IIFE, a classic script: it must run synchronously before an app's module bundle, which
 * reads `window.__bridge` as it loads.
 * @returns {import('vite').InlineConfig[]}
 */
export function hostBuilds() {
  return [
    {
      ...shared,
      base: '/host/',
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        reportCompressedSize: false,
        modulePreload: { polyfill: false },
      },
    },
    {
      ...shared,
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        reportCompressedSize: false,
        lib: {
          entry: path.join(hostDir, 'src/bridge-in-iframe.ts'),
          formats: ['iife'],
          name: 'workbenchBridge',
          fileName: () => 'bridge-in-iframe.js',
        },
      },
    },
  ];
}
