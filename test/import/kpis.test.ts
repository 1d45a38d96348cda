import { directionOf, parseBound } from '../../src/core/import/parse-bound';
import { parseFrequency } from '../../src/core/import/parse-frequency';
import { importOne } from './import-helpers';

describe('targets and thresholds', () => {
  it.each([
    ['≥ 95%', { comparator: '>=', value: 95, unit: '%' }],
    ['>= 95 %', { comparator: '>=', value: 95, unit: '%' }],
    ['не менее 90 %', { comparator: '>=', value: 90, unit: '%' }],
    ['не более 5 дней', { comparator: '<=', value: 5, unit: 'дней' }],
    ['≤ 2,5 %', { comparator: '<=', value: 2.5, unit: '%' }],
    ['< 3', { comparator: '<', value: 3, unit: '' }],
    ['> 0', { comparator: '>', value: 0, unit: '' }],
    ['95–102 %', { comparator: 'range', value: 95, max: 102, unit: '%' }],
    ['от 10 до 20 шт.', { comparator: 'range', value: 10, max: 20, unit: 'шт' }],
    ['LTV:CAC ≥ 3', { comparator: '>=', value: 3, unit: '' }],
    ['≥ 10 %/year', { comparator: '>=', value: 10, unit: '%/year' }],
    ['at least 1 000 units', { comparator: '>=', value: 1000, unit: 'units' }],
    ['100 %', { comparator: '=', value: 100, unit: '%' }],
  ])('reads «%s»', (text, bound) => {
    expect(parseBound(text)).toEqual(bound);
  });

  it('gives up on text without a number', () => {
    expect(parseBound('по плану')).toBeUndefined();
    expect(parseBound('')).toBeUndefined();
  });

  it('tells the better direction from the comparator', () => {
    expect(directionOf(parseBound('≥ 95%'))).toBe('higher');
    expect(directionOf(parseBound('≤ 1 %'))).toBe('lower');
    expect(directionOf(parseBound('95–102 %'))).toBeNull();
  });

  it.each([
    ['ежемесячно', 'monthly'],
    ['Ежеквартально', 'quarterly'],
    ['раз в полгода', 'half-yearly'],
    ['1 раз в год', 'yearly'],
    ['ежегодно', 'yearly'],
    ['weekly', 'weekly'],
    ['semi-annually', 'half-yearly'],
    ['по каждой кампании', 'per-event'],
  ])('reads the frequency «%s»', (text, code) => {
    expect(parseFrequency(text)).toBe(code);
  });

  it('leaves an unknown frequency without a code', () => {
    expect(parseFrequency('по согласованию')).toBeUndefined();
  });
});

describe('the KPI section', () => {
  it('reads a KPI table by header text and keeps every value as written', () => {
    const { content, warnings } = importOne(
      '## 6.7 Критерии результативности процесса\n' +
        '| Периодичность | Наименование показателя | Целевое значение | Пороговое значение | Ответственный | Источник данных | Формула | Ед. изм. | Направление |\n' +
        '|---|---|---|---|---|---|---|---|---|\n' +
        '| ежемесячно | Доля заказов в срок | ≥ 95% | < 90% | Начальник склада | ERP | в срок / все × 100 | % | выше – лучше |\n' +
        '| ежеквартально | Число рекламаций | не более 3 | 2 | Менеджер по качеству | Журнал рекламаций | количество | шт. | |',
    );
    expect(warnings).toEqual([]);
    expect(content.kpis[0]).toEqual({
      id: 'kpi-1',
      name: 'Доля заказов в срок',
      formula: 'в срок / все × 100',
      unit: '%',
      direction: 'higher',
      target: '≥ 95%',
      targetParsed: { comparator: '>=', value: 95, unit: '%' },
      warningThreshold: '< 90%',
      warningParsed: { comparator: '<', value: 90, unit: '%' },
      frequency: 'ежемесячно',
      frequencyCode: 'monthly',
      owner: 'Начальник склада',
      dataSource: 'ERP',
    });
    expect(content.kpis[1]).toMatchObject({ target: 'не более 3', direction: 'lower', frequencyCode: 'quarterly', unit: 'шт.' });
  });

  it('reads KPIs given as a list of names', () => {
    const { content } = importOne('## KPIs\n- On-time delivery\n- Customer satisfaction');
    expect(content.kpis.map((kpi) => [kpi.id, kpi.name, kpi.target, kpi.direction])).toEqual([
      ['kpi-1', 'On-time delivery', '', null],
      ['kpi-2', 'Customer satisfaction', '', null],
    ]);
  });
});
