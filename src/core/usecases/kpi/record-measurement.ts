import type { RecordMeasurementInput, WithdrawMeasurementInput } from '../../kpi/kpi-inputs';
import type { MacroContext } from '../macro-context';
import type { RecordMeasurementResult } from '../../results/kpi-results';
import type { KpiPeriod } from '../../kpi/kpi-types';
import { eventPeriodKey, hasStarted, periodKindOf, periodOfKey } from '../../kpi/kpi-period';
import { buildKpiView } from '../../kpi/kpi-summary';
import { AppError } from '../../errors';
import type { KpiDeps } from './kpi-deps';
import { kpiJudgement, requireCard, requireKpi, type KpiJudgement } from './kpi-rules-of';
import { cardAccess, holdsAnyRole, refuseRecording } from './kpi-access';
import { applyMeasurementChange, type ChangeOutcome, type MeasurementChange } from './measurement-change';
import { measurementView } from './measurement-view';

type RecordInput = RecordMeasurementInput;
type WithdrawInput = WithdrawMeasurementInput;

/** Entering, correcting and withdrawing a value from the macro, by those who may (kpi-access.ts). */
export function createRecordMeasurement(deps: KpiDeps) {
  const now = () => deps.clock.now();

  async function prepare(context: MacroContext, cardId: string, kpiId: string) {
    const records = await deps.records.read(cardId);
    const card = requireCard(records.card, cardId);
    const kpi = requireKpi(card, kpiId);
    const access = await cardAccess(deps, context, card, records.settings, kpi);
    if (!access.mayRecord) refuseRecording(context.actor);
    const isMine = kpi.ownerRoleId !== undefined && (await holdsAnyRole(deps.directory, context.actor, records.settings, [kpi.ownerRoleId]));
    return { card, kpi, isMine, judgement: kpiJudgement(records.settings, records.site, now()) };
  }

  async function answer(change: MeasurementChange, outcome: ChangeOutcome, isMine: boolean): Promise<RecordMeasurementResult> {
    const board = buildKpiView({
        kpi: change.kpi,
        entry: outcome.entry,
        today: change.judgement.today,
        graceDays: change.judgement.graceDays,
        rules: change.judgement.rulesFor(change.kpi.id),
        isMine,
      });
    const judged = new Map(board.points.map((point) => [point.periodKey, point.status] as const));
    return { measurement: measurementView(change.kpi, outcome.measurement, judged), board };
  }

  return {
    async record(context: MacroContext, input: RecordInput): Promise<RecordMeasurementResult> {
      const { card, kpi, judgement, isMine } = await prepare(context, input.cardId, input.kpiId);
      const period = periodFor(periodKindOf(kpi), input, judgement);
      const change: MeasurementChange = {
        card,
        kpi,
        period,
        kind: 'enter',
        value: { value: input.value, numerator: input.numerator, denominator: input.denominator, comment: input.comment, source: 'user' },
        expectedRevision: input.expectedRevision,
        actor: context.actor,
        judgement,
      };
      return answer(change, await applyMeasurementChange({ ...deps, now }, change), isMine);
    },

    async withdraw(context: MacroContext, input: WithdrawInput): Promise<RecordMeasurementResult> {
      const { card, kpi, judgement, isMine } = await prepare(context, input.cardId, input.kpiId);
      const period = periodOfKey(periodKindOf(kpi), input.periodKey);
      if (period === null) throw periodKindError(input.periodKey);
      const change: MeasurementChange = {
        card,
        kpi,
        period,
        kind: 'withdraw',
        value: { value: 0, comment: input.reason, source: 'user' },
        expectedRevision: input.expectedRevision,
        actor: context.actor,
        judgement,
      };
      return answer(change, await applyMeasurementChange({ ...deps, now }, change), isMine);
    },
  };
}

/** The period a value is for: of the KPI's own frequency, and already started in the card's zone. */
export function periodFor(kind: KpiPeriod['kind'], input: Pick<RecordInput, 'period' | 'requestId'>, judgement: KpiJudgement): KpiPeriod {
  let period: KpiPeriod | null;
  if ('eventDate' in input.period) {
    if (kind !== 'event') throw periodKindError(input.period.eventDate);
    // The request id names the event, so a retried request is the same event, not a second one.
    period = periodOfKey('event', eventPeriodKey(input.period.eventDate, input.requestId.toLowerCase().replace(/-/g, '').slice(0, 12)));
  } else {
    period = periodOfKey(kind, input.period.key);
  }
  if (period === null) throw periodKindError('eventDate' in input.period ? input.period.eventDate : input.period.key);
  if (!hasStarted(period, judgement.today)) {
    throw new AppError('VALIDATION', `The period ${period.key} has not started yet (today is ${judgement.today} in ${judgement.timeZone}).`, [
      { path: 'period', message: 'this period has not started yet' },
    ], { reason: 'period-not-started', params: { periodKey: period.key, today: judgement.today } });
  }
  return period;
}

export function periodKindError(key: string): AppError {
  return new AppError('VALIDATION', `${key} is not a period of this KPI's frequency.`, [{ path: 'period', message: "not a period of this KPI's frequency" }], {
    reason: 'period-kind',
    params: { periodKey: key },
  });
}
