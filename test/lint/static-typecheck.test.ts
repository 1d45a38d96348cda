import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';

const STATIC = resolve(__dirname, '../../static');

/** The Custom UI apps: every folder of static/ with a src/ of its own. */
const apps = readdirSync(STATIC, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(STATIC, entry.name, 'src')))
  .map((entry) => entry.name);

describe('the Custom UI apps are type-checked', () => {
  it('finds the apps', () => {
    expect(apps).toEqual(expect.arrayContaining(['macro', 'macro-config', 'site-settings', 'jira-admin', 'action-panel']));
  });

  it.each(apps)('npm run typecheck covers every source file of %s (static/tsconfig.json)', (app) => {
    const config = ts.readConfigFile(join(STATIC, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, STATIC);
    const checked = new Set(parsed.fileNames.map((file) => resolve(file)));
    const sources = ts.sys.readDirectory(join(STATIC, app, 'src'), ['.ts', '.tsx']).map((file) => resolve(file));
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((file) => !checked.has(file))).toEqual([]);
  });
});
