import { fromIssueProperty, toIssueProperty } from '../../../src/core/capa/action-property';
import {
  ActionRecord,
  CorrectiveActionRecord,
  ImprovementRecord,
  ISSUE_PROPERTY_MAX_CHARS,
  RECORD_LIMITS,
  newCorrectiveAction,
  storedLength,
} from '../../../src/core/capa/ca-record';
import { partsOfKind } from '../../../src/core/capa/record-requirements';
import { LONGEST_NUMBER, completeAction, largestAction, largestImprovement, link, proposedImprovement, raisedAction, snapshot } from './capa-builders';

const valid = (value: unknown) => ActionRecord.safeParse(value).success;

/** The stored property at its largest: the record, and every part of its kind claimed present. */
const largestProperty = (record: ActionRecord) => JSON.stringify({ ...record, presentParts: partsOfKind(record.kind) });

describe('the action record’s size', () => {
  it('uses the longest number JSON has for the snapshot’s values', () => {
    for (const candidate of [-1.7976931348623157e308, -2.2250738585072014e-308, -0.000009876543210987654, -123456789012345680000, LONGEST_NUMBER]) {
      expect(JSON.stringify(candidate).length).toBeLessThanOrEqual(JSON.stringify(LONGEST_NUMBER).length);
    }
  });

  it.each([
    ['corrective action', largestAction()],
    ['improvement', largestImprovement()],
  ])('stays under Jira’s 32,768-character property limit for the largest valid %s', (_name, record) => {
    expect(ActionRecord.safeParse(record).error).toBeUndefined();
    const stored = largestProperty(record);
    expect(stored.length).toBeGreaterThanOrEqual(JSON.stringify(toIssueProperty(record)).length);
    expect(stored.length).toBeLessThanOrEqual(ISSUE_PROPERTY_MAX_CHARS);
    // Every text is Cyrillic: the bytes, which Jira may be counting, stay under the limit too.
    expect(new TextEncoder().encode(stored).length).toBeLessThanOrEqual(ISSUE_PROPERTY_MAX_CHARS);
  });

  it('refuses to write a property over 32,768 bytes, naming its size, before any request', () => {
    const record = largestAction();
    record.snapshot!.name = 'я'.repeat(5000);
    expect(() => toIssueProperty(record)).toThrow(expect.objectContaining({ code: 'TOO_LARGE', reason: 'action-record' }));
  });

  it('is bounded in every text and list: one more and the record is refused', () => {
    const largest = largestAction();
    const over: Array<(record: CorrectiveActionRecord) => void> = [
      (r) => (r.problem += 'я'),
      (r) => (r.decision.rationale += 'я'),
      (r) => (r.containment += 'я'),
      (r) => (r.rootCause.statement += 'я'),
      (r) => (r.similarChecked.note += 'я'),
      (r) => (r.cancelReason += 'я'),
      (r) => (r.override.evidence += 'я'),
      (r) => (r.actions[0]!.text += 'я'),
      (r) => r.actions.push({ ...r.actions[0]! }),
      (r) => (r.snapshot!.name += 'я'),
      (r) => (r.snapshot!.target += 'я'),
      (r) => (r.snapshot!.unit += 'я'),
      (r) => r.snapshot!.values.push({ periodKey: '2026-04', value: 1 }),
      (r) => (r.link!.pageId += '9'),
      (r) => (r.effectiveness.periodsOnTarget += 1),
    ];
    for (const change of over) {
      const record = structuredClone(largest);
      change(record);
      expect(valid(record)).toBe(false);
    }
    const improvement = largestImprovement();
    for (const key of ['proposal', 'benefit', 'rejectReason', 'review'] as const) expect(valid({ ...improvement, [key]: improvement[key] + 'я' })).toBe(false);
  });

  it('counts a text as stored: a quote takes two characters, a control character six', () => {
    expect(storedLength('ab')).toBe(2);
    expect(storedLength('"')).toBe(2);
    expect(storedLength('\n')).toBe(2);
    expect(storedLength('\u0001')).toBe(6);
    expect(storedLength('Проблема')).toBe(8);
    const max = RECORD_LIMITS.problem;
    expect(valid({ ...raisedAction(), problem: '"'.repeat(max / 2) })).toBe(true);
    expect(valid({ ...raisedAction(), problem: '"'.repeat(max / 2 + 1) })).toBe(false);
    expect(valid({ ...raisedAction(), problem: '\u0001'.repeat(Math.floor(max / 6) + 1) })).toBe(false);
  });
});

describe('the corrective action record', () => {
  it('is created with the problem and everything after it still to fill in', () => {
    expect(raisedAction()).toEqual({
      schemaVersion: 1,
      kind: 'corrective-action',
      source: 'kpi-breach',
      link,
      snapshot,
      breachId: 'breach-1',
      problem: 'Repeat contacts above 2 % for 3 months',
      decision: { choice: null, rationale: '' },
      containment: '',
      rootCause: { method: null, statement: '' },
      similarChecked: { checked: false, note: '' },
      actions: [],
      effectiveness: { periodsOnTarget: 3, verificationDate: null },
      cancelReason: '',
      override: { evidence: '' },
    });
    expect(valid(completeAction())).toBe(true);
  });

  it('reads a record written before the override needed evidence as one without it', () => {
    const { override: _written, ...before } = completeAction();
    expect(CorrectiveActionRecord.parse(before).override).toEqual({ evidence: '' });
    expect(valid({ ...completeAction(), override: { evidence: 7 } })).toBe(false);
    expect(valid({ ...completeAction(), override: null })).toBe(false);
  });

  it('requires the KPI link for a KPI breach, and only a card link, if any, for other sources', () => {
    const base = raisedAction();
    expect(valid({ ...base, link: null })).toBe(false);
    expect(valid({ ...base, link: { ...link, kpiId: null } })).toBe(false);
    expect(valid({ ...base, link: { cardId: 'card-1', pageId: '1' } })).toBe(false);
    for (const source of ['audit', 'complaint', 'other']) {
      expect(valid({ ...base, source, link: null })).toBe(true);
      expect(valid({ ...base, source, link: { ...link, kpiId: null } })).toBe(true);
      expect(valid({ ...base, source, link })).toBe(true);
    }
    expect(valid({ ...base, source: 'kpi-on-target' })).toBe(false);
    expect(valid({ ...base, source: 'whim' })).toBe(false);
    // The constructor takes the same rule: a breach without its KPI link is no record.
    expect(() =>
      newCorrectiveAction({ source: 'kpi-breach', link: null as never, problem: '', snapshot: null, breachId: null, periodsOnTarget: 3 }),
    ).toThrow();
  });

  it('takes only the choices ISO’s steps have', () => {
    const base = completeAction();
    expect(valid({ ...base, decision: { ...base.decision, choice: 'maybe' } })).toBe(false);
    expect(valid({ ...base, rootCause: { ...base.rootCause, method: 'fishbone' } })).toBe(false);
    for (const method of ['5-why', 'ishikawa', 'other', null]) expect(valid({ ...base, rootCause: { ...base.rootCause, method } })).toBe(true);
  });

  it('takes actions with a calendar due date and an Atlassian account (or none yet)', () => {
    const base = completeAction();
    const withAction = (change: object) => valid({ ...base, actions: [{ ...base.actions[0]!, ...change }] });
    expect(withAction({ dueDate: '2026-02-30' })).toBe(false);
    expect(withAction({ dueDate: '01.04.2026' })).toBe(false);
    expect(withAction({ dueDate: null })).toBe(true);
    expect(withAction({ ownerAccountId: '' })).toBe(true);
    expect(withAction({ ownerAccountId: 'not an id' })).toBe(false);
    expect(withAction({ done: 'yes' })).toBe(false);
    expect(withAction({ id: '' })).toBe(false);
  });

  it('needs at least one period on target, a whole number', () => {
    const base = completeAction();
    for (const [periods, ok] of [
      [0, false],
      [1, true],
      [1.5, false],
      [RECORD_LIMITS.periodsOnTarget, true],
    ] as const) {
      expect([periods, valid({ ...base, effectiveness: { ...base.effectiveness, periodsOnTarget: periods } })]).toEqual([periods, ok]);
    }
  });

  it('is schema version 1, and refuses another', () => {
    expect(valid({ ...completeAction(), schemaVersion: 2 })).toBe(false);
  });
});

describe('the improvement record', () => {
  it('requires the KPI link when a KPI proposed it', () => {
    const base = proposedImprovement();
    expect(ImprovementRecord.safeParse(base).success).toBe(true);
    expect(valid({ ...base, link: null })).toBe(false);
    for (const source of ['audit', 'suggestion', 'other']) expect(valid({ ...base, source, link: null })).toBe(true);
    expect(valid({ ...base, source: 'kpi-breach' })).toBe(false);
  });

  it('is told from a corrective action by its kind', () => {
    expect(valid({ ...proposedImprovement(), kind: 'corrective-action' })).toBe(false);
    expect(valid({ ...completeAction(), kind: 'improvement' })).toBe(false);
    expect(ActionRecord.parse(proposedImprovement()).kind).toBe('improvement');
  });
});

describe('the issue property', () => {
  it('carries the record and the parts present; reading it back drops the claim and keeps the record', () => {
    const stored = toIssueProperty(raisedAction());
    expect(stored.presentParts).toEqual(['source', 'link', 'problem']);
    expect(fromIssueProperty(JSON.parse(JSON.stringify(stored)))).toEqual(raisedAction());
  });

  it('reads as no record when it is not the app’s', () => {
    expect(fromIssueProperty(undefined)).toBeNull();
    expect(fromIssueProperty({ hello: 'world' })).toBeNull();
    expect(fromIssueProperty({ ...raisedAction(), schemaVersion: 2 })).toBeNull();
  });
});
