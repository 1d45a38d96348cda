/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1), the bidi
 * embeddings, overrides and isolates that can make text display in an order other than the
 * one stored (U+202A–U+202E, U+2066–U+2069), and surrogate halves without their other half.
 * Written without the `u` flag so that the surrogate classes match single code units.
 */
const UNWANTED =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text as a card may hold it: line ends as LF, none of the characters above. Everything else
 * stays, the joiners of emoji sequences and no-break spaces included.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(UNWANTED, '');
}
