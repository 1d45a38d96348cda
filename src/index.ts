import { defineResolvers } from './resolvers/define-resolvers';
import { forgeDependencies } from './resolvers/forge-dependencies';

/** Named in manifest.yml as `index.handler`: the macro's resolver functions. */
export const handler = defineResolvers(forgeDependencies()).getDefinitions();
