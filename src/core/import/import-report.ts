import { MAX_IMPORT_CUTS, type ImportReport } from '../card/process-card';
import type { ImportWarning } from './import-warning';

/** The part of an import's warnings worth keeping with card number `cardIndex` of the document. */
export function importReportFor(warnings: ImportWarning[], cardIndex: number, importedAt: string): ImportReport {
  const own = warnings.filter((warning) => (warning.cardIndex ?? 0) === cardIndex);
  const missing = own.filter((warning) => warning.code === 'missing-section' && warning.section !== undefined);
  const cuts = own.filter((warning) => warning.code === 'text-cut');
  const seen = new Set<string>();
  const missingSections = missing.flatMap((warning) => {
    if (seen.has(warning.section!)) return [];
    seen.add(warning.section!);
    return [{ section: warning.section!, heading: (warning.heading ?? '').slice(0, 2000) }];
  });
  return {
    importedAt,
    missingSections,
    otherWarnings: own.length - missing.length - cuts.length,
    cuts: cuts.slice(0, MAX_IMPORT_CUTS).map((warning) => ({
      ...(warning.section !== undefined ? { section: warning.section } : {}),
      field: (warning.field ?? warning.section ?? '').slice(0, 200),
      text: (warning.text ?? '').slice(0, 20_000),
      cutLength: warning.cutLength ?? (warning.text ?? '').length,
    })),
    cutsOmitted: Math.max(0, cuts.length - MAX_IMPORT_CUTS),
  };
}
