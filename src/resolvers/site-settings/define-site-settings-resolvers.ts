import Resolver from '@forge/resolver';
import { GetSiteSettingsPayload, SaveSiteSettingsPayload, SITE_SETTINGS_RESOLVER_KEYS } from '../../contracts/resolver-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { actorFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';

/**
 * The `confluence:globalSettings` module's functions: the site settings and who may change them.
 * The page has no macro or content in its context, only the caller.
 */
export function defineSiteSettingsResolvers(useCases: AppUseCases, logger: Logger): Resolver {
  const resolver = new Resolver();

  resolver.define(SITE_SETTINGS_RESOLVER_KEYS.getSiteSettings, ({ payload, context }) =>
    runResolver(SITE_SETTINGS_RESOLVER_KEYS.getSiteSettings, logger, async () => {
      parsePayload(GetSiteSettingsPayload, payload);
      return useCases.getSiteSettings(actorFrom(context));
    }),
  );

  resolver.define(SITE_SETTINGS_RESOLVER_KEYS.saveSiteSettings, ({ payload, context }) =>
    runResolver(SITE_SETTINGS_RESOLVER_KEYS.saveSiteSettings, logger, async () => {
      const input = parsePayload(SaveSiteSettingsPayload, payload);
      return useCases.saveSiteSettings(actorFrom(context), input);
    }),
  );

  return resolver;
}
