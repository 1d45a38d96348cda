import Resolver from '@forge/resolver';
import { ACTION_PANEL_RESOLVER_KEYS, ActionPanelViewPayload } from '../../contracts/action-panel-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { parsePayload, runResolver } from '../run-resolver';
import { issuePanelInputFrom } from './issue-panel-context';

/**
 * The `jira:issuePanel` module's functions. Jira shows the panel only on issues the viewer may
 * browse, and the record is read as them all the same; the card's page is checked in Confluence
 * as them before anything of the card is shown.
 */
export function defineActionPanelResolvers(useCases: AppUseCases, logger: Logger): Resolver {
  const resolver = new Resolver();
  const { view } = ACTION_PANEL_RESOLVER_KEYS;

  resolver.define(view, ({ payload, context }) =>
    runResolver(view, logger, async () => {
      parsePayload(ActionPanelViewPayload, payload);
      return useCases.actionPanel(issuePanelInputFrom(context));
    }),
  );

  return resolver;
}
