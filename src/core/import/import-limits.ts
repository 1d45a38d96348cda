/**
 * How many processes one import may create: one import must fit one 25 s Forge invocation, and
 * a document describing more is refused before any card is built. The contract re-exports it so
 * the UI words the same limit.
 */
export const MAX_CARDS_PER_IMPORT = 50;
