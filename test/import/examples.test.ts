import type { CardContent } from '../../src/core/card/process-card';
import { importOne, readExample } from './import-helpers';

function expectEverySectionFilled(content: CardContent): void {
  expect(content.title).not.toBe('');
  expect(content.document.code).not.toBe('');
  expect(content.document.revision).not.toBe('');
  expect(content.approval.marker).not.toBe('');
  expect(content.approval.approverName).not.toBe('');
  expect(content.approval.approverPosition).not.toBe('');
  expect(content.approval.dateIso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(content.purpose.card).not.toBe('');
  expect(content.purpose.process).not.toBe('');
  expect(content.scope).not.toBe('');
  expect(content.terms.length).toBeGreaterThan(0);
  expect(content.abbreviations.length).toBeGreaterThan(0);
  expect(content.responsibility.ownerRole).not.toBe('');
  expect(content.responsibility.text).not.toBe('');
  expect(content.inputs.length).toBeGreaterThanOrEqual(4);
  expect(content.outputs.length).toBeGreaterThanOrEqual(4);
  for (const input of content.inputs) expect(input.supplier).not.toBe('');
  for (const output of content.outputs) expect(output.consumer).not.toBe('');
  expect(content.resources.length).toBeGreaterThan(0);
  expect(content.flowchart.steps.length).toBeGreaterThanOrEqual(8);
  expect(content.flowchart.steps.length).toBeLessThanOrEqual(12);
  for (const step of content.flowchart.steps) expect(step.role).not.toBe('');
  expect(content.flowchart.steps.some((step) => step.kind === 'decision' && step.next.length === 2)).toBe(true);
  expect(content.managementActions.length).toBeGreaterThan(0);
  expect(content.improvement).not.toBe('');
  expect(content.kpis.length).toBeGreaterThan(0);
  for (const kpi of content.kpis) {
    for (const field of ['name', 'formula', 'unit', 'target', 'warningThreshold', 'frequency', 'owner', 'dataSource'] as const) {
      expect(kpi[field]).not.toBe('');
    }
    expect(kpi.targetParsed).toBeDefined();
    expect(kpi.frequencyCode).toBeDefined();
  }
  expect(content.distribution.length).toBeGreaterThan(0);
  for (const entry of content.distribution) expect(entry.copyNumber).not.toBe('');
  expect(content.sectionNotes).toEqual({});
}

describe('the example cards of the workbench', () => {
  it('imports the Russian marketing card with every section filled and no warnings', () => {
    const { content, warnings } = importOne(readExample('marketing.ru.md'));
    expect(warnings).toEqual([]);
    expectEverySectionFilled(content);
    expect(content.language).toBe('ru');
    expect(content.title).toBe('Привлечение клиентов и маркетинг');
    expect(content.document).toEqual({ code: 'КП-СМК-07', revision: 'Редакция 2' });
    expect(content.approval).toEqual({
      marker: 'УТВЕРЖДАЮ',
      approverName: 'А. С. Ахметов',
      approverPosition: 'Генеральный директор ТОО «Пример Трейд»',
      date: '«12» марта 2025 г.',
      dateIso: '2025-03-12',
    });
    expect(content.kpis).toHaveLength(7);
    const budget = content.kpis.find((kpi) => kpi.name === 'Освоение маркетингового бюджета')!;
    expect(budget.targetParsed).toEqual({ comparator: 'range', value: 95, max: 102, unit: '%' });
    expect(content.kpis.find((kpi) => kpi.name === 'ROMI кампании')!.frequencyCode).toBe('per-event');
    expect(content.kpis.find((kpi) => kpi.name.includes('NPS'))!.frequencyCode).toBe('half-yearly');
  });

  it('imports the English purchasing card with every section filled and no warnings', () => {
    const { content, warnings } = importOne(readExample('purchasing.en.md'));
    expect(warnings).toEqual([]);
    expectEverySectionFilled(content);
    expect(content.language).toBe('en');
    expect(content.title).toBe('Purchasing of Goods and Services');
    expect(content.approval).toMatchObject({ marker: 'Approved by', approverName: 'Jane Smith', dateIso: '2025-06-02' });
    const decision = content.flowchart.steps.find((step) => step.label === 'Is the supplier on the approved list?')!;
    expect(decision.next.map((link) => link.label)).toEqual(['yes', 'no']);
  });
});
