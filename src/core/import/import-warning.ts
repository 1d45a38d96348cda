import type { SectionKey } from '../card/process-card';

/**
 * Something the importer could not place. The code lets the UI explain it in the
 * reader's language; `message` is an English fallback; `text` carries what was not placed.
 */
export type ImportWarningCode =
  /** Named in the table of contents but absent from the body. */
  | 'missing-section'
  /** Text that belongs to no recognised section. */
  | 'unplaced-text'
  /** A table row that could not be matched to the table's columns. */
  | 'unreadable-row'
  /** A flowchart that could not be turned into steps; kept as its raw text. */
  | 'flowchart-unparsed'
  /** A placeholder such as [TODO] or {{ … }} left in the document. */
  | 'placeholder'
  /** Text or list entries beyond what a card holds; `field` says where, `text` what was cut. */
  | 'text-cut';

export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
  /** The card the warning concerns (index in the result), when there are several. */
  cardIndex?: number;
  section?: SectionKey;
  /** The heading as written in the document, e.g. «6.2 Выходы процесса». */
  heading?: string;
  /** The text that was not placed, as written (for `text-cut`, its first 2,000 characters). */
  text?: string;
  /** `text-cut`: the card field that was cut, as a dotted path: `title`, `inputs.3.requirements`, `inputs`. */
  field?: string;
  /** `text-cut`: the length of all that was cut, of which `text` may hold only the beginning. */
  cutLength?: number;
}

export interface ImportResult {
  /** Empty when the document describes more processes than `maxCards`. */
  cards: import('../card/process-card').ProcessCard[];
  /** At most MAX_WARNINGS (200), the most useful ones, in document order. */
  warnings: ImportWarning[];
  /** Warnings left out past the cap. */
  warningsOmitted: number;
  /** Set when the document describes more processes than allowed: nothing was imported. */
  tooManyCards?: { count: number; limit: number };
}

export interface ImportOptions {
  /** Language of the document when known; otherwise detected from its text. */
  language?: 'ru' | 'en';
  /** Makes card ids; defaults to random ids. Tests pass a deterministic one. */
  newCardId?: () => string;
  /** More process blocks than this and no card is built; defaults to MAX_CARDS_PER_IMPORT. */
  maxCards?: number;
}
