import type { CardStore } from '../../core/ports/card-store';
import type { CardSettingsStore } from '../../core/ports/card-settings-store';
import type { SiteSettingsStore } from '../../core/ports/site-settings-store';
import type { MeasurementStore } from '../../core/ports/measurement-store';
import type { KpiRecords, KpiRecordsReader, ReminderBatch, ReminderRecords } from '../../core/ports/kpi-records';
import type { JiraSiteStore } from '../../core/ports/jira-site-store';
import type { MemoryReaderJiraAccess } from './memory-reader-jira-access';

/** The KPI screens' records from the memory stores (the Forge adapter reads them in one batch). */
export class MemoryKpiRecordsReader implements KpiRecordsReader {
  constructor(
    private readonly stores: { cards: CardStore; measurements: MeasurementStore; settings: CardSettingsStore; siteSettings: SiteSettingsStore; jiraSite: JiraSiteStore; readerJira: MemoryReaderJiraAccess },
  ) {}

  async read(cardId: string, readerAccountId?: string): Promise<KpiRecords> {
    const { cards, measurements, settings, siteSettings, jiraSite } = this.stores;
    const [card, summary, cardSettings, site, jira] = await Promise.all([cards.get(cardId), measurements.getSummary(cardId), settings.get(cardId), siteSettings.get(), jiraSite.get()]);
    const readerJira = readerAccountId === undefined ? null : await this.stores.readerJira.get(readerAccountId);
    return { card, summary, settings: cardSettings, site, jiraSite: jira, readerJira };
  }

  async readForReminders(cardIds: readonly string[]): Promise<ReminderBatch> {
    if (cardIds.length > 25) throw new Error('The daily run reads at most 25 cards at once.');
    const summaries = await this.stores.measurements.getSummaries(cardIds);
    const cards = new Map<string, ReminderRecords>();
    for (const [cardId, summary] of summaries) cards.set(cardId, { summary, settings: await this.stores.settings.get(cardId) });
    return { cards, site: await this.stores.siteSettings.get(), jiraSite: await this.stores.jiraSite.get() };
  }
}
