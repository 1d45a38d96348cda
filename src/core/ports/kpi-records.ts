import type { ProcessCard } from '../card/process-card';
import type { CardSettings } from '../settings/card-settings';
import type { SiteSettings } from '../settings/site-settings';
import type { KpiCardSummary } from '../kpi/kpi-types';
import type { JiraSite } from '../capa/jira-site';
import type { ReaderJiraAccess } from '../capa/reader-jira-access';

/** Everything a KPI screen needs of one card, read together. */
export interface KpiRecords {
  card: ProcessCard | null;
  summary: KpiCardSummary | null;
  settings: CardSettings | null;
  site: SiteSettings | null;
  /** The copy of the Jira set-up: whether and where the card's actions can be raised and searched. */
  jiraSite: JiraSite | null;
  /** What the app remembers of the reader named to `read` (a Jira refusal); null when none was named or nothing is known. */
  readerJira: ReaderJiraAccess | null;
}

/** What the daily run needs of one card: never the card itself (its digest is in the summary). */
export interface ReminderRecords {
  summary: KpiCardSummary;
  settings: CardSettings | null;
}

/**
 * Reads the records of a card's KPI screens in one storage request (a batch get across
 * entities), so the macro's first render stays within its budget whatever the history size.
 */
export interface KpiRecordsReader {
  /** `readerAccountId`: the reader whose Jira state joins the same batch (the first render's). */
  read(cardId: string, readerAccountId?: string): Promise<KpiRecords>;
  /** For the daily run: summaries and settings of up to 25 cards, in ≤ 2 batch requests; site settings in one. */
  readForReminders(cardIds: readonly string[]): Promise<ReminderBatch>;
}

export interface ReminderBatch {
  cards: Map<string, ReminderRecords>;
  site: SiteSettings | null;
  jiraSite: JiraSite | null;
}
