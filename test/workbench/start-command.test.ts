import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `npm start` as a newcomer runs it, for the ways it can fail before it serves anything. */
const REPO = join(__dirname, '..', '..');

interface Run {
  code: number | null;
  stderr: string;
  stdout: string;
}

function runStart(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'workbench/server/main.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, INIT_CWD: REPO, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // A start that succeeded prints its URL: stop it, the test then fails on the exit code.
    child.stdout.on('data', () => /http:\/\/localhost:\d+/.test(stdout) && child.kill('SIGTERM'));
    child.once('exit', (code) => resolve({ code, stderr, stdout }));
  });
}

const lastLine = (text: string) => text.trim().split('\n').pop() ?? '';

describe('npm start, when it cannot start', () => {
  const dirs: string[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-start-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('says in one line which port is taken and how to choose another, and exits non-zero', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = dataDir();
      const run = await runStart([], { PORT: String(port), WORKBENCH_DATA_DIR: dir });
      expect(run.code).toBe(1);
      expect(lastLine(run.stderr)).toBe(
        `Port ${port} is already in use (is a workbench already running?). Choose another: PORT=4000 npm start`,
      );
      expect(run.stderr).not.toMatch(/^\s+at /m);
      // Nothing was seeded into the site for a start that never served.
      expect(existsSync(join(dir, 'site.json'))).toBe(false);
    } finally {
      await new Promise<void>((done) => blocker.close(() => done()));
    }
  }, 120_000);

  it.each([
    ['a file that does not exist', (dir: string) => join(dir, 'no-such-card.txt'), /the file cannot be read \(ENOENT\)/],
    [
      'a file that holds no card',
      (dir: string) => {
        const file = join(dir, 'not-a-card.txt');
        writeFileSync(file, 'Minutes of the Tuesday meeting.\nNothing else.\n');
        return file;
      },
      /\(NOT_RECOGNISED\)\.$/,
    ],
  ])('refuses to --import %s: one line, exit non-zero, no page left behind', async (_what, makeFile, why) => {
    const dir = dataDir();
    const file = makeFile(dir);
    const run = await runStart(['--import', file], { PORT: '0', WORKBENCH_DATA_DIR: dir });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toMatch(new RegExp(`^Could not import ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(lastLine(run.stderr)).toMatch(why);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    const site = JSON.parse(readFileSync(join(dir, 'site.json'), 'utf8')) as { pages: Array<{ source?: { file: string } }> };
    expect(site.pages.filter((page) => page.source?.file === file)).toEqual([]);
  }, 120_000);

  it('says in one line when WORKBENCH_NOW is not a date, before anything is served or seeded', async () => {
    const dir = dataDir();
    const run = await runStart([], { PORT: '0', WORKBENCH_DATA_DIR: dir, WORKBENCH_NOW: 'next tuesday' });
    expect(run.code).toBe(1);
    expect(lastLine(run.stderr)).toBe(
      "WORKBENCH_NOW: 'next tuesday' is not an ISO date or date-time (2026-03-01, 2026-03-01T09:00, 2026-03-01T09:00:00Z).",
    );
    expect(existsSync(join(dir, 'site.json'))).toBe(false);
  }, 120_000);
});
