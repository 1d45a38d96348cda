import type Resolver from '@forge/resolver';
import { GetCardJiraSettingsPayload, JIRA_SETTINGS_RESOLVER_KEYS, SaveCardJiraSettingsPayload } from '../../contracts/jira-settings-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { macroContextFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';

/** The macro's functions for the Jira part of a card's settings: its project and automatic raising. */
export function defineJiraSettingsResolvers(resolver: Resolver, useCases: AppUseCases, logger: Logger): void {
  const { getCardJiraSettings, saveCardJiraSettings } = JIRA_SETTINGS_RESOLVER_KEYS;

  resolver.define(getCardJiraSettings, ({ payload, context }) =>
    runResolver(getCardJiraSettings, logger, async () => useCases.cardJiraSettings.get(macroContextFrom(context), parsePayload(GetCardJiraSettingsPayload, payload))),
  );
  resolver.define(saveCardJiraSettings, ({ payload, context }) =>
    runResolver(saveCardJiraSettings, logger, async () => useCases.cardJiraSettings.save(macroContextFrom(context), parsePayload(SaveCardJiraSettingsPayload, payload))),
  );
}
