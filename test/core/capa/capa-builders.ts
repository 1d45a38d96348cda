import {
  newCorrectiveAction,
  newImprovement,
  RECORD_LIMITS,
  type CorrectiveActionRecord,
  type ImprovementRecord,
  type KpiLink,
  type KpiSnapshot,
} from '../../../src/core/capa/ca-record';
import { SUMMARY_WINDOW } from '../../../src/core/kpi/kpi-types';

export const link: KpiLink = { cardId: 'card-1', kpiId: 'kpi-2', pageId: '65538' };

export const snapshot: KpiSnapshot = {
  takenAt: '2026-03-01T09:00:00.000Z',
  name: 'Доля повторных обращений',
  target: '≤ 2 %',
  unit: '%',
  values: [
    { periodKey: '2026-01', value: 2.4 },
    { periodKey: '2026-02', value: 2.7 },
  ],
  status: 'off-target',
  proposal: { level: 'corrective-action', streak: 3, fromPeriod: '2025-12', toPeriod: '2026-02' },
};

/** A corrective action as raised from a KPI breach: only the problem is written. */
export function raisedAction(): CorrectiveActionRecord {
  return newCorrectiveAction({ source: 'kpi-breach', link, snapshot, breachId: 'breach-1', problem: 'Repeat contacts above 2 % for 3 months', periodsOnTarget: 3 });
}

/** A corrective action with every part filled in, its actions done. */
export function completeAction(): CorrectiveActionRecord {
  return {
    ...raisedAction(),
    decision: { choice: 'corrective-action', rationale: 'Persistent, three periods in a row' },
    containment: 'Callbacks to every customer who contacted us twice',
    rootCause: { method: '5-why', statement: 'The FAQ answers an outdated tariff' },
    similarChecked: { checked: true, note: 'Other FAQs checked: none outdated' },
    actions: [{ id: 'a-1', text: 'Rewrite the FAQ', ownerAccountId: '5b10ac8d82e05b22cc7d4ef5', dueDate: '2026-04-01', done: true }],
    effectiveness: { periodsOnTarget: 3, verificationDate: '2026-07-10' },
    cancelReason: 'Duplicate of another action',
    override: { evidence: 'Management review 2026-07: the supplier was replaced, the KPI was retired' },
  };
}

export function proposedImprovement(): ImprovementRecord {
  return newImprovement({ source: 'kpi-on-target', link, snapshot, proposal: 'Raise the target to 1.5 %' });
}

export function completeImprovement(): ImprovementRecord {
  return { ...proposedImprovement(), benefit: 'Fewer repeat contacts', review: 'On target for 6 months', rejectReason: 'Not now' };
}

/** The longest text a bound allows (plain letters: one character each as stored). */
const full = (max: number) => 'я'.repeat(max);
/** The longest JSON a finite number has: sign, "0.00000" and 17 significant digits. */
export const LONGEST_NUMBER = -0.0000012345678901234567;
const id64 = 'x'.repeat(64);
const account128 = 'a'.repeat(128);
const longestPeriod = 'E2026-03-15.abcdefghijkl';

const fullLink: KpiLink = { cardId: id64, kpiId: id64, pageId: '9'.repeat(RECORD_LIMITS.pageId) };

const fullSnapshot: KpiSnapshot = {
  takenAt: '2026-03-01T09:00:00.000Z',
  name: full(RECORD_LIMITS.kpiName),
  target: full(RECORD_LIMITS.kpiTarget),
  unit: full(RECORD_LIMITS.kpiUnit),
  values: Array.from({ length: SUMMARY_WINDOW }, () => ({ periodKey: longestPeriod, value: LONGEST_NUMBER })),
  status: 'off-target',
  proposal: { level: 'corrective-action', streak: RECORD_LIMITS.streak, fromPeriod: longestPeriod, toPeriod: longestPeriod },
};

/**
 * The largest corrective action the schema accepts: every text at its bound, every list full,
 * every id and number at its longest. (A field added to the schema joins here, or the size test
 * stops meaning what it says.)
 */
export function largestAction(): CorrectiveActionRecord {
  return {
    schemaVersion: 1,
    kind: 'corrective-action',
    source: 'kpi-breach',
    link: fullLink,
    snapshot: fullSnapshot,
    breachId: id64,
    problem: full(RECORD_LIMITS.problem),
    decision: { choice: 'corrective-action', rationale: full(RECORD_LIMITS.rationale) },
    containment: full(RECORD_LIMITS.containment),
    rootCause: { method: 'ishikawa', statement: full(RECORD_LIMITS.rootCause) },
    similarChecked: { checked: false, note: full(RECORD_LIMITS.similarNote) },
    actions: Array.from({ length: RECORD_LIMITS.actions }, () => ({
      id: id64,
      text: full(RECORD_LIMITS.actionText),
      ownerAccountId: account128,
      dueDate: '2026-12-31',
      done: false,
    })),
    effectiveness: { periodsOnTarget: RECORD_LIMITS.periodsOnTarget, verificationDate: '2026-12-31' },
    cancelReason: full(RECORD_LIMITS.reason),
    override: { evidence: full(RECORD_LIMITS.overrideEvidence) },
  };
}

export function largestImprovement(): ImprovementRecord {
  return {
    schemaVersion: 1,
    kind: 'improvement',
    source: 'kpi-on-target',
    link: fullLink,
    snapshot: fullSnapshot,
    proposal: full(RECORD_LIMITS.proposal),
    benefit: full(RECORD_LIMITS.benefit),
    rejectReason: full(RECORD_LIMITS.reason),
    review: full(RECORD_LIMITS.review),
  };
}
