import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export interface Snippet {
  /** A repository path: it need not exist, the config's `files` globs pick the rules by it. */
  filePath: string;
  code: string;
}

export interface SnippetResult {
  /** The rules that reported something. */
  ruleIds: Array<string | null>;
  /** The rules the config turns on for this path, so "no report" can be told from "not checked". */
  rulesOn: string[];
}

const root = join(__dirname, '..', '..');

/** Lints the snippets with the repository's real eslint.config.mjs, in one child process. */
export function lintSnippets(snippets: Snippet[]): SnippetResult[] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-cases.mjs')], {
    cwd: root,
    input: JSON.stringify(snippets),
    encoding: 'utf8',
  });
  return JSON.parse(output) as SnippetResult[];
}
