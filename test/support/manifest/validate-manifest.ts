import { resolve } from 'node:path';

/** Generous: the first validate() in a process compiles the manifest schema (4–5 s here). */
export const MANIFEST_VALIDATION_TIMEOUT_MS = 60_000;

export interface ManifestProblem {
  level: string;
  message: string;
  line: number;
  column: number;
  reference?: string;
}

export interface ManifestValidation {
  success: boolean;
  errors: ManifestProblem[];
  warnings: ManifestProblem[];
}

interface ForgeManifestModule {
  validate(basic?: boolean, manifest?: string): Promise<{ success: boolean; errors?: ManifestProblem[] }>;
}

/**
 * Validates a manifest with Atlassian's own `@forge/manifest` (13.7.0) — the offline part of
 * `forge lint`, which itself needs a login and network.
 *
 * `validate(basic = false, manifestPath)` runs, in order: file exists, YAML parses, the bundled
 * JSON schema (module shapes, `app.runtime.name` ∈ nodejs20.x|nodejs22.x|nodejs24.x, required
 * keys such as a macro's `resource`), module cross-references (every `function`/`resource` key a
 * module names is defined, keys unique), function handlers, resources, `permissions` (every scope
 * is one of ~650 known names; CSP/egress values), storage entities, `app.compatibility` (exactly
 * one product `required: true`), and more. It touches the disk relative to the manifest's
 * directory:
 *  - a function `handler: index.handler` needs `src/index.{tsx,jsx,ts,js,cjs}` (the source, not a
 *    build; `app.package.path` replaces `src` only with `bundler: manual@2026`);
 *  - every `resources[].path` must exist and, if a directory, be non-empty; a directory used by a
 *    Custom UI module (macro view or its custom `config.resource`) must hold `index.html`. So the
 *    built `static/<name>/dist` folders must exist: run `npm run build` first;
 *  - an `index.html` with a CSP `<meta>` allowing inline styles needs `permissions.content.styles`.
 * It does not catch a `timeoutSeconds` on a function used by a resolver (that is `@forge/lint`).
 *
 * The first call in a process compiles the schema (~4–5 s here); the processor is cached, so later
 * calls take milliseconds. Call it in `beforeAll` with `MANIFEST_VALIDATION_TIMEOUT_MS`.
 */
export async function validateManifest(manifestPath: string): Promise<ManifestValidation> {
  // Loaded lazily: requiring the package alone takes about a second.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const forgeManifest = require('@forge/manifest') as ForgeManifestModule;
  const result = await forgeManifest.validate(false, resolve(manifestPath));
  const problems = (result.errors ?? []).map(({ level, message, line, column, reference }) => ({
    level,
    message,
    line,
    column,
    reference,
  }));
  return {
    success: result.success,
    errors: problems.filter((problem) => problem.level === 'error'),
    warnings: problems.filter((problem) => problem.level !== 'error'),
  };
}

/** One line per problem, for assertion messages. */
export function formatProblems(problems: readonly ManifestProblem[]): string[] {
  return problems.map((problem) => `${problem.line}:${problem.column} ${problem.level}: ${problem.message}`);
}
