import { z } from 'zod';
import { CardContent, CardLanguage } from '../core/card/process-card';
import type { ProcessCard } from '../core/card/process-card';
import type { FlowchartLayout } from '../core/flowchart/flowchart-layout';
import type { CardSummary } from '../core/ports/card-store';
import type { ErrorCode, ErrorDetail, ErrorParams, ErrorReason } from '../core/errors';
import type { ImportWarning } from '../core/import/import-warning';

/**
 * The contract between the macro UI and the resolver: function keys, payload
 * schemas (parsed on the server) and result types (imported type-only by the UI,
 * so no zod is bundled there).
 */

export const RESOLVER_KEYS = {
  getCardForMacro: 'card/get-for-macro',
  importCard: 'card/import',
  createBlankCard: 'card/create-blank',
  listCards: 'card/list',
} as const;

export type ResolverKey = (typeof RESOLVER_KEYS)[keyof typeof RESOLVER_KEYS];

/** 1 MB of text is far beyond any real card document and well under Forge's payload limits. */
export const MAX_IMPORT_TEXT = 1_000_000;

export const GetCardForMacroPayload = z.object({}).strict();

export const ImportCardPayload = z
  .object({
    text: z.string().trim().min(1, 'paste the text of a card').max(MAX_IMPORT_TEXT),
    language: CardLanguage.optional(),
  })
  .strict();

export const CreateBlankCardPayload = z
  .object({
    title: z.string().trim().min(1, 'a card needs a title').max(2000),
    language: CardLanguage,
  })
  .strict();

export const ListCardsPayload = z
  .object({
    spaceId: z.string().max(100).optional(),
    cursor: z.string().max(2000).optional(),
  })
  .strict();

export { CardContent };

/** What the macro shows: the card and its flowchart, laid out on the server. */
export interface CardView {
  card: ProcessCard;
  flowchart: FlowchartLayout | null;
}

export interface MacroCardResult {
  /** How the macro found its card: from its config, from its localId binding, or not at all. */
  binding: 'config' | 'local-id' | 'none';
  view: CardView | null;
}

export interface ImportCardResult {
  view: CardView;
  /** Ids of every card the document described; the first is bound to the macro. */
  cardIds: string[];
  warnings: ImportWarning[];
}

export interface ListCardsResult {
  items: CardSummary[];
  cursor: string | null;
}

/**
 * An expected failure: the UI words `code` + `reason` with `params` in the reader's language; `message`
 * is English for logs and is never shown, except `details` of a VALIDATION error beside their fields.
 */
export interface ResolverError {
  code: ErrorCode;
  reason?: ErrorReason;
  message: string;
  params?: ErrorParams;
  details?: ErrorDetail[];
}

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };
