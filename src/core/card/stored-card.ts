import { z } from 'zod';
import { CARD_SCHEMA_VERSION, ProcessCard } from './process-card';
import { withRoles } from './card-roles';

/**
 * The one way stored cards are read. The write schema (`ProcessCard`) is strict and always the
 * latest; stored records keep the schemaVersion they were written with and are migrated here,
 * step by step, when read. Every model change bumps CARD_SCHEMA_VERSION, adds its step below and
 * a v(n−1)→v(n) read test (test/core/stored-card.test.ts).
 */
const Versioned = z.object({ schemaVersion: z.number().int().min(1) }).passthrough();

type Migration = (record: Record<string, unknown>) => Record<string, unknown>;

const MIGRATIONS: Record<number, Migration> = {
  // v1 → v2: roles as data (owner, KPI owners, lanes, approver, recipients refer to role ids);
  // import reports keep the text the importer cut.
  1: (v1) => {
    const content = v1.content as Parameters<typeof withRoles>[0];
    const report = v1.importReport as Record<string, unknown> | null;
    return {
      ...v1,
      schemaVersion: 2,
      content: withRoles({ ...content, roles: [] }),
      importReport: report === null ? null : { cuts: [], cutsOmitted: 0, ...report },
    };
  },
};

export class UnreadableRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableRecordError';
  }
}

export function readStoredCard(raw: unknown): ProcessCard {
  const versioned = Versioned.safeParse(raw);
  if (!versioned.success) throw new UnreadableRecordError('a stored card has no schemaVersion');
  let record: Record<string, unknown> = versioned.data;
  let version = versioned.data.schemaVersion;
  if (version > CARD_SCHEMA_VERSION) {
    throw new UnreadableRecordError(`a stored card has schemaVersion ${version}, newer than this app (${CARD_SCHEMA_VERSION})`);
  }
  while (version < CARD_SCHEMA_VERSION) {
    const migrate = MIGRATIONS[version];
    if (migrate === undefined) throw new UnreadableRecordError(`no migration from card schemaVersion ${version}`);
    try {
      record = migrate(record);
    } catch (error) {
      throw new UnreadableRecordError(`a stored card of schemaVersion ${version} could not be migrated: ${error instanceof Error ? error.message : String(error)}`);
    }
    version += 1;
  }
  const parsed = ProcessCard.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UnreadableRecordError(`a stored card does not match the model: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return parsed.data;
}
