import { WorkflowValidatorPayload, type WorkflowValidatorResult } from '../../contracts/gate-contracts';
import { GATE_UNAVAILABLE_MESSAGE } from '../../core/capa/effectiveness-gate-words';
import type { Logger } from '../../core/ports/logger';
import type { AppUseCases } from '../compose-use-cases';

/**
 * The `jira:workflowValidator` function `effectiveness-gate` on "Close as effective". Jira calls
 * it with no user worth trusting for what it reads (the reads are the app's), so there is no
 * actor and no permission to check: it parses the payload and asks the gate. A payload it cannot
 * read refuses, as every failure does.
 */
export function defineEffectivenessGate(useCases: AppUseCases, logger: Logger) {
  return async (payload: unknown): Promise<WorkflowValidatorResult> => {
    const parsed = WorkflowValidatorPayload.safeParse(payload);
    if (!parsed.success) {
      logger.error('The effectiveness gate refused a transition it could not read', { issue: parsed.error.issues[0]?.message ?? '', at: parsed.error.issues[0]?.path.join('.') ?? '' });
      return { result: false, errorMessage: GATE_UNAVAILABLE_MESSAGE };
    }
    return useCases.effectivenessGate({ issueKey: parsed.data.issue.key, fromStatusId: parsed.data.transition.from.id });
  };
}
