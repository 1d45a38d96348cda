import { kpiTrend } from '../../../src/core/kpi/kpi-trend';

const values = (...list: number[]) => list.map((value) => ({ value }));

describe('kpiTrend', () => {
  it.each([
    [[1, 2, 3], 'higher', 'improving'],
    [[1, 2, 3], 'lower', 'worsening'],
    [[3, 2, 1], 'higher', 'worsening'],
    [[-10, -20, -30], 'lower', 'improving'],
    [[90, 80, 95, 85, 99], 'higher', 'improving'],
    [[100, 102, 104], 'higher', 'improving'],
    [[100, 101, 102, 103], 'higher', 'flat'],
    [[100, 100.5, 101], 'lower', 'flat'],
    [[5, 5, 5, 5], 'higher', 'flat'],
    [[0, 0, 0], 'higher', 'flat'],
    [[-1, 0, 1], 'higher', 'improving'],
  ] as const)('%j, %s is better → %s', (list, direction, expected) => {
    expect(kpiTrend(values(...list), direction)).toBe(expected);
  });

  it('needs three points and a direction', () => {
    expect(kpiTrend(values(1, 100), 'higher')).toBe('unknown');
    expect(kpiTrend([], 'lower')).toBe('unknown');
    expect(kpiTrend(values(1, 2, 3), null)).toBe('unknown');
  });

  it('draws the line through all the points, not the ends only', () => {
    // The ends alone rise; the least-squares line falls.
    expect(kpiTrend(values(10, 30, 28, 8, 6, 12), 'higher')).toBe('worsening');
  });
});
