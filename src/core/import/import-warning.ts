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
  /** Text cut to fit the card's limits; `text` holds what was cut (bounded), `cutLength` its full length. */
  | 'text-cut';

export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
  /** The card the warning concerns (index in the result), when there are several. */
  cardIndex?: number;
  section?: SectionKey;
  /** The heading as written in the document, e.g. «6.2 Выходы процесса». */
  heading?: string;
  /** The text that was not placed, as written. */
  text?: string;
  /** For 'text-cut': the dotted path of the field that was cut, e.g. "inputs.3.requirements". */
  field?: string;
  /** For 'text-cut': how many characters were cut in all. */
  cutLength?: number;
}

export interface ImportResult {
  cards: import('../card/process-card').ProcessCard[];
  warnings: ImportWarning[];
  /** Warnings beyond those kept, counted only. */
  warningsOmitted?: number;
  /** Set (with no cards) when the document describes more processes than `maxCards`. */
  tooManyCards?: { count: number; limit: number };
}

export interface ImportOptions {
  /** Language of the document when known; otherwise detected from its text. */
  language?: 'ru' | 'en';
  /** Makes card ids; defaults to random ids. Tests pass a deterministic one. */
  newCardId?: () => string;
  /** Refuse, before building any card, a document that describes more processes than this. */
  maxCards?: number;
}
