import { defineMacroResolvers } from './resolvers/macro/define-macro-resolvers';
import { defineSiteSettingsResolvers } from './resolvers/site-settings/define-site-settings-resolvers';
import { defineExportMacro } from './resolvers/export-macro-handler';
import { forgeDependencies } from './resolvers/forge-dependencies';
import { composeUseCases } from './resolvers/compose-use-cases';

const dependencies = forgeDependencies();
const useCases = composeUseCases(dependencies);

/** Named in manifest.yml as `index.handler`: the macro module's resolver functions. */
export const handler = defineMacroResolvers(useCases, dependencies.logger).getDefinitions();

/** Named in manifest.yml as `index.siteSettingsHandler`: the global settings page's resolver functions. */
export const siteSettingsHandler = defineSiteSettingsResolvers(useCases, dependencies.logger).getDefinitions();

/** Named in manifest.yml as `index.exportMacro`: the macro in Confluence's PDF/Word export. */
export const exportMacro = defineExportMacro(dependencies);
