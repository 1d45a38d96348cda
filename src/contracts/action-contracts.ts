import { z } from 'zod';
import { CardId, ItemId } from '../core/card/process-card';
import { RECORD_LIMITS, storedLength } from '../core/capa/ca-record';

export type { ActionCountsReason, CardActionsView, LinkedActionView, LinkedActionsResult, RaiseActionResult, RepairLinksResult } from '../core/results/action-results';

/** The macro's functions for corrective actions and improvements in Jira (the macro module's resolver). */
export const ACTION_RESOLVER_KEYS = {
  raiseAction: 'action/raise',
  listActions: 'action/list',
  repairLinks: 'action/repair-links',
} as const;

/** Jira refuses a summary of 255 characters or more. */
export const MAX_ACTION_SUMMARY_LENGTH = 254;
/** What the record keeps of the problem (a corrective action) or the proposal (an improvement), as stored. */
export const MAX_ACTION_TEXT_STORED = Math.min(RECORD_LIMITS.problem, RECORD_LIMITS.proposal);

export const RaiseActionPayload = z
  .object({
    cardId: CardId,
    kpiId: ItemId,
    kind: z.enum(['corrective-action', 'improvement']),
    summary: z.string().trim().min(1, 'give the issue a summary').max(MAX_ACTION_SUMMARY_LENGTH),
    problem: z
      .string()
      .trim()
      .min(1, 'say what went wrong, or what is proposed')
      .refine((text) => storedLength(text) <= MAX_ACTION_TEXT_STORED, { message: `at most ${MAX_ACTION_TEXT_STORED} characters` }),
    requestId: z.uuid('a request id is a UUID'),
  })
  .strict();

export const ListActionsPayload = z.object({ cardId: CardId }).strict();

export const RepairLinksPayload = z.object({ cardId: CardId }).strict();
