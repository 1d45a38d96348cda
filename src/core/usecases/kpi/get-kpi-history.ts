import type { MacroContext } from '../macro-context';
import type { KpiHistoryResult, OpenPeriodView } from '../../results/kpi-results';
import type { KpiMeasurement, KpiPeriod } from '../../kpi/kpi-types';
import { periodKindOf, recentPeriods } from '../../kpi/kpi-period';
import { readTarget } from '../../kpi/kpi-target';
import { kpiStatus } from '../../kpi/kpi-status';
import { buildKpiView } from '../../kpi/kpi-summary';
import type { KpiDeps } from './kpi-deps';
import { kpiJudgement, requireCard, requireKpi } from './kpi-rules-of';
import { cardAccess, holdsAnyRole } from './kpi-access';
import { measurementView } from './measurement-view';
import { oldestMeasurementFirst } from '../../kpi/measurement-order';
import type { PeopleDirectory } from '../../ports/people-directory';
import type { Actor } from '../../actor';

export const HISTORY_PAGE_SIZE = 50;
/** The form offers the current period and this many before it (older ones are corrected from the table). */
export const OPEN_PERIODS = 6;

/** A ratio formula asks for numerator and denominator: «… / … × 100», "new customers / qualified leads". */
const isRatioFormula = (formula: string): boolean => /\S\s*[/÷]\s*\S/.test(formula);

/**
 * One KPI's history for whoever may see the card: a page of records newest first, the periods the
 * form offers, and whether the caller may enter values. Loaded when a reader opens the KPI.
 */
export function createGetKpiHistory(deps: KpiDeps) {
  return async (context: MacroContext, input: { cardId: string; kpiId: string; cursor?: string }): Promise<KpiHistoryResult> => {
    const records = await deps.records.read(input.cardId);
    const card = requireCard(records.card, input.cardId);
    const kpi = requireKpi(card, input.kpiId);
    const [access, page] = await Promise.all([
      cardAccess(deps, context, card, records.settings, kpi),
      deps.measurements.listForKpi(card.id, kpi.id, { limit: HISTORY_PAGE_SIZE, ...(input.cursor === undefined ? {} : { cursor: input.cursor }) }),
    ]);
    // Newest first, as the store pages them, with events of one day in the order they were entered.
    const items = [...page.items].sort((a, b) => oldestMeasurementFirst(b, a));
    const judgement = kpiJudgement(records.settings, records.site, deps.clock.now());
    const kind = periodKindOf(kpi);
    const target = readTarget(kpi);
    const entry = records.summary?.kpis[kpi.id];
    // The page's current values judged together, oldest first, as the trend judges them; a year
    // value the summary worked out from the whole year (more than a page of weeks) is kept.
    const yearValues = new Map((entry?.points ?? []).flatMap((point) => (point.yearValue === undefined ? [] : [[point.periodKey, point.yearValue] as const])));
    const current = items.filter((record) => record.status === 'current').reverse();
    const points = current.map((record) => {
      const yearValue = yearValues.get(record.periodKey);
      const point = { periodKey: record.periodKey, periodStart: record.periodStart, periodEnd: record.periodEnd, value: record.current.value };
      return yearValue === undefined ? point : { ...point, yearValue };
    });
    const judged = new Map(kpiStatus({ kpi, points, today: judgement.today, graceDays: judgement.graceDays }).points.map((point) => [point.periodKey, point.status] as const));
    const isMine = kpi.ownerRoleId !== undefined && (await holdsAnyRole(deps.directory, context.actor, records.settings, [kpi.ownerRoleId]));
    return {
      cardId: card.id,
      kpiId: kpi.id,
      kind,
      target: target?.bound ?? null,
      warning: target?.warning ?? null,
      direction: target?.direction ?? kpi.direction,
      measurements: items.map((record) => measurementView(kpi, record, judged)),
      cursor: page.cursor,
      openPeriods: kind === 'event' ? [] : openPeriods(recentPeriods(kind, judgement.today, OPEN_PERIODS), items),
      ratio: isRatioFormula(kpi.formula),
      canRecord: access.mayRecord,
      board: buildKpiView({ kpi, entry, today: judgement.today, graceDays: judgement.graceDays, rules: judgement.rulesFor(kpi.id), isMine }),
      levelChanges: [...(entry?.levelChanges ?? [])].reverse(),
      people: await namesOf(deps.directory, context.actor, items),
    };
  };
}

/** At most this many people are looked up for one page of values (usually one or two enter them all). */
const MAX_NAMES = 10;

/**
 * Who entered the values, by name, asked of Confluence as the reader; an account it cannot name
 * (or a failed lookup) stays an id, which the UI shows as it is.
 */
async function namesOf(directory: PeopleDirectory, actor: Actor, records: readonly KpiMeasurement[]): Promise<Record<string, string>> {
  if (actor.kind !== 'user') return {};
  const ids = [...new Set(records.flatMap((record) => [record.current, ...record.history]).filter((entry) => entry.source === 'user').map((entry) => entry.by))].slice(0, MAX_NAMES);
  const found = await Promise.all(ids.map((id) => directory.person(actor, id).catch(() => null)));
  return Object.fromEntries(found.flatMap((person) => (person === null || person.name.trim() === '' ? [] : [[person.accountId, person.name] as const])));
}

/** The recent periods with the revision of any record they have (the first page covers them: it is newest first). */
function openPeriods(periods: readonly KpiPeriod[], records: readonly KpiMeasurement[]): OpenPeriodView[] {
  const byKey = new Map(records.map((record) => [record.periodKey, record.revision]));
  return periods.map((period) => ({ periodKey: period.key, periodStart: period.start, periodEnd: period.end, revision: byKey.get(period.key) ?? 0 }));
}
