import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ProcessCard, type CardContent } from '../../src/core/card/process-card';
import { importDocument } from '../../src/core/import/import-document';
import type { ImportOptions, ImportResult, ImportWarning } from '../../src/core/import/import-warning';

export const REPO = resolve(__dirname, '..', '..');
/** The project's read-only background material (seed card, real documents) sits beside the repo. */
export const SHARED = process.env.PROCESS_CARDS_SHARED ?? resolve(REPO, '..', 'shared');

export function readShared(relative: string): string {
  const path = join(SHARED, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: the importer tests read ../shared (set PROCESS_CARDS_SHARED to move it)`);
  return readFileSync(path, 'utf8');
}

export const readExample = (name: string): string => readFileSync(join(REPO, 'examples', name), 'utf8');

export function counterIds(): () => string {
  let next = 0;
  return () => `card-${(next += 1)}`;
}

export function run(text: string, options: ImportOptions = {}): ImportResult {
  const result = importDocument(text, { newCardId: counterIds(), ...options });
  for (const card of result.cards) ProcessCard.parse(card);
  return result;
}

/** The one card a text describes, and its warnings. */
export function importOne(text: string, options: ImportOptions = {}): { content: CardContent; warnings: ImportWarning[] } {
  const result = run(text, options);
  expect(result.cards).toHaveLength(1);
  return { content: result.cards[0]!.content, warnings: result.warnings };
}

export const codes = (warnings: readonly ImportWarning[]): string[] => warnings.map((warning) => warning.code);
