import type { CardLocation } from '../card/process-card';

/** What the platform tells a resolver about the macro instance it serves (never the payload). */
export interface MacroContext {
  /** The caller, from the invocation's principal. Undefined for anonymous readers. */
  accountId: string | undefined;
  /** The macro instance; stable for the life of the macro on its page. */
  localId: string;
  /** The page and space that hold the macro. */
  location: CardLocation;
  /** The card chosen in the macro's config, if any. */
  configCardId: string | undefined;
}
