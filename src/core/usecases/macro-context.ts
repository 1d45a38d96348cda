import type { CardLocation } from '../card/process-card';
import type { Actor } from '../actor';

/** What the platform tells a resolver about the macro instance it serves (never the payload). */
export interface MacroContext {
  /** The caller, from the invocation's principal (anonymous when Confluence lets anyone read). */
  actor: Actor;
  /** The macro instance; stable for the life of the macro on its page. */
  localId: string;
  /** The page and space that hold the macro. */
  location: CardLocation;
  /** The card chosen in the macro's config, if any. */
  configCardId: string | undefined;
  /** The site's root and the page's address, when the platform named the site (https only). */
  site?: { url: string; pageUrl: string };
}
