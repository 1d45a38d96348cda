import type { ImportWarning, ImportWarningCode } from './import-warning';

/** A document full of stray text or placeholders must not turn the answer into a list nobody reads. */
export const MAX_WARNINGS = 200;

// Missing sections and cut text go with the card's import report, so they are kept first.
const RANK: Record<ImportWarningCode, number> = {
  'missing-section': 0,
  'text-cut': 1,
  'unplaced-text': 2,
  'unreadable-row': 2,
  'flowchart-unparsed': 2,
  placeholder: 3,
};

/** The `max` most useful warnings, in their original order, and how many were left out. */
export function capWarnings(warnings: readonly ImportWarning[], max = MAX_WARNINGS): { warnings: ImportWarning[]; omitted: number } {
  if (warnings.length <= max) return { warnings: [...warnings], omitted: 0 };
  const chosen = warnings
    .map((warning, index) => ({ rank: RANK[warning.code], index }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, max)
    .map((entry) => entry.index)
    .sort((a, b) => a - b);
  return { warnings: chosen.map((index) => warnings[index]!), omitted: warnings.length - max };
}
