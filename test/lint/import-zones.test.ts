import { lintSnippets, type Snippet, type SnippetResult } from './lint-snippets';

/**
 * Each zone of eslint.config.mjs, proven on a file it must refuse and on one it must let
 * through. A quiet case also asserts that the rule is on for that path, or it would pass
 * just as well against a config that forgot the zone; an exempt one (a path the rule is
 * meant to skip) asserts that the path is linted at all.
 */
type Expectation = 'fires' | 'quiet' | 'exempt';
interface ZoneCase extends Snippet {
  zone: string;
  name: string;
  rule: string;
  expect: Expectation;
}
type CaseMaker = (rule: string, name: string, filePath: string, code: string) => void;

const cases: ZoneCase[] = [];
const zone = (name: string, define: (fires: CaseMaker, quiet: CaseMaker, exempt: CaseMaker) => void) => {
  const maker =
    (expectation: Expectation): CaseMaker =>
    (rule, caseName, filePath, code) =>
      cases.push({ zone: name, name: caseName, rule, filePath, code, expect: expectation });
  define(maker('fires'), maker('quiet'), maker('exempt'));
};

const LAYERS = 'zones/layers';
const BUNDLE = 'zones/ui-bundle';
const RESTRICTED = 'no-restricted-imports';
const TS_RESTRICTED = '@typescript-eslint/no-restricted-imports';
const UI = 'static/macro/src/card/some-view.tsx';

zone('static/ reaches src/ only through contracts and the listed pure modules', (fires, quiet) => {
  fires(LAYERS, 'a type from a core port, by alias', UI, "import type { CardStore } from '@src/core/ports/card-store';");
  fires(LAYERS, 'a type from a core port, by relative path', UI, "import type { CardStore } from '../../../../src/core/ports/card-store';");
  fires(LAYERS, 'an adapter', UI, "import { MemoryCardStore } from '../../../../src/adapters/memory/memory-card-store';");
  fires(LAYERS, 'a folder outside src/ and static/', UI, "import { main } from '../../../../workbench/server/main';");
  fires(LAYERS, 'a re-export from core', UI, "export { importDocument } from '@src/core/import/import-document';");
  fires(LAYERS, 'a dynamic import of a resolver', UI, "export const load = () => import('@src/resolvers/define-resolvers');");
  fires(LAYERS, 'the bridge module too', 'static/shared/bridge.ts', "import type { CardStore } from '@src/core/ports/card-store';");
  quiet(LAYERS, 'a type from the contracts', UI, "import type { CardView } from '@src/contracts/resolver-contracts';");
  quiet(LAYERS, 'its own modules', UI, "import { useI18n } from '@shared/i18n/i18n-context';\nimport { a } from './a';");
  quiet(LAYERS, 'a listed module by relative path', 'static/shared/i18n/messages-en.ts', "import { CARD_LABELS_EN } from '../../../src/core/card/card-labels';");
});

zone('static/ takes values only from the pure modules (zod stays out of the bundle)', (fires, quiet) => {
  fires(BUNDLE, 'a value from the zod contracts', UI, "import { CardView } from '@src/contracts/resolver-contracts';");
  fires(BUNDLE, 'an inline `type`, which verbatimModuleSyntax keeps as an import', UI, "import { type CardView } from '@src/contracts/resolver-contracts';");
  fires(BUNDLE, 'the card schema by relative path', 'static/shared/some-helper.ts', "import { ProcessCard } from '../../src/core/card/process-card';");
  quiet(BUNDLE, 'a type from the card schema', UI, "import type { ProcessCard } from '@src/core/card/process-card';");
  quiet(BUNDLE, 'a type re-export from the contracts', UI, "export type { CardView } from '@src/contracts/resolver-contracts';");
  quiet(BUNDLE, 'a value from the plain limits', UI, "import { MAX_TITLE_LENGTH } from '@src/contracts/limits';");
  quiet(LAYERS, 'the plain limits, by layer too', UI, "import { MAX_TITLE_LENGTH } from '@src/contracts/limits';");
  quiet(BUNDLE, 'the flowchart layout', UI, "import { layoutFlowchart } from '@src/core/flowchart/layout-flowchart';");
  quiet(LAYERS, 'the flowchart layout, by layer too', UI, "import { layoutFlowchart } from '@src/core/flowchart/layout-flowchart';");
});

zone('the modules the UI bundles stay pure', (fires, quiet) => {
  fires(BUNDLE, 'a value from the card schema', 'src/core/card/card-labels.ts', "import { ProcessCard } from './process-card';");
  fires(TS_RESTRICTED, 'zod as a value', 'src/core/flowchart/route-edge.ts', "import { z } from 'zod';");
  fires(TS_RESTRICTED, 'a Node built-in in the plain contracts', 'src/contracts/limits.ts', "import { readFileSync } from 'node:fs';");
  quiet(BUNDLE, 'a type from the card schema', 'src/core/card/card-outline.ts', "import type { SectionKey } from './process-card';");
  quiet(BUNDLE, 'another listed module', 'src/core/flowchart/layout-flowchart.ts', "import { wrapLabel } from './wrap-label';");
  quiet(TS_RESTRICTED, 'zod types', 'src/core/flowchart/route-edge.ts', "import type { z } from 'zod';");
});

const USECASE = 'src/core/usecases/some-usecase.ts';
zone('src/core depends on nothing outside it', (fires, quiet) => {
  fires(LAYERS, 'a type from the contracts', USECASE, "import type { CardView } from '../../contracts/resolver-contracts';");
  fires(LAYERS, 'an adapter', USECASE, "import { MemoryCardStore } from '../../adapters/memory/memory-card-store';");
  fires(LAYERS, 'a resolver type', USECASE, "import type { AppDependencies } from '../../resolvers/app-dependencies';");
  fires(RESTRICTED, 'Forge', 'src/core/card/some-card.ts', "import { kvs } from '@forge/kvs';");
  fires(RESTRICTED, 'node:fs', USECASE, "import { readFileSync } from 'node:fs';");
  fires(RESTRICTED, 'fs/promises', USECASE, "import { readFile } from 'fs/promises';");
  fires(RESTRICTED, 'crypto without node:', USECASE, "import { randomUUID } from 'crypto';");
  quiet(LAYERS, 'its own modules', USECASE, "import { AppError } from '../errors';\nimport type { ProcessCard } from '../card/process-card';");
  quiet(RESTRICTED, 'a pure package', 'src/core/flowchart/some-layout.ts', "import dagre from '@dagrejs/dagre';");
});

zone('src/adapters never reach the resolvers', (fires, quiet, exempt) => {
  fires(LAYERS, 'a resolver', 'src/adapters/forge/some-store.ts', "import { forgeDependencies } from '../../resolvers/forge-dependencies';");
  quiet(LAYERS, 'a core port', 'src/adapters/forge/some-store.ts', "import type { CardStore } from '../../core/ports/card-store';");
  exempt(RESTRICTED, 'Forge, which adapters exist to wrap', 'src/adapters/forge/some-store.ts', "import { kvs } from '@forge/kvs';");
});

zone('only the bridge module of the UI imports Forge', (fires, quiet, exempt) => {
  fires(RESTRICTED, '@forge/bridge', UI, "import { invoke } from '@forge/bridge';");
  fires(RESTRICTED, "the bridge's files one by one", UI, "import { invoke } from 'forge-bridge-out/invoke/invoke';");
  exempt(RESTRICTED, 'the bridge', 'static/shared/bridge.ts', "import { invoke } from 'forge-bridge-out/invoke/invoke';");
  quiet(LAYERS, 'the bridge, though forge-bridge-out resolves outside static/', 'static/shared/bridge.ts', "import { invoke } from 'forge-bridge-out/invoke/invoke';");
});

zone('src/contracts build on the core only', (fires, quiet) => {
  fires(LAYERS, 'an adapter', 'src/contracts/some-contract.ts', "import { MemoryCardStore } from '../adapters/memory/memory-card-store';");
  fires(LAYERS, 'a resolver type', 'src/contracts/some-contract.ts', "import type { ResolverContext } from '../resolvers/resolver-context';");
  quiet(LAYERS, 'the card schema', 'src/contracts/some-contract.ts', "import { CardContent } from '../core/card/process-card';");
});

describe('import zones (eslint.config.mjs)', () => {
  let results: Map<ZoneCase, SnippetResult>;
  beforeAll(() => {
    const linted = lintSnippets(cases);
    results = new Map(cases.map((zoneCase, index) => [zoneCase, linted[index]!]));
  });

  for (const zoneName of [...new Set(cases.map((zoneCase) => zoneCase.zone))]) {
    describe(zoneName, () => {
      it.each(cases.filter((zoneCase) => zoneCase.zone === zoneName))('$rule: $name in $filePath', (zoneCase) => {
        const result = results.get(zoneCase)!;
        expect(result.rulesOn).toContain(zoneCase.expect === 'exempt' ? '@typescript-eslint/no-unused-vars' : zoneCase.rule);
        if (zoneCase.expect === 'fires') expect(result.ruleIds).toContain(zoneCase.rule);
        else expect(result.ruleIds).not.toContain(zoneCase.rule);
      });
    });
  }
});
