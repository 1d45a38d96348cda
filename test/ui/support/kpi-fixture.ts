import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { tokensCss } from '../../../workbench/host/tokens-css';

const REPO = join(__dirname, '..', '..', '..');
export const KPI_FIXTURE_DIR = join(REPO, 'test-artifacts', 'kpi-ui', 'fixture');

/** Builds the KPI fixture page (static/macro/dev/, the fake bridge in place of Forge's) into test-artifacts/kpi-ui/fixture. */
export function buildKpiFixture(): void {
  const result = spawnSync(process.execPath, [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'static/macro/dev/vite.fixture.mjs', '--logLevel', 'warn'], {
    cwd: REPO,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('the KPI fixture did not build');
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** Serves the built fixture and the token themes (/host/tokens/{light,dark}.css) on a free local port. */
export async function serveKpiFixture(port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204);
      return response.end();
    }
    const theme = /^\/host\/tokens\/(light|dark)\.css$/.exec(path);
    if (theme !== null) {
      response.writeHead(200, { 'content-type': 'text/css' });
      return response.end(tokensCss(theme[1] as 'light' | 'dark'));
    }
    const file = join(KPI_FIXTURE_DIR, normalize(path === '/' ? '/kpi-fixture.html' : path).replace(/^(\.\.[/\\])+/, ''));
    if (!file.startsWith(KPI_FIXTURE_DIR) || !existsSync(file)) {
      response.writeHead(404);
      return response.end('not found');
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : port}/kpi-fixture.html`;
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
