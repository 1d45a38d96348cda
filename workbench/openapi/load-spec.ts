import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isReference, type OpenApiDocument } from './spec-types';

export const SPEC_FILES = [
  'jira-platform-v3.openapi.json',
  'confluence-v1.openapi.json',
  'confluence-v2.openapi.json',
] as const;
export type SpecFile = (typeof SPEC_FILES)[number];

/** The descriptions the repository carries, unmodified (specs/atlassian/README.md). */
export function specsDirectory(): string {
  return resolve(__dirname, '..', '..', 'specs', 'atlassian');
}

const loaded = new Map<SpecFile, OpenApiDocument>();

/** Parses a spec once per process: the Jira description alone is 2.4 MB. */
export function loadSpec(file: SpecFile): OpenApiDocument {
  let doc = loaded.get(file);
  if (!doc) {
    doc = JSON.parse(readFileSync(resolve(specsDirectory(), file), 'utf8')) as OpenApiDocument;
    loaded.set(file, doc);
  }
  return doc;
}

/** Follows local `#/components/...` references to parameter, request-body and response objects. */
export function dereference<T extends object>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  let current: unknown = value;
  for (let hops = 0; isReference(current); hops += 1) {
    if (hops > 20) throw new Error(`reference cycle at ${current.$ref}`);
    current = followPointer(doc, current.$ref);
  }
  return current as T;
}

function followPointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local references are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
    if (node === undefined) throw new Error(`unresolvable reference ${ref}`);
  }
  return node;
}
