import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCardDocument, type ContentSection } from '../../src/core/card/card-document';
import { CARD_OUTLINE } from '../../src/core/card/card-outline';
import { CARD_LABELS_EN } from '../../src/core/card/card-labels';
import { emptyCardContent } from '../../src/core/card/empty-card';
import { importDocument } from '../../src/core/import/import-document';
import { generateCard } from '../support/card-builders';
import { cardToAdf } from '../../src/core/export/card-to-adf';
import { REPO } from '../support/fixtures';

const reported = (missing: Array<{ section: 'outputs' | 'scope'; heading: string }>) => ({
  importedAt: '2026-11-25T10:00:00.000Z',
  otherWarnings: 0,
  cuts: [],
  cutsOmitted: 0,
  missingSections: missing,
});

const example = importDocument(readFileSync(join(REPO, 'examples', 'purchasing.en.md'), 'utf8')).cards[0]!;

const contentSection = (sections: ReturnType<typeof buildCardDocument>, key: ContentSection['key']): ContentSection => {
  const section = sections.find((entry) => entry.key === key);
  if (section?.kind !== 'content') throw new Error(`no content section ${key}`);
  return section;
};

describe('buildCardDocument (the one model the macro and the ADF export render)', () => {
  it('lists every outline entry once, in outline order, with its number, level and title label', () => {
    const sections = buildCardDocument(generateCard());
    expect(sections.map((section) => section.key)).toEqual(Object.keys(CARD_OUTLINE));
    for (const section of sections) {
      expect({ number: section.number, level: section.level }).toEqual(CARD_OUTLINE[section.key]);
      expect(CARD_LABELS_EN[section.title]).toBeDefined();
    }
  });

  it('puts 6.1–6.7 under the "6. Description" group heading and nothing else there', () => {
    const sections = buildCardDocument(generateCard());
    const group = sections.find((section) => section.kind === 'group');
    expect(group?.key).toBe('description');
    expect(group?.kind === 'group' && group.children).toEqual(['inputs', 'outputs', 'resources', 'flowchart', 'managementActions', 'improvement', 'kpis']);
    const parented = sections.filter((section) => section.kind === 'content' && section.parent === 'description');
    expect(parented.map((section) => section.number)).toEqual(['6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7']);
    expect(contentSection(sections, 'distribution').parent).toBeUndefined();
  });

  it.each(Object.keys(CARD_OUTLINE).filter((key) => key !== 'description') as Array<ContentSection['key']>)(
    'sees %s as filled in when only it has content',
    (key) => {
      const full = example.content;
      const content = { ...emptyCardContent('en', full.title), [key]: full[key] };
      const sections = buildCardDocument({ content, importReport: null });
      const filled = sections.filter((section) => section.kind === 'content' && !section.empty);
      expect(filled.map((section) => section.key)).toEqual([key]);
    },
  );

  it('sees a section filled by only one of its parts as filled in', () => {
    const content = {
      ...emptyCardContent('en', 'T'),
      purpose: { card: '', process: 'Buy what is needed' },
      responsibility: { ownerRole: '', text: 'The owner answers for the result.' },
      flowchart: { steps: [], source: 'A --> B' },
    };
    const sections = buildCardDocument({ content, importReport: null });
    for (const key of ['purpose', 'responsibility', 'flowchart'] as const) expect(contentSection(sections, key).empty).toBe(false);
  });

  it('marks a section empty and not filled in only when it has neither content nor a note', () => {
    const sections = buildCardDocument(generateCard({ scope: '  ', terms: [], sectionNotes: { terms: 'Термины — см. глоссарий.' } }));
    expect(contentSection(sections, 'scope')).toMatchObject({ empty: true, notFilled: true });
    expect(contentSection(sections, 'terms')).toMatchObject({ empty: true, notFilled: false, note: 'Термины — см. глоссарий.' });
    expect(contentSection(sections, 'inputs')).toMatchObject({ empty: false, notFilled: false });
  });

  it('treats a blank note as no note, so the section still says not filled in', () => {
    const scope = contentSection(buildCardDocument(generateCard({ scope: '', sectionNotes: { scope: ' \n ' } })), 'scope');
    expect(scope.note).toBeUndefined();
    expect(scope.notFilled).toBe(true);
  });

  it('calls the group empty only when every section under it is', () => {
    const group = (card: ReturnType<typeof generateCard>) => buildCardDocument(card).find((section) => section.kind === 'group')!;
    expect(group(generateCard({ inputs: [] })).empty).toBe(true);
    expect(group(generateCard()).empty).toBe(false);
  });

  it('says a section is missing from the source when the import report lists it and it is still empty', () => {
    const card = { ...generateCard({ outputs: [], scope: 'Заполнено позже' }), importReport: reported([
      { section: 'outputs', heading: '6.2 Выходы процесса' },
      { section: 'scope', heading: '2 Область применения' },
    ]) };
    const sections = buildCardDocument(card);
    expect(contentSection(sections, 'outputs')).toMatchObject({ missingFromSource: true, sourceHeading: '6.2 Выходы процесса' });
    expect(contentSection(sections, 'scope')).toMatchObject({ missingFromSource: false });
    expect(contentSection(sections, 'scope').sourceHeading).toBeUndefined();
    expect(contentSection(sections, 'inputs').missingFromSource).toBe(false);
  });

  it('keeps the text the importer cut under its section, on screen and in the export alike', () => {
    const card = {
      ...generateCard(),
      importReport: { ...reported([]), cuts: [{ section: 'scope' as const, field: 'scope', text: 'the lost tail', cutLength: 31_000 }] },
    };
    const sections = buildCardDocument(card);
    expect(contentSection(sections, 'scope').cutOnImport).toEqual([{ field: 'scope', text: 'the lost tail', cutLength: 31_000 }]);
    expect(contentSection(sections, 'purpose').cutOnImport).toEqual([]);
    const adf = JSON.stringify(cardToAdf(card));
    expect(adf).toContain('the lost tail');
    expect(adf).toContain('31');
  });
});
