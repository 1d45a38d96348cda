import type Resolver from '@forge/resolver';
import { ACTION_RESOLVER_KEYS, ListActionsPayload, RaiseActionPayload, RepairLinksPayload } from '../../contracts/action-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { macroContextFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';

/** The macro's Jira functions: raising a corrective action or improvement from a KPI, the card's linked actions, and repairing their links to the page. */
export function defineActionResolvers(resolver: Resolver, useCases: AppUseCases, logger: Logger): void {
  const { raiseAction, listActions, repairLinks } = ACTION_RESOLVER_KEYS;

  resolver.define(raiseAction, ({ payload, context }) =>
    runResolver(raiseAction, logger, async () => useCases.actions.raise(macroContextFrom(context), parsePayload(RaiseActionPayload, payload))),
  );
  resolver.define(listActions, ({ payload, context }) =>
    runResolver(listActions, logger, async () => useCases.actions.list(macroContextFrom(context), parsePayload(ListActionsPayload, payload))),
  );
  resolver.define(repairLinks, ({ payload, context }) =>
    runResolver(repairLinks, logger, async () => useCases.actions.repairLinks(macroContextFrom(context), parsePayload(RepairLinksPayload, payload))),
  );
}
