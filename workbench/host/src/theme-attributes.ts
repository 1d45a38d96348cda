/**
 * How Confluence switches the design-token themes on <html>: `data-theme` turns every shipped
 * theme on and `data-color-mode` picks light or dark. Shared by the iframe bridge (which sets
 * them) and the server's token CSS (whose selectors must match them), so the two cannot drift.
 */
export type ColorMode = 'light' | 'dark';

/** The `data-theme` value on <html> that switches on every theme the workbench serves. */
export const DATA_THEME = 'dark:dark light:light spacing:spacing typography:typography shape:shape';

/** Anything but "dark" is light, as in Confluence: a stored or posted value may be stale. */
export function colorModeOf(value: unknown): ColorMode {
  return value === 'dark' ? 'dark' : 'light';
}
