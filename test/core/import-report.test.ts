import { importReportFor } from '../../src/core/import/import-report';
import type { ImportWarning } from '../../src/core/import/import-warning';

const AT = '2026-11-25T10:00:00.000Z';
const missing = (section: ImportWarning['section'], heading: string, cardIndex?: number): ImportWarning => ({
  code: 'missing-section',
  message: 'named in the contents, missing from the text',
  section,
  heading,
  ...(cardIndex === undefined ? {} : { cardIndex }),
});

describe('importReportFor', () => {
  it('keeps the sections the contents named but the text lacked, and counts the rest', () => {
    const report = importReportFor(
      [
        missing('outputs', '6.2 Выходы процесса'),
        missing('kpis', '6.7 Критерии результативности'),
        { code: 'placeholder', message: '[TODO] left in the text', text: '[TODO]' },
      ],
      0,
      AT,
    );
    expect(report).toEqual({
      importedAt: AT,
      missingSections: [
        { section: 'outputs', heading: '6.2 Выходы процесса' },
        { section: 'kpis', heading: '6.7 Критерии результативности' },
      ],
      otherWarnings: 1,
      cuts: [],
      cutsOmitted: 0,
    });
  });

  it('keeps the text the importer cut with the card, bounded, so it outlives the one-time notes', () => {
    const cut = (index: number) => ({
      code: 'text-cut' as const,
      message: 'cut',
      section: 'scope' as const,
      field: 'scope',
      text: `lost ${index}`,
      cutLength: 25_000,
    });
    const report = importReportFor(Array.from({ length: 25 }, (_, index) => cut(index)), 0, AT);
    expect(report.cuts).toHaveLength(20);
    expect(report.cuts[0]).toEqual({ section: 'scope', field: 'scope', text: 'lost 0', cutLength: 25_000 });
    expect(report.cutsOmitted).toBe(5);
    expect(report.otherWarnings).toBe(0);
  });

  it('gives each card of a several-card document only its own warnings', () => {
    const warnings = [missing('outputs', 'Outputs', 0), missing('kpis', 'KPIs', 1), missing('kpis', 'KPIs again', 1)];
    expect(importReportFor(warnings, 1, AT).missingSections).toEqual([{ section: 'kpis', heading: 'KPIs' }]);
    expect(importReportFor(warnings, 0, AT).missingSections).toEqual([{ section: 'outputs', heading: 'Outputs' }]);
  });
});
