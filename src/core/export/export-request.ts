/**
 * What Confluence asks of the macro's `adfExport` beyond which macro it is: the kind of export
 * and, when the payload gave enough to build one, a link to the page that holds the macro.
 */
export interface ExportRequest {
  /** `exportType` as Confluence sent it (pdf, word, other, email, feed, diff, html_export…), if at all. */
  exportType: string | undefined;
  /** An absolute https link to the page, for exports that show a summary instead of the card. */
  pageUrl: string | undefined;
}

export type ExportShape = 'card' | 'summary';

/**
 * Emails (page notifications) and feeds show an excerpt of the page: a whole card there, tables
 * and all, would bury the change the reader was told about, so they get the title, status and a
 * link. Every other export — pdf, word, other, html_export, diff, and any type Confluence adds
 * later — is a copy of the page and gets the whole card.
 */
const SUMMARY_EXPORTS: ReadonlySet<string> = new Set(['email', 'feed']);

export const exportShapeFor = (exportType: string | undefined): ExportShape =>
  exportType !== undefined && SUMMARY_EXPORTS.has(exportType.toLowerCase()) ? 'summary' : 'card';
