import { z } from 'zod';
import { CardId, ItemId } from '../card/process-card';
import { EscalationLevel, KpiStatus, PeriodKey, SUMMARY_WINDOW } from '../kpi/kpi-types';
import { AccountId } from '../settings/card-settings';

/**
 * The app's record of a corrective action (ISO 9001 §10.2) or an improvement (§10.3), kept in one
 * Jira issue property so it travels with the issue and the workflow's validator can read it
 * (record-requirements). Jira holds the issue's status; the record holds what ISO asks to be
 * documented at each step. It is filled in step by step: every text is present from the start,
 * empty until written, and every choice is null until made, so a record is whole at every step
 * and what it still lacks is read from it (record-requirements: missingParts). It is stored
 * through action-property, which adds the parts found present for the validator.
 */

/** The issue property's key: one record per issue. */
export const ACTION_PROPERTY_KEY = 'process-cards.action';
export const ACTION_RECORD_SCHEMA_VERSION = 1 as const;

/** Jira refuses an issue property whose JSON is longer than this (the REST API's issue property docs). */
export const ISSUE_PROPERTY_MAX_CHARS = 32_768;

/**
 * The bounds, chosen so that the largest record (every text and list full, in Cyrillic: two
 * UTF-8 bytes a character) stays under ISSUE_PROPERTY_MAX_CHARS in bytes as well as characters,
 * since Jira does not say which it counts (a test writes it and measures).
 * Texts are bounded as stored: in characters of their JSON, where a quote or a line break counts
 * as its two-character escape and a control character as six, so no content can overflow them.
 */
export const RECORD_LIMITS = {
  problem: 2400,
  rationale: 1200,
  containment: 2000,
  rootCause: 2000,
  similarNote: 600,
  actions: 12,
  actionText: 300,
  reason: 600,
  /**
   * What the close by override rests on. Smaller than the other texts: the largest corrective
   * action had about 1,000 bytes left under ISSUE_PROPERTY_MAX_CHARS when it was added.
   */
  overrideEvidence: 450,
  proposal: 4000,
  benefit: 2000,
  review: 3000,
  kpiName: 500,
  kpiTarget: 300,
  kpiUnit: 50,
  pageId: 100,
  /** Periods on target that prove an action effective; the card's settings give the default. */
  periodsOnTarget: 36,
  streak: 1000,
} as const;

/** How many characters `text` takes inside the JSON it is stored as (without its quotes). */
export function storedLength(text: string): number {
  return JSON.stringify(text).length - 2;
}

const storedText = (max: number) =>
  z.string().refine((text) => storedLength(text) <= max, { message: `longer than ${max} characters as stored` });

const PageId = z
  .string()
  .min(1)
  .refine((text) => storedLength(text) <= RECORD_LIMITS.pageId, { message: 'not a page id' });

/** Where a KPI-raised record comes from: the card, its KPI and the page showing the card. */
export const KpiLink = z.object({ cardId: CardId, kpiId: ItemId, pageId: PageId });
export type KpiLink = z.infer<typeof KpiLink>;

/** An audit finding or a complaint may concern a process without any one of its KPIs. */
export const CardLink = z.object({ cardId: CardId, kpiId: ItemId.nullable(), pageId: PageId });
export type CardLink = z.infer<typeof CardLink>;

/**
 * The KPI as it stood when the record was raised, so the record still says why after the card's
 * KPIs change: the summary's last values, status and escalation proposal, nothing more.
 */
export const KpiSnapshot = z.object({
  takenAt: z.iso.datetime({ precision: 3 }),
  name: storedText(RECORD_LIMITS.kpiName),
  target: storedText(RECORD_LIMITS.kpiTarget),
  unit: storedText(RECORD_LIMITS.kpiUnit),
  /** Oldest first. */
  values: z.array(z.object({ periodKey: PeriodKey, value: z.number().finite() })).max(SUMMARY_WINDOW),
  status: KpiStatus,
  proposal: z.object({
    level: EscalationLevel,
    streak: z.number().int().min(0).max(RECORD_LIMITS.streak),
    fromPeriod: PeriodKey.nullable(),
    toPeriod: PeriodKey.nullable(),
  }),
});
export type KpiSnapshot = z.infer<typeof KpiSnapshot>;

export const IsoDay = z.iso.date();

/**
 * The raise's request id (the form's, for a raise by hand), indexed for JQL like the breach id:
 * a retried raise whose first attempt ended in doubt looks for it before creating again.
 * Absent from records raised before it was kept.
 */
const RaiseRequestId = z.string().min(1).max(100).regex(/^[A-Za-z0-9_-]+$/, 'not a request id');

export const CorrectiveStep = z.object({
  id: ItemId,
  text: storedText(RECORD_LIMITS.actionText),
  /** '' until someone is named. */
  ownerAccountId: z.union([AccountId, z.literal('')]),
  dueDate: IsoDay.nullable(),
  done: z.boolean(),
});
export type CorrectiveStep = z.infer<typeof CorrectiveStep>;

const correctiveActionFields = {
  schemaVersion: z.literal(ACTION_RECORD_SCHEMA_VERSION),
  kind: z.literal('corrective-action'),
  snapshot: KpiSnapshot.nullable(),
  /** The KPI breach that raised it automatically, so it is raised once; null when raised by hand. */
  breachId: ItemId.nullable(),
  requestId: RaiseRequestId.optional(),
  /** What went wrong (§10.2.1: the nonconformity). */
  problem: storedText(RECORD_LIMITS.problem),
  /** §10.2.1 b: is a correction enough, or must the cause be eliminated; and why. */
  decision: z.object({
    choice: z.enum(['correction-only', 'corrective-action']).nullable(),
    rationale: storedText(RECORD_LIMITS.rationale),
  }),
  /** §10.2.1 a: how the nonconformity was controlled and corrected, its consequences dealt with. */
  containment: storedText(RECORD_LIMITS.containment),
  rootCause: z.object({
    method: z.enum(['5-why', 'ishikawa', 'other']).nullable(),
    statement: storedText(RECORD_LIMITS.rootCause),
  }),
  /** §10.2.1 b 3: whether similar nonconformities exist or could potentially occur. */
  similarChecked: z.object({ checked: z.boolean(), note: storedText(RECORD_LIMITS.similarNote) }),
  actions: z.array(CorrectiveStep).max(RECORD_LIMITS.actions),
  /** §10.2.1 d: the action is effective when the KPI is on target this many periods in a row, checked by the date. */
  effectiveness: z.object({
    periodsOnTarget: z.number().int().min(1).max(RECORD_LIMITS.periodsOnTarget),
    verificationDate: IsoDay.nullable(),
  }),
  cancelReason: storedText(RECORD_LIMITS.reason),
  /**
   * Closing by override skips the effectiveness gate, so the record says what the closing rests
   * on (an audit report, a management decision). Who closed and when is Jira's, in the issue's
   * history. Absent from records written before the override needed it: read as not yet written.
   */
  override: z.object({ evidence: storedText(RECORD_LIMITS.overrideEvidence) }).default({ evidence: '' }),
};

/** A KPI breach always names its KPI; an audit finding, a complaint or anything else may name a card. */
export const CorrectiveActionRecord = z.discriminatedUnion('source', [
  z.object({ ...correctiveActionFields, source: z.literal('kpi-breach'), link: KpiLink }),
  z.object({ ...correctiveActionFields, source: z.enum(['audit', 'complaint', 'other']), link: CardLink.nullable() }),
]);
export type CorrectiveActionRecord = z.infer<typeof CorrectiveActionRecord>;

const improvementFields = {
  schemaVersion: z.literal(ACTION_RECORD_SCHEMA_VERSION),
  kind: z.literal('improvement'),
  snapshot: KpiSnapshot.nullable(),
  requestId: RaiseRequestId.optional(),
  proposal: storedText(RECORD_LIMITS.proposal),
  /** What the improvement is expected to bring. */
  benefit: storedText(RECORD_LIMITS.benefit),
  rejectReason: storedText(RECORD_LIMITS.reason),
  /** §10.3: the result, once implemented. */
  review: storedText(RECORD_LIMITS.review),
};

/** 'kpi-on-target': the KPI's escalation rules proposed it (on target with room, §10.3). */
export const ImprovementRecord = z.discriminatedUnion('source', [
  z.object({ ...improvementFields, source: z.literal('kpi-on-target'), link: KpiLink }),
  z.object({ ...improvementFields, source: z.enum(['audit', 'suggestion', 'other']), link: CardLink.nullable() }),
]);
export type ImprovementRecord = z.infer<typeof ImprovementRecord>;

/** The issue property's value, whichever the issue type. */
export const ActionRecord = z.discriminatedUnion('kind', [CorrectiveActionRecord, ImprovementRecord]);
export type ActionRecord = z.infer<typeof ActionRecord>;

/** The sources that come from a KPI, and so must link to it. */
export const KPI_SOURCES = ['kpi-breach', 'kpi-on-target'] as const;

type CaSourced =
  | { source: 'kpi-breach'; link: KpiLink }
  | { source: 'audit' | 'complaint' | 'other'; link: CardLink | null };

/** A corrective action as raised: what went wrong is known, everything after is to be filled in. */
export function newCorrectiveAction(
  input: CaSourced & { problem: string; snapshot: KpiSnapshot | null; breachId: string | null; periodsOnTarget: number; requestId?: string },
): CorrectiveActionRecord {
  return CorrectiveActionRecord.parse({
    schemaVersion: ACTION_RECORD_SCHEMA_VERSION,
    kind: 'corrective-action',
    source: input.source,
    link: input.link,
    snapshot: input.snapshot,
    breachId: input.breachId,
    ...(input.requestId === undefined ? {} : { requestId: input.requestId }),
    problem: input.problem,
    decision: { choice: null, rationale: '' },
    containment: '',
    rootCause: { method: null, statement: '' },
    similarChecked: { checked: false, note: '' },
    actions: [],
    effectiveness: { periodsOnTarget: input.periodsOnTarget, verificationDate: null },
    cancelReason: '',
    override: { evidence: '' },
  });
}

type ImprovementSourced =
  | { source: 'kpi-on-target'; link: KpiLink }
  | { source: 'audit' | 'suggestion' | 'other'; link: CardLink | null };

export function newImprovement(input: ImprovementSourced & { proposal: string; snapshot: KpiSnapshot | null; requestId?: string }): ImprovementRecord {
  return ImprovementRecord.parse({
    schemaVersion: ACTION_RECORD_SCHEMA_VERSION,
    kind: 'improvement',
    source: input.source,
    link: input.link,
    snapshot: input.snapshot,
    ...(input.requestId === undefined ? {} : { requestId: input.requestId }),
    proposal: input.proposal,
    benefit: '',
    rejectReason: '',
    review: '',
  });
}
