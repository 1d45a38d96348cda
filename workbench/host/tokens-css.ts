import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DATA_THEME, type ColorMode } from './src/theme-attributes';

// The bridge in each iframe sets these attributes; the CSS below is keyed by them.
export { DATA_THEME, type ColorMode };

/**
 * Token themes that apply whatever the colour mode: spacing, typography, shape. Each is
 * keyed by its own `data-theme` entry (e.g. `spacing:spacing`), so repeating them in the
 * light and the dark file is harmless.
 */
const SHARED_THEMES = ['atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];

const cache = new Map<ColorMode, string>();

/**
 * Atlassian's design-token CSS for one colour mode, from the installed @atlaskit/tokens
 * (the themes Confluence itself loads). Its selectors match `<html data-color-mode="…"
 * data-theme="…">` (see DATA_THEME).
 */
export function tokensCss(mode: ColorMode): string {
  const cached = cache.get(mode);
  if (cached !== undefined) return cached;
  const css = [`atlassian-${mode}`, ...SHARED_THEMES].map(readTheme).join('\n');
  cache.set(mode, css);
  return css;
}

const loadModule = createRequire(__filename);

function readTheme(name: string): string {
  const themesDir = join(dirname(loadModule.resolve('@atlaskit/tokens/package.json')), 'dist/cjs/artifacts/themes');
  const file = join(themesDir, `${name}.js`);
  // Each artifact is a CommonJS module whose default export is the theme's CSS text.
  const loaded = loadModule(file) as { default?: unknown };
  if (typeof loaded.default !== 'string') throw new Error(`@atlaskit/tokens: ${file} has no CSS string`);
  return loaded.default;
}
