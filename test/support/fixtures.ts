import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root: every file a test reads lives below it (users' clones have nothing beside them). */
export const REPO = resolve(__dirname, '..', '..');

/** Sample documents for the importer and the resolvers, with their licence notes (`test/fixtures/README.md`). */
export const FIXTURES = join(REPO, 'test', 'fixtures');

/** The seed card: the user's own document, the main example of a real Russian process card. */
export const SEED_FIXTURE = 'seed/marketing-process-card.ru.txt';

/** Atlassian's published OpenAPI descriptions, unmodified (`specs/atlassian/README.md`). */
export const SPECS = join(REPO, 'specs', 'atlassian');

export function fixturePath(relative: string): string {
  const path = join(FIXTURES, relative);
  if (!existsSync(path)) throw new Error(`${path} is missing: test fixtures live in test/fixtures/`);
  return path;
}

export const readFixture = (relative: string): string => readFileSync(fixturePath(relative), 'utf8');
