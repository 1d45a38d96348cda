import { z } from 'zod';
import { ProcessCard } from './process-card';

/**
 * The card as a JSON Schema, for people and tools outside TypeScript (exports, integrations).
 * `schema/process-card.schema.json` is generated from this; a test keeps the file current.
 */
export function cardJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ProcessCard, { target: 'draft-2020-12', io: 'output' }),
    $id: 'https://process-cards.app/schema/process-card.schema.json',
    title: 'ISO 9001 process card',
  };
}
