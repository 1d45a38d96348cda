import { randomUUID } from 'node:crypto';
import { ForgeCardStore } from '../adapters/forge/forge-card-store';
import { ForgeMacroBindingStore } from '../adapters/forge/forge-macro-binding-store';
import { ConfluencePagePermissions } from '../adapters/forge/confluence-page-permissions';
import type { AppDependencies } from './app-dependencies';

/** The production wiring: Forge storage and Confluence's own permission check. */
export function forgeDependencies(): AppDependencies {
  return {
    cards: new ForgeCardStore(),
    bindings: new ForgeMacroBindingStore(),
    permissions: new ConfluencePagePermissions(),
    now: () => new Date().toISOString(),
    newCardId: () => `card-${randomUUID()}`,
    logger: { error: (message, context) => console.error(message, JSON.stringify(context)) },
  };
}
