import type { ProcessCard } from './process-card';
import type { CardSummary } from '../ports/card-store';

export function summariseCard(card: ProcessCard): CardSummary {
  return {
    id: card.id,
    title: card.content.title,
    version: card.version,
    status: card.status,
    ownerRole: card.content.responsibility.ownerRole,
    location: card.location,
    updatedAt: card.updatedAt,
  };
}
