import { DATA_THEME, tokensCss } from '../../workbench/host/tokens-css';

describe('Atlassian token themes served to the workbench', () => {
  it('gives light and dark colours under the selectors Confluence switches with data-color-mode', () => {
    const light = tokensCss('light');
    const dark = tokensCss('dark');
    expect(light).toContain('html[data-color-mode="light"][data-theme~="light:light"]');
    expect(dark).toContain('html[data-color-mode="dark"][data-theme~="dark:dark"]');
    const surface = (css: string) => /--ds-surface:\s*([^;]+);/.exec(css)?.[1];
    expect(surface(light)).toBeDefined();
    expect(surface(dark)).toBeDefined();
    expect(surface(light)).not.toBe(surface(dark));
  });

  it('has a theme for every entry of the data-theme value the bridge sets, spacing and typography included', () => {
    const css = tokensCss('light') + tokensCss('dark');
    for (const entry of DATA_THEME.split(' ')) {
      expect(css).toContain(`[data-theme~="${entry}"]`);
    }
    expect(css).toContain('--ds-space-100');
    expect(css).toContain('--ds-font-body');
  });
});
