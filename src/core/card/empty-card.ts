import { CARD_SCHEMA_VERSION } from './process-card';
import type { CardContent, CardLanguage, ProcessCard } from './process-card';

/** Content with every section present and empty: the UI shows each as "not filled in". */
export function emptyCardContent(language: CardLanguage, title = ''): CardContent {
  return {
    language,
    title,
    roles: [],
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
    sectionNotes: {},
  };
}

/** A card that has never been saved (version 0, no location, no bookkeeping). */
export function unsavedCard(id: string, content: CardContent): ProcessCard {
  return {
    schemaVersion: CARD_SCHEMA_VERSION,
    id,
    version: 0,
    status: 'draft',
    location: null,
    content,
    importReport: null,
    createdAt: null,
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
  };
}
