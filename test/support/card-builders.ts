import { emptyCardContent, unsavedCard } from '../../src/core/card/empty-card';
import type { CardContent, Kpi, ProcessCard } from '../../src/core/card/process-card';

let counter = 0;

/** A valid unsaved card; override any content field. */
export function generateCard(overrides: Partial<CardContent> = {}, id?: string): ProcessCard {
  counter += 1;
  const content: CardContent = {
    ...emptyCardContent('ru', `Процесс ${counter}`),
    responsibility: { ownerRole: 'Руководитель отдела маркетинга', text: 'Владелец процесса отвечает за результат.' },
    inputs: [{ id: 'in-1', name: 'Маркетинговый бюджет', requirements: 'Утвержден', supplier: 'Финансовый департамент' }],
    ...overrides,
  };
  return unsavedCard(id ?? `card-test-${counter}`, content);
}

export const placed = (card: ProcessCard, spaceId: string, pageId: string): ProcessCard => ({
  ...card,
  location: { spaceId, pageId },
});

/** A KPI as the importer would have read it; override any field. */
export function generateKpi(overrides: Partial<Kpi> = {}): Kpi {
  counter += 1;
  return {
    id: `kpi-${counter}`,
    name: 'Конверсия лидов в клиентов, %',
    formula: 'новые клиенты / квалифицированные лиды × 100',
    unit: '%',
    direction: 'higher',
    target: '≥ 15 %',
    targetParsed: { comparator: '>=', value: 15, unit: '%' },
    warningThreshold: '12 %',
    warningParsed: { comparator: '=', value: 12, unit: '%' },
    frequency: 'ежемесячно',
    frequencyCode: 'monthly',
    owner: 'Руководитель отдела маркетинга',
    dataSource: 'CRM',
    ...overrides,
  };
}
