import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessCard, type CardContent } from '../../src/core/card/process-card';
import { importDocument } from '../../src/core/import/import-document';
import type { ImportOptions, ImportResult, ImportWarning } from '../../src/core/import/import-warning';

import { REPO } from '../support/fixtures';

export { REPO, fixturePath, readFixture } from '../support/fixtures';

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
