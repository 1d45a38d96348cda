import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessCard } from '../../src/core/card/process-card';
import { REPO, fixturePath } from './import-helpers';

function card(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'src/cli/card.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: REPO },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'card-cli-'));

describe('the card command line', () => {
  it('prints one card as a JSON object and its warnings on stderr', () => {
    const { status, stdout, stderr } = card('import', fixturePath('seed/marketing-process-card.ru.txt'));
    expect(status).toBe(0);
    const printed = ProcessCard.parse(JSON.parse(stdout));
    expect(printed.content.title).toBe('Привлечение клиентов и маркетинг');
    expect(stderr).toContain('missing-section');
    expect(stderr).toContain('6.2 Выходы процесса');
  });

  it('prints several cards as a JSON array', () => {
    const { status, stdout } = card('import', fixturePath('documents/process-map-appendix.handbook-generator.en.txt'));
    expect(status).toBe(0);
    const printed = JSON.parse(stdout) as unknown[];
    expect(printed).toHaveLength(14);
  });

  it('resolves a relative path against the directory it was started from', () => {
    const { status, stdout, stderr } = card('import', 'examples/purchasing.en.md');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).content.title).toBe('Purchasing of Goods and Services');
    expect(stderr).toBe('');
  });

  it('fails with a one-line reason when the file cannot be read', () => {
    const { status, stdout, stderr } = card('import', join(scratch, 'missing.txt'));
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/cannot read .*missing\.txt/);
  });

  it('fails with a one-line reason when nothing of a card is recognised', () => {
    const file = join(scratch, 'letter.txt');
    writeFileSync(file, 'Dear friend,\n\nthank you for the lovely weekend.\n');
    const { status, stdout, stderr } = card('import', file);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('nothing of a process card was recognised');
  });

  it('explains its usage when called without a file', () => {
    const { status, stderr } = card('import');
    expect(status).not.toBe(0);
    expect(stderr).toContain('usage: card import FILE');
  });
});
