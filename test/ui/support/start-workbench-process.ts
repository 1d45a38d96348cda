import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface WorkbenchProcess {
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

const REPO = join(__dirname, '..', '..', '..');

/**
 * Runs `npm start` the way a newcomer does (tsx workbench/server/main.ts), on a free port
 * and a throwaway data folder, and resolves once it prints its URL.
 */
export async function startWorkbenchProcess(args: string[], readyWithinMs = 150_000): Promise<WorkbenchProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'workbench-data-'));
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'workbench/server/main.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, PORT: String(port), WORKBENCH_DATA_DIR: dataDir, INIT_CWD: REPO },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    await stopChild(child);
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`workbench did not print its URL within ${readyWithinMs} ms:\n${output}`)), readyWithinMs);
      const check = () => {
        const match = /(http:\/\/(?:localhost|127\.0\.0\.1):\d+\/?)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace(/\/?$/, '/'));
        }
      };
      child.stdout!.on('data', check);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`workbench exited with ${code} before it was ready:\n${output}`));
      });
    });
    return { url, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
