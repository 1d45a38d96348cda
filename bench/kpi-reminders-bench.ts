import { kvs } from '@forge/kvs';
import { emptyKpiSummary, type KpiCardSummary } from '../src/core/kpi/kpi-types';
import { recentPeriods } from '../src/core/kpi/kpi-period';
import { summarizeKpi } from '../src/core/kpi/kpi-summary';
import { DEFAULT_ESCALATION_RULES, MEASUREMENT_SCHEMA_VERSION, type KpiMeasurement } from '../src/core/kpi/kpi-types';
import { SUMMARY_ENTITY, toSummaryEntity } from '../src/adapters/forge/measurement-entities';
import { startHandlerHarness } from '../test/resolvers/forge-handler-harness';
import { generateCard, generateKpi, placed } from '../test/support/card-builders';
import { withRoles } from '../src/core/card/card-roles';
import { ForgeCardStore } from '../src/adapters/forge/forge-card-store';
import type { BenchRow } from './bundle-bench';
import { emptySettings } from '../src/core/settings/card-settings';
import { JIRA_SITE_ENTITY, JIRA_SITE_KEY } from '../src/adapters/forge/forge-jira-site-store';
import { JIRA_DEFAULTS } from '../workbench/runtime';

const CARDS = 1000;
const KPIS_PER_CARD = 10;
/** Every tenth card raises corrective actions automatically (its settings say so), and has a KPI that calls for one. */
const AUTO_RAISE_EVERY = 10;

/** A summary as the app leaves it after a year of monthly values for each of 10 KPIs; `breaching`: its first KPI off target all year. */
function summaryFor(cardId: string, today: string, breaching = false): KpiCardSummary {
  const summary: KpiCardSummary = { ...emptyKpiSummary(cardId), version: 1, cardVersion: 1, updatedAt: '2026-01-01T00:00:00.000Z' };
  const periods = recentPeriods('month', today, 14).slice(2).reverse();
  for (let index = 0; index < KPIS_PER_CARD; index += 1) {
    const kpi = generateKpi({ id: `kpi-${index}` });
    const current: KpiMeasurement[] = periods.map((period, age) => ({
      schemaVersion: MEASUREMENT_SCHEMA_VERSION,
      cardId,
      kpiId: kpi.id,
      periodKey: period.key,
      periodKind: 'month',
      periodStart: period.start,
      periodEnd: period.end,
      status: 'current',
      revision: 1,
      current: { action: 'recorded', value: breaching && index === 0 ? 10 : 10 + ((index + age) % 9), comment: '', by: 'acc', at: '2026-01-01T00:00:00.000Z', source: 'user' },
      history: [],
    }));
    summary.kpis[kpi.id] = summarizeKpi({ kpi, current, previous: undefined, today: periods.at(-1)!.end, graceDays: 10, rules: DEFAULT_ESCALATION_RULES, at: '2026-01-01T00:00:00.000Z' }).entry;
  }
  return summary;
}

/**
 * The daily run over 1,000 cards × 10 KPIs on the local runtime with Forge's storage quotas on
 * (4,000 read and 4,000 write units a minute, 429 beyond): the trigger's pushes, the consumer's
 * KVS units, and the time. Last month's values are missing, so every card has something to record.
 */
export async function benchKpiReminders(): Promise<BenchRow[]> {
  // The runtime's clock (quota windows, queue delays) moves a minute at a time, as the platform's would.
  let minute = 0;
  const base = Date.now();
  const harness = startHandlerHarness({ kvsQuota: true, now: () => base + minute * 60_000 });
  try {
    const today = new Date().toISOString().slice(0, 10);
    const cards = new ForgeCardStore({ error: () => undefined });
    for (let start = 0; start < CARDS; start += 25) {
      const batch = Array.from({ length: Math.min(25, CARDS - start) }, (_, offset) => summaryFor(`card-${String(start + offset).padStart(4, '0')}`, today, (start + offset) % AUTO_RAISE_EVERY === 0));
      await kvs.batchSet(batch.map((summary) => ({ key: summary.cardId, value: toSummaryEntity(summary), entityName: SUMMARY_ENTITY })));
      const raising = batch.filter((_, offset) => (start + offset) % AUTO_RAISE_EVERY === 0);
      const settings = raising.map((summary) => ({ ...emptySettings(summary.cardId), version: 1, jira: { projectId: null, autoRaise: true } }));
      await kvs.batchSet(settings.map((stored) => ({ key: stored.cardId, value: { schemaVersion: stored.schemaVersion, cardId: stored.cardId, version: 1, settings: stored }, entityName: 'card-settings' })));
      // Their cards too: a raise reads the card (title, language, page) of the breach it raises.
      for (const summary of raising) {
        const card = placed(generateCard({ kpis: Object.keys(summary.kpis).map((id) => generateKpi({ id })) }, summary.cardId), 's', `page-${summary.cardId}`);
        await cards.save({ card: { ...card, content: withRoles(card.content) }, expectedVersion: 0, savedBy: 'acc', savedAt: '2026-01-01T00:00:00.000Z' });
      }
    }
    // The Jira set-up as storage keeps it: corrective actions go to the harness's QMS project as its Task type.
    const jiraSite = { schemaVersion: 1, projects: [{ id: '10000', key: 'QMS' }], defaultProjectId: '10000', issueTypes: { 'corrective-action': JIRA_DEFAULTS.TASK_TYPE_ID, improvement: null }, updatedAt: '2026-01-01T00:00:00.000Z' };
    await kvs.entity(JIRA_SITE_ENTITY).set(JIRA_SITE_KEY, { schemaVersion: 1, site: jiraSite });
    // The seeding is not the run: the run starts in a quota minute of its own.
    minute = 2;
    harness.runtime.reset();
    const started = process.hrtime.bigint();
    const run = await harness.runtime.scheduledTriggers.run('kpi-reminders');
    if (run.outcome !== 'success') throw new Error(`the trigger failed: ${JSON.stringify(run)}`);
    const triggerUnits = harness.runtime.kvsStats.units();
    let failed = 0;
    let busiest = { readUnits: 0, writeUnits: 0 };
    let total = { readUnits: 0, writeUnits: 0, throttled: 0 };
    for (let step = 0; step < 20; step += 1) {
      const report = await harness.runtime.queues.drain();
      failed += report.failed;
      const spent = harness.runtime.kvsStats.units();
      busiest = { readUnits: Math.max(busiest.readUnits, spent.readUnits), writeUnits: Math.max(busiest.writeUnits, spent.writeUnits) };
      total = { readUnits: total.readUnits + spent.readUnits, writeUnits: total.writeUnits + spent.writeUnits, throttled: total.throttled + spent.throttled };
      harness.runtime.kvsStats.reset();
      if (report.waiting === 0) break;
      minute += 1;
    }
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    const issuesMade = harness.runtime.productRequests.filter((request) => request.method === 'POST' && request.path === '/rest/api/3/issue').length;
    return [
      { name: `events pushed for ${CARDS} cards (25 a batch)`, value: harness.runtime.queues.pushedEvents().length, unit: 'events', budget: 500 },
      { name: 'push requests (≤ 50 events each)', value: harness.runtime.queues.pushes.length, unit: 'pushes' },
      { name: 'consumer deliveries failed', value: failed, unit: 'events', budget: 0 },
      { name: `corrective actions raised automatically (${CARDS / AUTO_RAISE_EVERY} cards raise them, informative)`, value: issuesMade, unit: 'issues' },
      { name: 'KVS read units, trigger (informative)', value: triggerUnits.readUnits, unit: 'units' },
      { name: 'KVS read units, whole run (informative)', value: total.readUnits, unit: 'units' },
      { name: 'KVS write units, whole run (informative)', value: total.writeUnits, unit: 'units' },
      { name: 'KVS read units in the busiest minute', value: busiest.readUnits, unit: 'units/min', budget: 4000 },
      { name: 'KVS write units in the busiest minute', value: busiest.writeUnits, unit: 'units/min', budget: 4000 },
      { name: 'requests refused by the quota (429)', value: total.throttled, unit: 'requests', budget: 0 },
      { name: 'wall time, local runtime (informative)', value: Math.round(elapsedMs), unit: 'ms' },
    ];
  } finally {
    harness.close();
  }
}

if (require.main === module) {
  void benchKpiReminders().then((rows) => console.table(rows));
}
