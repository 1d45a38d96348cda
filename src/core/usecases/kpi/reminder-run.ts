import type { Clock } from '../../ports/clock';
import type { KpiRecordsReader, ReminderRecords } from '../../ports/kpi-records';
import type { Logger } from '../../ports/logger';
import type { MeasurementStore } from '../../ports/measurement-store';
import { REMINDER_BATCH_SIZE, type ReminderBatch, type ReminderQueue } from '../../ports/reminder-queue';
import type { SiteSettings } from '../../settings/site-settings';
import { MAX_LEVEL_CHANGES, type KpiCardSummary, type KpiSummaryEntry } from '../../kpi/kpi-types';
import { dueState } from '../../kpi/kpi-summary';
import { assessKpi } from '../../kpi/kpi-assessment';
import { kpiFromDigest } from '../../kpi/kpi-digest';
import { auditEntry } from '../../audit/audit-entry';
import { isAppError } from '../../errors';
import { kpiJudgement } from './kpi-rules-of';
import { createAutoRaise, type AutoRaiseCard, type AutoRaiseDeps } from '../jira/auto-raise';

export interface ReminderRunDeps extends AutoRaiseDeps {
  measurements: MeasurementStore;
  records: KpiRecordsReader;
  queue: ReminderQueue;
  clock: Clock;
  newAuditSuffix: () => string;
  logger: Logger;
}

/**
 * Batches started per minute. Each reads ~25 summaries and settings (~40 KVS read units) and
 * writes up to 25 summaries: 20 a minute keep a run near 800 read units a minute, well inside
 * Forge's 4,000 (and its 500 queue events a minute), whatever else the app is doing.
 */
export const BATCHES_PER_MINUTE = 20;
const MAX_DELAY_SECONDS = 900;

/**
 * The daily reminder run. The trigger only lists the cards (summaries, pages of 100) and fans
 * them out, 25 a batch, to a queue; each consumer invocation brings its cards' due dates and
 * statuses up to date for "today" in each card's zone. Delivery is at least once: a card whose
 * summary already carries today's run date is skipped, and the date is written with the summary,
 * so a consumer that dies half-way is simply redone and a redelivery after success changes nothing.
 * Then the cards that raise corrective actions automatically have theirs raised (auto-raise.ts),
 * from the summaries as this run left them, also for cards it skipped as done today.
 */
export function createReminderRun(deps: ReminderRunDeps) {
  const autoRaise = createAutoRaise(deps);
  return {
    async enqueue(): Promise<{ cards: number; events: number; pushRequests: number }> {
      const runAt = deps.clock.now().toISOString();
      const cardIds: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await deps.measurements.listSummaries({ limit: 100, ...(cursor === undefined ? {} : { cursor }) });
        cardIds.push(...page.items.map((summary) => summary.cardId));
        cursor = page.cursor ?? undefined;
      } while (cursor !== undefined);
      const batches: Array<{ batch: ReminderBatch; delayInSeconds: number }> = [];
      for (let start = 0; start < cardIds.length; start += REMINDER_BATCH_SIZE) {
        const index = batches.length;
        batches.push({
          batch: { cardIds: cardIds.slice(start, start + REMINDER_BATCH_SIZE), runAt },
          delayInSeconds: Math.min(MAX_DELAY_SECONDS, Math.floor(index / BATCHES_PER_MINUTE) * 60),
        });
      }
      if (batches.length > BATCHES_PER_MINUTE * (MAX_DELAY_SECONDS / 60 + 1)) {
        // Beyond ~8,000 cards the last batches share the 15th minute; the quota may then push back (429) and the queue retries.
        deps.logger.error('The daily KPI run has more cards than it can spread over 15 minutes', { cards: cardIds.length });
      }
      const { pushRequests } = batches.length === 0 ? { pushRequests: 0 } : await deps.queue.push(batches);
      return { cards: cardIds.length, events: batches.length, pushRequests };
    },

    async check(batch: ReminderBatch): Promise<{ checked: number; skipped: number; written: number; raised: number }> {
      const { cards, site, jiraSite } = await deps.records.readForReminders(batch.cardIds);
      const runAt = new Date(batch.runAt);
      let skipped = 0;
      let written = 0;
      const current: AutoRaiseCard[] = [];
      for (const [cardId, records] of cards) {
        const { outcome, summary } = await checkCard(deps, cardId, records, site, runAt);
        if (outcome === 'skipped') skipped += 1;
        if (outcome === 'written') written += 1;
        current.push({ summary, settings: records.settings });
      }
      const actions = await autoRaise(current, jiraSite, site, runAt);
      return { checked: cards.size, skipped, written, raised: actions.raised + actions.resumed };
    },
  };
}

/** The card brought up to date, and its KPIs as they now stand (the summary's version is not kept current: writers read it again). */
async function checkCard(
  deps: ReminderRunDeps,
  cardId: string,
  records: ReminderRecords,
  site: SiteSettings | null,
  runAt: Date,
): Promise<{ outcome: 'skipped' | 'unchanged' | 'written'; summary: KpiCardSummary }> {
  let { summary } = records;
  const judgement = kpiJudgement(records.settings, site, runAt);
  for (let attempt = 0; ; attempt += 1) {
    if (summary.remindersRunDate === judgement.today) return { outcome: 'skipped', summary };
    const { kpis, changed } = refreshed(summary, judgement, runAt.toISOString());
    // Nothing moved: no write; a redelivery recomputes the same and writes nothing either.
    if (changed.length === 0) return { outcome: 'unchanged', summary };
    const at = deps.clock.now().toISOString();
    const next: KpiCardSummary = { ...summary, kpis, remindersRunDate: judgement.today, updatedAt: at };
    const before = summary;
    try {
      await deps.measurements.writeSummary({
        summary: next,
        expectedSummaryVersion: summary.version,
        audit: [
          auditEntry(
            {
              cardId,
              at,
              actor: { kind: 'system', source: 'consumer' },
              action: 'kpi.due-changed',
              summary: runSummary(changed, before),
              data: {
                runDate: judgement.today,
                kpiIds: changed.map((entry) => entry.kpiId),
                states: changed.map((entry) => `${entry.kpiId}:${entry.due?.state ?? 'none'}`),
                // A level the run itself moved (new rules, a value gone overdue) is said here, not by the next value entered.
                levels: changed.filter((entry) => entry.level !== before.kpis[entry.kpiId]?.level).map((entry) => `${entry.kpiId}:${before.kpis[entry.kpiId]?.level ?? 'none'}>${entry.level}`),
              },
            },
            deps.newAuditSuffix(),
          ),
        ],
      });
      return { outcome: 'written', summary: next };
    } catch (error) {
      // A measurement written meanwhile moved the summary: read it again and redo this card once.
      if (!isAppError(error) || error.code !== 'CONFLICT' || attempt > 0) throw error;
      const again = await deps.measurements.getSummary(cardId);
      if (again === null) return { outcome: 'unchanged', summary };
      summary = again;
    }
  }
}

/** What the run changed, in words for logs and CSV: due states and any escalation level it moved. */
function runSummary(changed: readonly KpiSummaryEntry[], before: KpiCardSummary): string {
  const states = (state: string) => changed.filter((entry) => entry.due?.state === state).length;
  const levels = changed.filter((entry) => entry.level !== before.kpis[entry.kpiId]?.level).length;
  const parts = [
    states('overdue') > 0 ? `${states('overdue')} overdue` : '',
    states('due') > 0 ? `${states('due')} due` : '',
    states('upcoming') > 0 ? `${states('upcoming')} upcoming` : '',
    levels > 0 ? `${levels} escalation level(s) changed` : '',
  ].filter((part) => part !== '');
  return `The daily run brought ${changed.length} KPI(s) up to date: ${parts.join(', ') || 'statuses changed'}`;
}

/** Each KPI's status, due state and escalation level for today, from the points the summary holds. */
function refreshed(summary: KpiCardSummary, judgement: ReturnType<typeof kpiJudgement>, at: string) {
  const kpis: Record<string, KpiSummaryEntry> = {};
  const changed: KpiSummaryEntry[] = [];
  for (const [kpiId, entry] of Object.entries(summary.kpis)) {
    const assessment = assessKpi({ kpi: kpiFromDigest(kpiId, entry.def), points: entry.points, today: judgement.today, graceDays: judgement.graceDays, rules: judgement.rulesFor(kpiId) });
    const level = assessment.escalation.level;
    const next: KpiSummaryEntry = {
      ...entry,
      status: assessment.status,
      due: dueState(assessment.kind, entry.points, judgement.today, judgement.graceDays),
      level,
      levelChanges:
        level === entry.level
          ? entry.levelChanges
          : [...entry.levelChanges, { at, from: entry.level, to: level, periodKey: entry.points[entry.points.length - 1]?.periodKey ?? null }].slice(-MAX_LEVEL_CHANGES),
    };
    kpis[kpiId] = next;
    if (JSON.stringify(next.due) !== JSON.stringify(entry.due) || next.status !== entry.status || level !== entry.level) changed.push(next);
  }
  return { kpis, changed };
}
