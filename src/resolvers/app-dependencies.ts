import type { CardStore, MacroBindingStore } from '../core/ports/card-store';
import type { PagePermissions } from '../core/ports/page-permissions';
import type { ResolverLogger } from './run-resolver';

/** Everything the resolvers need from the outside world: Forge adapters in production, fakes in tests. */
export interface AppDependencies {
  cards: CardStore;
  bindings: MacroBindingStore;
  permissions: PagePermissions;
  now: () => string;
  newCardId: () => string;
  logger: ResolverLogger;
}
