import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProcessCard } from '../../src/core/card/process-card';
import { REPO, fixturePath, readFixture } from './import-helpers';
import { toCp1251 } from '../support/legacy-encodings';

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

  it('reads a document saved as Windows-1251', () => {
    const file = join(scratch, 'card.cp1251.txt');
    writeFileSync(file, toCp1251(readFixture('seed/marketing-process-card.ru.txt')));
    const { status, stdout } = card('import', file);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).content.title).toBe('Привлечение клиентов и маркетинг');
  });

  it.each([
    ['a zip such as a .docx', 'card.docx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0, 8, 0, 0, 0, 0x21, 0, 0, 0), 'is not a text file'],
    ['text in an unknown 8-bit encoding', 'latin.txt', Uint8Array.from('Größe café naïve', (char) => char.charCodeAt(0)), 'is not UTF-8, UTF-16 or Windows-1251'],
  ])('fails with a one-line reason for %s', (_, name, bytes, reason) => {
    const file = join(scratch, name);
    writeFileSync(file, bytes);
    const { status, stdout, stderr } = card('import', file);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(reason);
  });

  it('fails with a one-line reason when the document describes too many processes', () => {
    const file = join(scratch, 'map.txt');
    writeFileSync(file, Array.from({ length: 60 }, (_, index) => `P${index}: Process ${index}\n- Purpose: p\n- Inputs: a\n`).join('\n'));
    const { status, stderr } = card('import', file);
    expect(status).not.toBe(0);
    expect(stderr.trim()).toBe(`card: ${file} describes 60 processes; at most 50 can be imported at once`);
  });

  it('explains its usage when called without a file', () => {
    const { status, stderr } = card('import');
    expect(status).not.toBe(0);
    expect(stderr).toContain('usage: card import FILE');
  });
});
