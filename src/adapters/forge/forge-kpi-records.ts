import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { KpiRecords, KpiRecordsReader, ReminderBatch, ReminderRecords } from '../../core/ports/kpi-records';
import { JIRA_SITE_ENTITY, JIRA_SITE_KEY, readJiraSiteEntity } from './forge-jira-site-store';
import { READER_JIRA_ENTITY, readReaderJiraEntity } from './forge-reader-jira-access';
import { readStoredSettings } from '../../core/settings/stored-settings';
import { readStoredSiteSettings } from '../../core/settings/stored-site-settings';
import type { SiteSettings } from '../../core/settings/site-settings';
import { CARD_ENTITY } from './card-entities';
import { SETTINGS_ENTITY } from './forge-card-settings-store';
import { SITE_SETTINGS_ENTITY, SITE_SETTINGS_KEY } from './forge-site-settings-store';
import { SUMMARY_ENTITY, readSummary } from './measurement-entities';
import type { ForgeCardStore } from './forge-card-store';
import type { StorageLogger } from './storage-logger';

const Wrapped = z.object({ settings: z.unknown() });

/**
 * The records of a card's KPI screens in one `batchGet` across six entities (card, summary,
 * card settings, site settings, the Jira set-up, the reader's Jira state): one storage request, whatever the history size.
 */
export class ForgeKpiRecordsReader implements KpiRecordsReader {
  constructor(
    private readonly cards: ForgeCardStore,
    private readonly logger: StorageLogger,
  ) {}

  async read(cardId: string, readerAccountId?: string): Promise<KpiRecords> {
    const result = await kvs.batchGet<unknown>([
      { key: cardId, entityName: CARD_ENTITY },
      { key: cardId, entityName: SUMMARY_ENTITY },
      { key: cardId, entityName: SETTINGS_ENTITY },
      { key: SITE_SETTINGS_KEY, entityName: SITE_SETTINGS_ENTITY },
      { key: JIRA_SITE_KEY, entityName: JIRA_SITE_ENTITY },
      ...(readerAccountId === undefined ? [] : [{ key: readerAccountId, entityName: READER_JIRA_ENTITY }]),
    ]);
    failOnErrors(result.failedKeys);
    const found = (entityName: string) => result.successfulKeys.find((item) => entityOf(item) === entityName)?.value;
    const card = found(CARD_ENTITY);
    const summary = found(SUMMARY_ENTITY);
    const settings = found(SETTINGS_ENTITY);
    const site = found(SITE_SETTINGS_ENTITY);
    const jira = found(JIRA_SITE_ENTITY);
    const reader = found(READER_JIRA_ENTITY);
    return {
      card: card === undefined ? null : await this.cards.fromEntity(card),
      summary: summary === undefined ? null : readSummary(summary),
      settings: settings === undefined ? null : readStoredSettings(Wrapped.parse(settings).settings),
      site: readSite(site),
      jiraSite: jira === undefined ? null : readJiraSiteEntity(jira),
      readerJira: reader === undefined ? null : readReaderJiraEntity(reader),
    };
  }

  async readForReminders(cardIds: readonly string[]): Promise<ReminderBatch> {
    if (cardIds.length > 25) throw new Error('The daily run reads at most 25 cards at once.');
    const keys = cardIds.flatMap((key) => [
      { key, entityName: SUMMARY_ENTITY },
      { key, entityName: SETTINGS_ENTITY },
    ]);
    const items: Array<{ key: string; entityName?: string; value: unknown }> = [];
    // 25 keys a batch: the summaries and settings of 25 cards, the site's settings and the Jira set-up are three requests.
    const shared = [
      { key: SITE_SETTINGS_KEY, entityName: SITE_SETTINGS_ENTITY },
      { key: JIRA_SITE_KEY, entityName: JIRA_SITE_ENTITY },
    ];
    const chunks = [[...keys.slice(0, 25 - shared.length), ...shared], ...chunk(keys.slice(25 - shared.length), 25)].filter((part) => part.length > 0);
    for (const part of chunks) {
      const result = await kvs.batchGet<unknown>(part);
      failOnErrors(result.failedKeys);
      items.push(...result.successfulKeys);
    }
    const cards = new Map<string, ReminderRecords>();
    for (const cardId of cardIds) {
      const summary = items.find((item) => item.key === cardId && entityOf(item) === SUMMARY_ENTITY)?.value;
      if (summary === undefined) continue;
      const settings = items.find((item) => item.key === cardId && entityOf(item) === SETTINGS_ENTITY)?.value;
      try {
        cards.set(cardId, {
          summary: readSummary(summary),
          settings: settings === undefined ? null : readStoredSettings(Wrapped.parse(settings).settings),
        });
      } catch (error) {
        // One unreadable record must not hold back the other cards of the batch.
        this.logger.error('Skipped an unreadable KPI summary or settings record', { cardId, error: error instanceof Error ? error.message : String(error) });
      }
    }
    const jira = items.find((item) => entityOf(item) === JIRA_SITE_ENTITY)?.value;
    return { cards, site: readSite(items.find((item) => entityOf(item) === SITE_SETTINGS_ENTITY)?.value), jiraSite: jira === undefined ? null : readJiraSiteEntity(jira) };
  }
}

/**
 * Which entity an item came from. The batch names up to four entities under one key; should the
 * service not echo `entityName`, each entity's own attributes still tell them apart.
 */
function entityOf(item: { entityName?: string; value: unknown }): string | undefined {
  if (item.entityName !== undefined) return item.entityName;
  const value = (typeof item.value === 'object' && item.value !== null ? item.value : {}) as Record<string, unknown>;
  if ('card' in value) return CARD_ENTITY;
  if ('summary' in value) return SUMMARY_ENTITY;
  if ('settings' in value) return 'cardId' in value ? SETTINGS_ENTITY : SITE_SETTINGS_ENTITY;
  if ('site' in value) return JIRA_SITE_ENTITY;
  if ('state' in value) return READER_JIRA_ENTITY;
  return undefined;
}

/** A key that is simply absent is no error; anything else (throttled, failed) must not pass for "none". */
function failOnErrors(failed: ReadonlyArray<{ key: string; error?: { code?: string } }>): void {
  const real = failed.filter((item) => item.error?.code !== 'KEY_NOT_FOUND');
  if (real.length > 0) throw new Error(`Could not read ${real.map((item) => `${item.key} (${item.error?.code ?? 'unknown'})`).join(', ')}`);
}

const readSite = (raw: unknown): SiteSettings | null => (raw === undefined ? null : readStoredSiteSettings(Wrapped.parse(raw).settings));

function chunk<T>(items: readonly T[], size: number): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < items.length; start += size) parts.push(items.slice(start, start + size));
  return parts;
}
