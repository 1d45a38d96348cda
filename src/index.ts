import { defineResolvers } from './resolvers/define-resolvers';
import { defineExportMacro } from './resolvers/export-macro-handler';
import { forgeDependencies } from './resolvers/forge-dependencies';

const dependencies = forgeDependencies();

/** Named in manifest.yml as `index.handler`: the macro's resolver functions. */
export const handler = defineResolvers(dependencies).getDefinitions();

/** Named in manifest.yml as `index.exportMacro`: the macro in Confluence's PDF/Word export. */
export const exportMacro = defineExportMacro(dependencies);
