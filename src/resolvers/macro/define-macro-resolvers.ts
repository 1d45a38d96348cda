import Resolver from '@forge/resolver';
import {
  assertImportRequestFits,
  CreateBlankCardPayload,
  GetCardForMacroPayload,
  ImportCardPayload,
  ListCardsPayload,
  GetCardSettingsPayload,
  SaveRoleMappingPayload,
  SearchDirectoryPayload,
  RESOLVER_KEYS,
} from '../../contracts/resolver-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { actorFrom, macroContextFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';
import { defineKpiResolvers } from './define-kpi-resolvers';
import { defineActionResolvers } from './define-action-resolvers';
import { defineJiraSettingsResolvers } from './define-jira-settings-resolvers';

/**
 * The macro module's functions (the macro and its config dialog share the module's resolver).
 * Each: check the size, parse the payload, read identity from the context, call the core.
 */
export function defineMacroResolvers(useCases: AppUseCases, logger: Logger): Resolver {
  const resolver = new Resolver();

  resolver.define(RESOLVER_KEYS.getCardForMacro, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.getCardForMacro, logger, async () => {
      parsePayload(GetCardForMacroPayload, payload);
      return useCases.getCardForMacro(macroContextFrom(context));
    }),
  );

  resolver.define(RESOLVER_KEYS.importCard, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.importCard, logger, async () => {
      assertImportRequestFits(payload);
      const input = parsePayload(ImportCardPayload, payload);
      return useCases.importCardDocument(macroContextFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.createBlankCard, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.createBlankCard, logger, async () => {
      const input = parsePayload(CreateBlankCardPayload, payload);
      return useCases.createBlankCard(macroContextFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.listCards, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.listCards, logger, async () => {
      const input = parsePayload(ListCardsPayload, payload);
      return useCases.listCards(actorFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.getCardSettings, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.getCardSettings, logger, async () => {
      const input = parsePayload(GetCardSettingsPayload, payload);
      return useCases.cardSettings.get(macroContextFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.saveRoleMapping, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.saveRoleMapping, logger, async () => {
      const input = parsePayload(SaveRoleMappingPayload, payload);
      return useCases.cardSettings.saveRoleMapping(macroContextFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.searchDirectory, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.searchDirectory, logger, async () => {
      const input = parsePayload(SearchDirectoryPayload, payload);
      return useCases.cardSettings.searchDirectory(macroContextFrom(context), input);
    }),
  );

  defineKpiResolvers(resolver, useCases, logger);
  defineActionResolvers(resolver, useCases, logger);
  defineJiraSettingsResolvers(resolver, useCases, logger);
  return resolver;
}
