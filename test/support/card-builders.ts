import { emptyCardContent, unsavedCard } from '../../src/core/card/empty-card';
import type { CardContent, ProcessCard } from '../../src/core/card/process-card';

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
