import { decideEffectiveness, type GateInput } from '../../../src/core/capa/effectiveness-gate';
import { gateRefusalMessage, gateRefusalText, GATE_UNAVAILABLE_MESSAGE, noKpiMessage } from '../../../src/core/capa/effectiveness-gate-words';
import { periodOfKey } from '../../../src/core/kpi/kpi-period';
import { MEASUREMENT_SCHEMA_VERSION, type KpiMeasurement, type PeriodKind } from '../../../src/core/kpi/kpi-types';
import { generateKpi } from '../../support/card-builders';
import { measurementEntry, nextState } from '../../support/kpi-builders';

// Target ≥ 15 %, warning from 12 %: 16 is on target, 13 a warning, 5 off target.
const kpi = generateKpi();

function measured(kind: PeriodKind, key: string, value: number, at = '2026-06-01T00:00:00.000Z'): KpiMeasurement {
  const period = periodOfKey(kind, key)!;
  return {
    schemaVersion: MEASUREMENT_SCHEMA_VERSION,
    cardId: 'card-1',
    kpiId: kpi.id,
    periodKey: key,
    periodKind: kind,
    periodStart: period.start,
    periodEnd: period.end,
    status: 'current',
    revision: 1,
    current: measurementEntry({ value, at }),
    history: [],
  };
}
const month = (key: string, value: number) => measured('month', key, value);

/** Implemented on 10 March 2026: March is the implementation's period, April the first after it. */
const gate = (overrides: Partial<GateInput>) =>
  decideEffectiveness({
    kpi,
    measurements: [],
    implementedAt: '2026-03-10T12:00:00.000Z',
    timeZone: 'UTC',
    needed: 2,
    verificationDate: null,
    today: '2026-07-15',
    ...overrides,
  });

describe('the effectiveness gate', () => {
  it('refuses with none of the periods after implementation measured, and says which period implementation fell in', () => {
    const decision = gate({ measurements: [month('2026-02', 16), month('2026-03', 16)] });
    expect(decision).toEqual({ pass: false, reason: 'not-enough', onTarget: 0, needed: 2, since: '2026-03', events: false, at: null, verificationDate: null });
    if (decision.pass) throw new Error('passed');
    expect(gateRefusalText(decision, 'en')).toBe('0 of 2 on-target periods since implementation (2026-03).');
    expect(gateRefusalText(decision, 'ru')).toBe('0 из 2 периодов в норме после внедрения (2026-03).');
    expect(gateRefusalMessage(decision, 'ru')).toBe('0 из 2 периодов в норме после внедрения (2026-03). / 0 of 2 on-target periods since implementation (2026-03).');
    expect(gateRefusalMessage(decision, 'en')).toBe('0 of 2 on-target periods since implementation (2026-03).');
  });

  it('passes with exactly N on-target periods after the implementation’s, and refuses one short', () => {
    expect(gate({ measurements: [month('2026-03', 5), month('2026-04', 16), month('2026-05', 17)] })).toEqual({ pass: true, onTarget: 2, needed: 2, since: '2026-03', events: false });
    expect(gate({ measurements: [month('2026-03', 16), month('2026-04', 16)] })).toMatchObject({ pass: false, reason: 'not-enough', onTarget: 1 });
  });

  it('does not count the period implementation happened in, even when it was on target', () => {
    expect(gate({ measurements: [month('2026-03', 16), month('2026-04', 16)], needed: 2 })).toMatchObject({ pass: false, onTarget: 1 });
    // Implemented on the last day of February: March is then after it.
    expect(gate({ measurements: [month('2026-03', 16), month('2026-04', 16)], implementedAt: '2026-02-28T23:00:00.000Z' })).toMatchObject({ pass: true, since: '2026-02' });
  });

  it('cuts the implementation instant in the card’s zone', () => {
    // 31 March 23:30 UTC is already 1 April in Moscow: April is the implementation's period there.
    const measurements = [month('2026-04', 16), month('2026-05', 16)];
    expect(gate({ measurements, implementedAt: '2026-03-31T23:30:00.000Z', timeZone: 'UTC' })).toMatchObject({ pass: true });
    expect(gate({ measurements, implementedAt: '2026-03-31T23:30:00.000Z', timeZone: 'Europe/Moscow' })).toMatchObject({ pass: false, since: '2026-04', onTarget: 1 });
  });

  it('counts only periods that have ended: a value for the running period is provisional', () => {
    const measurements = [month('2026-04', 16), month('2026-05', 16)];
    expect(gate({ measurements, today: '2026-05-31' })).toMatchObject({ pass: false, onTarget: 1 });
    expect(gate({ measurements, today: '2026-06-01' })).toMatchObject({ pass: true });
  });

  it('breaks the run at a missing period and names it', () => {
    const decision = gate({ measurements: [month('2026-04', 16), month('2026-06', 16)] });
    expect(decision).toMatchObject({ pass: false, reason: 'gap', onTarget: 1, at: '2026-05' });
    if (decision.pass) throw new Error('passed');
    expect(gateRefusalText(decision, 'en')).toBe('1 of 2 on-target periods since implementation (2026-03): no value for 2026-05.');
    expect(gateRefusalText(decision, 'ru')).toBe('1 из 2 периодов в норме после внедрения (2026-03): нет значения за 2026-05.');
  });

  it('treats a withdrawn value as missing', () => {
    const withdrawn = nextState(month('2026-05', 16), { action: 'withdrawn', at: '2026-06-10T00:00:00.000Z' });
    expect(gate({ measurements: [month('2026-04', 16), withdrawn, month('2026-06', 16)] })).toMatchObject({ pass: false, reason: 'gap', at: '2026-05' });
  });

  it('counts back from the newest value: periods after it with no value yet are not a gap', () => {
    expect(gate({ measurements: [month('2026-04', 16), month('2026-05', 16)], today: '2026-07-15' })).toMatchObject({ pass: true });
  });

  it('breaks the run at a value off target or in warning, naming the period', () => {
    const off = gate({ measurements: [month('2026-04', 16), month('2026-05', 16), month('2026-06', 5)] });
    expect(off).toMatchObject({ pass: false, reason: 'off-target', onTarget: 0, at: '2026-06' });
    if (off.pass) throw new Error('passed');
    expect(gateRefusalText(off, 'en')).toBe('0 of 2 on-target periods since implementation (2026-03): 2026-06 is not on target.');
    expect(gate({ measurements: [month('2026-04', 16), month('2026-05', 13), month('2026-06', 16)] })).toMatchObject({ pass: false, reason: 'off-target', onTarget: 1, at: '2026-05' });
    // Off target long ago, then N on target: the latest run is what counts.
    expect(gate({ measurements: [month('2026-04', 5), month('2026-05', 16), month('2026-06', 16)] })).toMatchObject({ pass: true });
  });

  it('decides on the values current when it is asked: a correction changes the decision when asked again', () => {
    const may = month('2026-05', 5);
    expect(gate({ measurements: [month('2026-04', 16), may] })).toMatchObject({ pass: false, reason: 'off-target' });
    const corrected = nextState(may, { value: 16, at: '2026-06-20T00:00:00.000Z' });
    expect(gate({ measurements: [month('2026-04', 16), corrected] })).toMatchObject({ pass: true });
    const spoiled = nextState(month('2026-05', 16), { value: 5, at: '2026-08-01T00:00:00.000Z' });
    expect(gate({ measurements: [month('2026-04', 16), spoiled] })).toMatchObject({ pass: false, reason: 'off-target', at: '2026-05' });
  });

  it('refuses a KPI without a readable target: effectiveness cannot be proven without one', () => {
    const vague = generateKpi({ id: kpi.id, target: 'улучшение', targetParsed: undefined, warningThreshold: '', warningParsed: undefined });
    const decision = gate({ kpi: vague, measurements: [month('2026-04', 16), month('2026-05', 16)] });
    expect(decision).toMatchObject({ pass: false, reason: 'no-target' });
    if (decision.pass) throw new Error('passed');
    expect(gateRefusalText(decision, 'en')).toContain('effectiveness cannot be proven without one');
    expect(gateRefusalText(decision, 'ru')).toContain('без цели результативность не доказать');
  });

  it('refuses when the issue’s history shows no implementation', () => {
    expect(gate({ implementedAt: null, measurements: [month('2026-04', 16), month('2026-05', 16)] })).toMatchObject({ pass: false, reason: 'no-implementation', since: null });
  });

  it('refuses before the verification date however good the values, and passes on it', () => {
    const measurements = [month('2026-04', 16), month('2026-05', 16)];
    const early = gate({ measurements, verificationDate: '2026-08-01' });
    expect(early).toMatchObject({ pass: false, reason: 'before-verification', onTarget: 2, verificationDate: '2026-08-01' });
    if (early.pass) throw new Error('passed');
    expect(gateRefusalText(early, 'en')).toBe('Effectiveness is verified on or after 2026-08-01; 2 of 2 on-target periods since implementation (2026-03).');
    expect(gate({ measurements, verificationDate: '2026-07-15' })).toMatchObject({ pass: true });
  });

  it('honours N from the record: one period, or more than the values reach', () => {
    const measurements = [month('2026-04', 16), month('2026-05', 16), month('2026-06', 16)];
    const one = gate({ measurements: measurements.slice(0, 1), needed: 1 });
    expect(one).toMatchObject({ pass: true, onTarget: 1, needed: 1 });
    const four = gate({ measurements, needed: 4 });
    expect(four).toMatchObject({ pass: false, reason: 'not-enough', onTarget: 3, needed: 4 });
    const twentyOne = gate({ measurements, needed: 21 });
    if (twentyOne.pass || four.pass) throw new Error('passed');
    expect(gateRefusalText(twentyOne, 'ru')).toBe('3 из 21 периода в норме после внедрения (2026-03).');
    expect(gateRefusalText(gate({ measurements: [], needed: 1 }) as never, 'en')).toBe('0 of 1 on-target period since implementation (2026-03).');
  });

  it('counts quarters for a quarterly KPI', () => {
    const quarterly = generateKpi({ id: kpi.id, frequency: 'ежеквартально', frequencyCode: 'quarterly' });
    const measurements = [measured('quarter', '2026-Q1', 16), measured('quarter', '2026-Q2', 16), measured('quarter', '2026-Q3', 16)];
    expect(decideEffectiveness({ kpi: quarterly, measurements, implementedAt: '2026-02-01T00:00:00.000Z', timeZone: 'UTC', needed: 2, verificationDate: null, today: '2026-10-02' })).toMatchObject({ pass: true, since: '2026-Q1' });
    expect(decideEffectiveness({ kpi: quarterly, measurements, implementedAt: '2026-04-01T00:00:00.000Z', timeZone: 'UTC', needed: 2, verificationDate: null, today: '2026-10-02' })).toMatchObject({ pass: false, onTarget: 1, since: '2026-Q2' });
  });

  describe('a per-event KPI', () => {
    const perEvent = generateKpi({ id: kpi.id, frequency: 'по событию', frequencyCode: 'per-event' });
    const event = (date: string, suffix: string, value: number, at = `${date}T10:00:00.000Z`) => measured('event', `E${date}.${suffix}`, value, at);
    const decide = (measurements: KpiMeasurement[], needed = 2) =>
      decideEffectiveness({ kpi: perEvent, measurements, implementedAt: '2026-03-10T12:00:00.000Z', timeZone: 'UTC', needed, verificationDate: null, today: '2026-07-15' });

    it('passes when the latest N events after the implementation day are on target', () => {
      expect(decide([event('2026-03-01', 'a', 5), event('2026-04-02', 'b', 16), event('2026-05-02', 'c', 16)])).toEqual({ pass: true, onTarget: 2, needed: 2, since: '2026-03-10', events: true });
    });

    it('does not count an event on the implementation day, and refuses on the newest off target', () => {
      const refused = decide([event('2026-03-10', 'a', 16), event('2026-04-02', 'b', 16)]);
      expect(refused).toMatchObject({ pass: false, reason: 'not-enough', onTarget: 1, since: '2026-03-10' });
      if (refused.pass) throw new Error('passed');
      expect(gateRefusalText(refused, 'en')).toBe('1 of 2 on-target events since implementation (2026-03-10).');
      expect(gateRefusalText(refused, 'ru')).toBe('1 из 2 событий в норме после внедрения (2026-03-10).');
      expect(decide([event('2026-04-02', 'b', 16), event('2026-05-02', 'c', 16), event('2026-05-02', 'd', 5, '2026-05-02T11:00:00.000Z')])).toMatchObject({
        pass: false,
        reason: 'off-target',
        at: 'E2026-05-02.d',
      });
    });
  });

  it('has the words for an action without a KPI and for a gate that could not decide, in both languages', () => {
    expect(noKpiMessage()).toMatch(/^The issue’s Process Cards record names no KPI.* \/ Запись Process Cards в задаче/);
    expect(GATE_UNAVAILABLE_MESSAGE).toBe('Could not check the KPI, try again. / Не удалось проверить показатель, попробуйте ещё раз.');
  });
});
