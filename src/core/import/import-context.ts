import type { SectionKey } from '../card/process-card';
import { hasPlaceholder, isPlaceholderOnly } from './detect-placeholder';
import type { ImportWarning } from './import-warning';

/** Collects the warnings of one card (or of the document as a whole when `cardIndex` is undefined). */
export class ImportContext {
  readonly warnings: ImportWarning[] = [];

  constructor(readonly cardIndex?: number) {}

  warn(warning: ImportWarning): void {
    this.warnings.push(this.cardIndex === undefined ? warning : { ...warning, cardIndex: this.cardIndex });
  }

  /**
   * A field value as written, or '' when it holds a placeholder: a value such as
   * "Head of {{ dept }}" is a template, not a fact about the process.
   */
  value(raw: string, section?: SectionKey, heading?: string): string {
    const value = raw.trim();
    if (value === '' || !hasPlaceholder(value)) return value;
    this.placeholder(value, section, heading);
    return '';
  }

  /**
   * Prose keeps a placeholder inside a real sentence ("… the process map of {{ org }} …") but
   * reports it; prose that is nothing but a placeholder ("[TODO]") is no text at all.
   */
  prose(raw: string, section?: SectionKey, heading?: string): string {
    if (!hasPlaceholder(raw)) return raw;
    this.placeholder(raw.trim(), section, heading);
    return isPlaceholderOnly(raw) ? '' : raw;
  }

  placeholder(text: string, section?: SectionKey, heading?: string): void {
    this.warn({
      code: 'placeholder',
      message: section ? `A placeholder was left in the ${section} section; it was not taken as a value.` : 'A placeholder was left in the document; it was not taken as a value.',
      ...(section ? { section } : {}),
      ...(heading ? { heading } : {}),
      text,
    });
  }
}
