import type { ReaderJiraAccess } from '../../core/capa/reader-jira-access';
import type { ReaderJiraAccessStore } from '../../core/ports/reader-jira-access-store';

export class MemoryReaderJiraAccess implements ReaderJiraAccessStore {
  readonly states = new Map<string, ReaderJiraAccess>();

  async get(accountId: string): Promise<ReaderJiraAccess | null> {
    const state = this.states.get(accountId);
    return state === undefined ? null : structuredClone(state);
  }

  async remember(accountId: string, state: ReaderJiraAccess): Promise<void> {
    this.states.set(accountId, structuredClone(state));
  }
}
