import { fromIssueProperty } from '../../capa/action-property';
import { ACTION_PROPERTY_KEY } from '../../capa/ca-record';
import { decideEffectiveness } from '../../capa/effectiveness-gate';
import { GATE_UNAVAILABLE_MESSAGE, gateRefusalMessage, noKpiMessage } from '../../capa/effectiveness-gate-words';
import { addDays, localDate } from '../../kpi/kpi-period';
import type { ActionIssueHistory, StatusChange } from '../../ports/action-issue-history';
import type { Clock } from '../../ports/clock';
import type { KpiReader } from '../../ports/kpi-reader';
import type { Logger } from '../../ports/logger';

/** What Jira asks of a function validator: the issue, and the status it is leaving (the transition's `from`). */
export interface GateRequest {
  issueKey: string;
  fromStatusId: string;
}

/** What a function validator answers Jira. */
export type GateAnswer = { result: true } | { result: false; errorMessage: string };

export interface CheckEffectivenessDeps {
  issues: ActionIssueHistory;
  kpis: KpiReader;
  clock: Clock;
  logger: Logger;
  /** Jira gives a validator about 25 s; past this the gate stops waiting and refuses. */
  deadlineMs?: number;
}

const DEADLINE_MS = 20_000;
/** A rolling-year target judges each period by the year before it: records reach back this far before implementation. */
const YEAR_BACK_DAYS = 370;

/**
 * The effectiveness gate on "Close as effective". It reads, as the app, the issue's action record
 * and history, then the linked KPI from the app's storage, and decides with decideEffectiveness.
 *
 * - Implementation: the newest move into the status the issue is leaving now (Effectiveness
 *   check). The app's workflow leads there only from Implementation, so that is when the issue
 *   last left Implementation; an action found not effective and implemented again counts afresh.
 * - N and the verification date are the record's (raising fills N in from the app's default).
 * - An issue without a corrective-action record naming a KPI (an audit finding, an issue made in
 *   Jira itself) is refused with the reason: effectiveness is checked against a KPI, and the
 *   override transition is there for actions without one.
 * - Anything failing (storage, Jira, the deadline) refuses with "could not check, try again" and
 *   is logged: a gate that opens when broken is no gate.
 */
export function createCheckEffectiveness(deps: CheckEffectivenessDeps) {
  const decide = async (request: GateRequest): Promise<GateAnswer> => {
    const [property, changes] = await Promise.all([deps.issues.property(request.issueKey, ACTION_PROPERTY_KEY), deps.issues.statusChanges(request.issueKey)]);
    const record = fromIssueProperty(property);
    const link = record?.kind === 'corrective-action' ? record.link : null;
    if (record?.kind !== 'corrective-action' || link === null || link.kpiId === null) return { result: false, errorMessage: noKpiMessage() };
    const implementedAt = latestEntry(changes, request.fromStatusId);
    const now = deps.clock.now();
    const from = addDays((implementedAt ?? now.toISOString()).slice(0, 10), -YEAR_BACK_DAYS);
    const gateKpi = await deps.kpis.readKpi(link.cardId, link.kpiId, from);
    if (gateKpi === null) return { result: false, errorMessage: noKpiMessage() };
    const decision = decideEffectiveness({
      kpi: gateKpi.kpi,
      measurements: gateKpi.measurements,
      implementedAt,
      timeZone: gateKpi.timeZone,
      needed: record.effectiveness.periodsOnTarget,
      verificationDate: record.effectiveness.verificationDate,
      today: localDate(now, gateKpi.timeZone),
    });
    return decision.pass ? { result: true } : { result: false, errorMessage: gateRefusalMessage(decision, gateKpi.language) };
  };

  return async (request: GateRequest): Promise<GateAnswer> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('the effectiveness check ran out of time')), deps.deadlineMs ?? DEADLINE_MS);
    });
    try {
      return await Promise.race([decide(request), deadline]);
    } catch (error) {
      deps.logger.error('The effectiveness gate could not check the KPI, so it refused the transition', {
        issueKey: request.issueKey,
        error: error instanceof Error ? error.message : String(error),
      });
      return { result: false, errorMessage: GATE_UNAVAILABLE_MESSAGE };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** When the issue last moved into `statusId`; null when its history shows no such move. */
function latestEntry(changes: readonly StatusChange[], statusId: string): string | null {
  let latest: string | null = null;
  for (const change of changes) if (change.toStatusId === statusId && (latest === null || change.at > latest)) latest = change.at;
  return latest;
}
