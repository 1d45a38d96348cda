import { loadSpec, type SpecFile } from './load-spec';
import { HTTP_METHODS, type HttpMethod, type OperationObject, type PathItemObject } from './spec-types';

export type Product = 'jira' | 'confluence';

export interface RoutedOperation {
  specFile: SpecFile;
  pathTemplate: string;
  method: HttpMethod;
  operation: OperationObject;
  pathItem: PathItemObject;
  /** Decoded values of the template's `{name}` segments. */
  pathValues: Record<string, string>;
}

export type RouteResult = { ok: true; route: RoutedOperation } | { ok: false; problems: string[] };

interface CompiledTemplate {
  template: string;
  segments: Array<{ literal: string } | { pattern: RegExp; names: string[] }>;
}

const compiledBySpec = new Map<SpecFile, CompiledTemplate[]>();

// Confluence v2 paths are written without the server's '/wiki/api/v2' prefix; v1 paths and
// Jira paths are written in full ('/wiki/rest/api/...', '/rest/api/3/...').
const CONFLUENCE_V2_PREFIX = '/wiki/api/v2';

function specFor(product: Product, path: string): { specFile: SpecFile; specPath: string } {
  if (product === 'jira') return { specFile: 'jira-platform-v3.openapi.json', specPath: path };
  if (path === CONFLUENCE_V2_PREFIX || path.startsWith(`${CONFLUENCE_V2_PREFIX}/`)) {
    return { specFile: 'confluence-v2.openapi.json', specPath: path.slice(CONFLUENCE_V2_PREFIX.length) || '/' };
  }
  return { specFile: 'confluence-v1.openapi.json', specPath: path };
}

/** Finds the one operation a concrete request path and method address, as the product would. */
export function routeRequest(product: Product, method: string, pathWithoutQuery: string): RouteResult {
  const { specFile, specPath } = specFor(product, pathWithoutQuery);
  const candidates = mostSpecificMatches(compiledTemplates(specFile), specPath.split('/'));
  if (candidates.length === 0) {
    return { ok: false, problems: [`unknown path: no operation in ${specFile} matches ${pathWithoutQuery}`] };
  }
  const doc = loadSpec(specFile);
  const lower = method.toLowerCase() as HttpMethod;
  // Equally specific templates (Confluence v1 has POST '.../async/{to}' beside GET
  // '.../async/{id}') are told apart by the method.
  const chosen = HTTP_METHODS.includes(lower)
    ? candidates.find((candidate) => doc.paths[candidate.template]?.[lower])
    : undefined;
  if (!chosen) {
    const template = (candidates[0] as Candidate).template;
    const allowed = HTTP_METHODS.filter((m) => doc.paths[template]?.[m]).map((m) => m.toUpperCase());
    return {
      ok: false,
      problems: [`method not allowed: ${method.toUpperCase()} ${template} is not in ${specFile} (it defines ${allowed.join(', ')})`],
    };
  }
  const pathItem = doc.paths[chosen.template] as PathItemObject;
  return {
    ok: true,
    route: {
      specFile,
      pathTemplate: chosen.template,
      method: lower,
      operation: pathItem[lower] as OperationObject,
      pathItem,
      pathValues: chosen.values,
    },
  };
}

interface Candidate {
  template: string;
  values: Record<string, string>;
  rank: number[];
}

function mostSpecificMatches(templates: CompiledTemplate[], segments: string[]): Candidate[] {
  const matches: Candidate[] = [];
  for (const template of templates) {
    const match = matchTemplate(template, segments);
    if (match) matches.push({ template: template.template, ...match });
  }
  const top = matches.reduce<number[] | undefined>(
    (best, candidate) => (best === undefined || outranks(candidate.rank, best) ? candidate.rank : best),
    undefined,
  );
  return matches.filter((candidate) => top !== undefined && !outranks(top, candidate.rank));
}

function compiledTemplates(specFile: SpecFile): CompiledTemplate[] {
  let compiled = compiledBySpec.get(specFile);
  if (!compiled) {
    compiled = Object.keys(loadSpec(specFile).paths).map(compileTemplate);
    compiledBySpec.set(specFile, compiled);
  }
  return compiled;
}

function compileTemplate(template: string): CompiledTemplate {
  return {
    template,
    segments: template.split('/').map((segment) => {
      if (!segment.includes('{')) return { literal: segment };
      const names: string[] = [];
      const source = segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          names.push(name);
          return '([^/]+)';
        })
        .join('');
      return { pattern: new RegExp(`^${source}$`), names };
    }),
  };
}

// A literal segment beats a templated one at the first position where two candidates differ,
// so '/content/search' wins over '/content/{id}'.
function matchTemplate(template: CompiledTemplate, segments: string[]): Omit<Candidate, 'template'> | undefined {
  if (template.segments.length !== segments.length) return undefined;
  const values: Record<string, string> = {};
  const rank: number[] = [];
  for (const [index, part] of template.segments.entries()) {
    const actual = segments[index] as string;
    if ('literal' in part) {
      if (part.literal !== actual && part.literal !== safeDecode(actual)) return undefined;
      rank.push(1);
      continue;
    }
    const found = part.pattern.exec(actual);
    if (!found) return undefined;
    part.names.forEach((name, i) => {
      values[name] = safeDecode(found[i + 1] as string);
    });
    rank.push(0);
  }
  return { values, rank };
}

function outranks(candidate: number[], incumbent: number[]): boolean {
  for (let i = 0; i < candidate.length; i += 1) {
    if (candidate[i] !== incumbent[i]) return (candidate[i] as number) > (incumbent[i] as number);
  }
  return false;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
