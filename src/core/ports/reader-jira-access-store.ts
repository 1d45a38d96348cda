import type { ReaderJiraAccess } from '../capa/reader-jira-access';

/**
 * Readers Jira refused, by account id (capa/reader-jira-access.ts). Read with the card's records
 * in the first render's one batch; written when a search as the reader comes back "no access".
 */
export interface ReaderJiraAccessStore {
  remember(accountId: string, state: ReaderJiraAccess): Promise<void>;
}
