// Dev only: the KPI fixture (kpi-fixture.html) with the fake bridge, for screenshots and for
// trying the KPI UI without Forge. Not found by scripts/build-ui.mjs (it builds static/<app>/ only).
//   npx vite --config static/macro/dev/vite.fixture.mjs            (dev server, /kpi-fixture.html)
//   npx tsx scripts/kpi-ui-fixture.ts                               (build, then screenshots)
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { customUiConfig } from '../../vite.shared.mjs';

const devDir = path.dirname(fileURLToPath(import.meta.url));
const macroDir = path.dirname(devDir);
const repoDir = path.resolve(macroDir, '../..');
const base = customUiConfig(macroDir);
const require = createRequire(import.meta.url);

/** The Atlassian token themes at /host/tokens/{light,dark}.css, as the workbench serves them. */
function tokenThemes() {
  const themes = path.join(path.dirname(require.resolve('@atlaskit/tokens/package.json')), 'dist/cjs/artifacts/themes');
  const css = (mode) => ['atlassian-' + mode, 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'].map((name) => require(path.join(themes, `${name}.js`)).default).join('\n');
  // Returns nothing: a function returned from configureServer would run as a post hook.
  const serve = (server) => {
    server.middlewares.use((request, response, next) => {
      const match = /^\/host\/tokens\/(light|dark)\.css$/.exec(request.url ?? '');
      if (match === null) return next();
      response.setHeader('content-type', 'text/css');
      response.end(css(match[1]));
    });
  };
  return { name: 'kpi-fixture-tokens', configureServer: serve, configurePreviewServer: serve };
}

export default defineConfig({
  ...base,
  root: devDir,
  base: '/',
  plugins: [...base.plugins, tokenThemes()],
  resolve: {
    alias: [{ find: /^@shared\/bridge$/, replacement: path.join(devDir, 'fake-bridge.ts') }, ...base.resolve.alias],
  },
  build: {
    ...base.build,
    outDir: path.join(repoDir, 'test-artifacts/kpi-ui/fixture'),
    rollupOptions: { input: path.join(devDir, 'kpi-fixture.html') },
  },
});
