import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The lint rules that keep the core free of Forge must actually fire, or they protect nothing. */
describe('import boundaries (eslint.config.mjs)', () => {
  const root = join(__dirname, '..', '..');
  // ESLint's flat config is an ES module, which jest's VM cannot load: run the real CLI instead.
  const ruleIds = async (code: string, filePath: string): Promise<Array<string | null>> => {
    let output: string;
    try {
      output = execFileSync(
        process.execPath,
        [join(root, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', filePath, '--format', 'json'],
        { cwd: root, input: code, encoding: 'utf8' },
      );
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const [result] = JSON.parse(output) as Array<{ messages: Array<{ ruleId: string | null }> }>;
    return result!.messages.map((message) => message.ruleId);
  };

  it('rejects a Forge import in the domain core', async () => {
    expect(await ruleIds("import { kvs } from '@forge/kvs';\nexport const k = kvs;\n", 'src/core/card/bad.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('rejects Node built-ins in the core, which also runs in the browser', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/core/x.ts')).toContain(
      'no-restricted-imports',
    );
  });

  it('allows Forge imports in adapters', async () => {
    expect(await ruleIds("import { kvs } from '@forge/kvs';\nexport const k = kvs;\n", 'src/adapters/forge/ok.ts')).not.toContain(
      'no-restricted-imports',
    );
  });

  it('lets only the bridge module of the UI import @forge/bridge', async () => {
    const code = "import { invoke } from '@forge/bridge';\nexport const i = invoke;\n";
    expect(await ruleIds(code, 'static/macro/src/app.tsx')).toContain('no-restricted-imports');
    expect(await ruleIds(code, 'static/shared/bridge.ts')).not.toContain('no-restricted-imports');
  });
});
