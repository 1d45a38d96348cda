import type { SectionKey } from './process-card';

/**
 * Where each section stands in a card as a document: its number and heading level, in the
 * order of ISO 9001 process cards (the seed's order). The macro and the PDF/Word export both
 * follow it, so the two always number a section the same way.
 */
export const CARD_OUTLINE = {
  purpose: { number: '1', level: 2 },
  scope: { number: '2', level: 2 },
  terms: { number: '3', level: 2 },
  abbreviations: { number: '4', level: 2 },
  responsibility: { number: '5', level: 2 },
  description: { number: '6', level: 2 },
  inputs: { number: '6.1', level: 3 },
  outputs: { number: '6.2', level: 3 },
  resources: { number: '6.3', level: 3 },
  flowchart: { number: '6.4', level: 3 },
  managementActions: { number: '6.5', level: 3 },
  improvement: { number: '6.6', level: 3 },
  kpis: { number: '6.7', level: 3 },
  distribution: { number: '7', level: 2 },
} as const satisfies Record<Exclude<SectionKey, 'approval'> | 'description', { number: string; level: 2 | 3 }>;

export type OutlineKey = keyof typeof CARD_OUTLINE;
