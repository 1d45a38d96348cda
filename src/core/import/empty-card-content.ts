import type { CardContent, CardLanguage } from '../card/process-card';

/** A card with nothing filled in; `note` (the document's text, when nothing else is left) goes to the notes. */
export function emptyCardContent(language: CardLanguage, note = ''): CardContent {
  return {
    language,
    title: '',
    document: { code: '', revision: '' },
    approval: { marker: '', approverName: '', approverPosition: '', date: '' },
    purpose: { card: '', process: '' },
    scope: '',
    terms: [],
    abbreviations: [],
    responsibility: { ownerRole: '', text: '' },
    inputs: [],
    outputs: [],
    resources: [],
    flowchart: { steps: [], source: '' },
    managementActions: [],
    improvement: '',
    kpis: [],
    distribution: [],
    sectionNotes: note.trim() === '' ? {} : { purpose: note },
  };
}
