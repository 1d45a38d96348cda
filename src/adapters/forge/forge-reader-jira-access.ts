import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { ReaderJiraAccess } from '../../core/capa/reader-jira-access';
import type { ReaderJiraAccessStore } from '../../core/ports/reader-jira-access-store';

export const READER_JIRA_ENTITY = 'reader-jira';

const Entity = z.object({ schemaVersion: z.number().int(), state: z.unknown() });

/** An unreadable record is no record: the reader's next render asks Jira, as for anyone unknown. */
export function readReaderJiraEntity(raw: unknown): ReaderJiraAccess | null {
  const entity = Entity.safeParse(raw);
  if (!entity.success) return null;
  const parsed = ReaderJiraAccess.safeParse(entity.data.state);
  return parsed.success ? parsed.data : null;
}

export class ForgeReaderJiraAccess implements ReaderJiraAccessStore {
  async remember(accountId: string, state: ReaderJiraAccess): Promise<void> {
    await kvs.entity<unknown>(READER_JIRA_ENTITY).set(accountId, { schemaVersion: state.schemaVersion, state });
  }
}
