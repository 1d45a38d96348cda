import Resolver from '@forge/resolver';
import {
  CreateBlankCardPayload,
  GetCardForMacroPayload,
  ImportCardPayload,
  ListCardsPayload,
  RESOLVER_KEYS,
} from '../contracts/resolver-contracts';
import { createGetCardForMacro } from '../core/usecases/get-card-for-macro';
import { createImportCardDocument } from '../core/usecases/import-card-document';
import { createCreateBlankCard } from '../core/usecases/create-blank-card';
import { createListCards } from '../core/usecases/list-cards';
import type { AppDependencies } from './app-dependencies';
import { actorFrom, macroContextFrom } from './resolver-context';
import { parsePayload, runResolver } from './run-resolver';

/** The macro's resolver functions. Each: parse the payload, read identity from the context, call the core. */
export function defineResolvers(deps: AppDependencies): Resolver {
  const getCardForMacro = createGetCardForMacro(deps);
  const importCardDocument = createImportCardDocument(deps);
  const createBlankCard = createCreateBlankCard(deps);
  const listCards = createListCards(deps);
  const resolver = new Resolver();

  resolver.define(RESOLVER_KEYS.getCardForMacro, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.getCardForMacro, deps.logger, async () => {
      parsePayload(GetCardForMacroPayload, payload);
      return getCardForMacro(macroContextFrom(context));
    }),
  );

  resolver.define(RESOLVER_KEYS.importCard, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.importCard, deps.logger, async () => {
      const input = parsePayload(ImportCardPayload, payload);
      return importCardDocument(macroContextFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.createBlankCard, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.createBlankCard, deps.logger, async () => {
      const input = parsePayload(CreateBlankCardPayload, payload);
      return createBlankCard(macroContextFrom(context), input);
    }),
  );

  resolver.define(RESOLVER_KEYS.listCards, ({ payload, context }) =>
    runResolver(RESOLVER_KEYS.listCards, deps.logger, async () => {
      const input = parsePayload(ListCardsPayload, payload);
      return listCards(actorFrom(context), input);
    }),
  );

  return resolver;
}
