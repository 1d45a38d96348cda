import { DATA_THEME, colorModeOf } from './theme-attributes';

const TOKEN_SHEETS = ['/host/tokens/light.css', '/host/tokens/dark.css'];

/** Loads the token themes (once) and switches <html> to the colour mode, as Forge does. */
export function applyTheme(colorMode: unknown): Promise<void> {
  const root = document.documentElement;
  root.setAttribute('data-theme', DATA_THEME);
  root.setAttribute('data-color-mode', colorModeOf(colorMode));
  return Promise.all(TOKEN_SHEETS.map(ensureStylesheet)).then(() => undefined);
}

function ensureStylesheet(href: string): Promise<void> {
  const existing = document.querySelector(`link[data-forge-tokens="${href}"]`);
  if (existing) return Promise.resolve();
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.setAttribute('data-forge-tokens', href);
    // A missing sheet leaves the CSS fallbacks in place; it must not block the app.
    link.onload = link.onerror = () => resolve();
    document.head.insertBefore(link, document.head.firstChild);
  });
}
