import { randomUUID } from 'node:crypto';
import type { Kpi, ProcessCard } from '../../src/core/card/process-card';
import type { MacroCardResult, ResolverResult } from '../../src/contracts/resolver-contracts';
import type { RecordMeasurementResult } from '../../src/contracts/kpi-contracts';
import { addDays, periodKindOf, periodsPerYear, recentPeriods } from '../../src/core/kpi/kpi-period';
import { readTarget, type TargetRule } from '../../src/core/kpi/kpi-target';
import type { WorkbenchPage } from './site-store';
import { invokeResolver, type ForgeHandler } from './invoke-resolver';
import { DEFAULT_USER } from './workbench-users';

/** How each example KPI behaves over its history: most on target, one sliding off, one left overdue. */
type Story = 'steady' | 'sliding' | 'overdue' | 'recovering';

const HISTORY_PERIODS = 14;
const EVENTS = 5;

/**
 * Gives the example cards a measurement history relative to the workbench's clock (at least 12
 * periods for periodic KPIs, campaigns for per-event ones), entered through the app's own
 * `kpi/record` resolver as the default editor, so a newcomer sees statuses, trends and a proposal.
 */
export async function seedExampleMeasurements(handler: ForgeHandler, page: WorkbenchPage, now: Date): Promise<number> {
  const loaded = (await invokeResolver(handler, page, DEFAULT_USER.accountId, { functionKey: 'card/get-for-macro', payload: {}, moduleKey: 'process-card' })) as ResolverResult<MacroCardResult>;
  if (!loaded.ok || loaded.data.view === null) return 0;
  const card = loaded.data.view.card;
  const today = now.toISOString().slice(0, 10);
  let entered = 0;
  for (const [index, kpi] of card.content.kpis.entries()) {
    const rule = readTarget(kpi);
    if (rule === null) continue;
    const story: Story = (['steady', 'sliding', 'recovering', 'overdue'] as const)[index % 4]!;
    for (const { period, value } of historyOf(kpi, rule, story, today)) {
      entered += (await record(handler, page, card, kpi, period, value)) ? 1 : 0;
    }
  }
  return entered;
}

function historyOf(kpi: Kpi, rule: TargetRule, story: Story, today: string): Array<{ period: { key: string } | { eventDate: string }; value: number }> {
  const kind = periodKindOf(kpi);
  if (kind === 'event') {
    return Array.from({ length: EVENTS }, (_, index) => ({
      period: { eventDate: addDays(today, -30 * (EVENTS - index)) },
      value: valueFor(rule, index === 2 ? 'off' : 'on', index),
    }));
  }
  // A per-year target on a quarterly KPI is met by a quarter's share of it.
  const perPeriod = rule.perYear ? { ...rule, bound: { ...rule.bound, value: rule.bound.value / (periodsPerYear(kind) ?? 1) } } : rule;
  // The current period has not ended: history is the ended ones, oldest first.
  const ended = recentPeriods(kind, today, HISTORY_PERIODS + 1).slice(1).reverse();
  return ended.flatMap((period, index) => {
    const fromEnd = ended.length - 1 - index;
    if (story === 'overdue' && fromEnd === 0) return [];
    const zone = story === 'sliding' && fromEnd < 3 ? 'off' : story === 'recovering' && fromEnd >= 2 && fromEnd < 4 ? 'warn' : 'on';
    return [{ period: { key: period.key }, value: valueFor(perPeriod, zone, index) }];
  });
}

/** A plausible value in the zone: on target, in the warning band, or off target. */
function valueFor(rule: TargetRule, zone: 'on' | 'warn' | 'off', index: number): number {
  const { bound } = rule;
  const wobble = ((index * 7) % 5) / 100;
  const lower = rule.direction === 'lower' || bound.comparator === '<=' || bound.comparator === '<';
  if (bound.comparator === 'range' && bound.max !== undefined) {
    const middle = (bound.value + bound.max) / 2;
    return round(zone === 'on' ? middle + (bound.max - bound.value) * (wobble - 0.02) : zone === 'warn' ? bound.value - 2 : bound.value - 10);
  }
  const base = bound.value === 0 ? 10 : Math.abs(bound.value);
  const step = zone === 'on' ? 0.06 + wobble : zone === 'warn' ? -0.05 : -0.3;
  return round(lower ? bound.value - base * step : bound.value + base * step);
}

const round = (value: number): number => Math.round(value * 10) / 10;

async function record(handler: ForgeHandler, page: WorkbenchPage, card: ProcessCard, kpi: Kpi, period: { key: string } | { eventDate: string }, value: number) {
  const answer = (await invokeResolver(handler, page, DEFAULT_USER.accountId, {
    functionKey: 'kpi/record',
    payload: { cardId: card.id, kpiId: kpi.id, period, value, comment: '', expectedRevision: 0, requestId: randomUUID() },
    moduleKey: 'process-card',
  })) as ResolverResult<RecordMeasurementResult>;
  return answer.ok;
}
