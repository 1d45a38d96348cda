import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { describeIssues } from '../kvs/entity-definitions';
import type { JiraStandInEntityProperty } from '../products/jira-site-types';

// The module's shape in @forge/manifest's schema; the stand-in indexes issue properties' string values.
const EntityPropertyModule = z.object({
  key: z.string().regex(/^[a-zA-Z0-9_-]+$/),
  entityType: z.enum(['issue', 'user', 'project']).default('issue'),
  propertyKey: z.string().min(1),
  values: z.array(z.object({ path: z.string().min(1), type: z.enum(['number', 'string', 'text', 'user', 'date']), searchAlias: z.string().min(1).optional() })).min(1),
});
const ManifestEntityProperties = z.object({ modules: z.object({ 'jira:entityProperty': z.array(EntityPropertyModule).optional() }).passthrough().optional() }).passthrough();

// "All your jira:entityProperty modules combined can't declare more than 30 values."
const MAX_INDEXED_VALUES = 30;

/**
 * The issue property values a manifest.yml asks Jira to index, for the Jira stand-in, so JQL
 * finds by exactly the aliases the deployed app declares. A value the stand-in cannot index
 * (another entity or type, or no alias to search it by) is refused here, naming its module.
 */
export function readManifestEntityProperties(manifestPath: string): JiraStandInEntityProperty[] {
  const parsed = ManifestEntityProperties.safeParse(parse(readFileSync(manifestPath, 'utf8')));
  if (!parsed.success) throw new Error(`jira:entityProperty in ${manifestPath} is not valid: ${describeIssues(parsed.error)}`);
  const modules = parsed.data.modules?.['jira:entityProperty'] ?? [];
  if (modules.flatMap((module) => module.values).length > MAX_INDEXED_VALUES) throw new Error(`${manifestPath} indexes more than ${MAX_INDEXED_VALUES} entity property values.`);
  return modules.map((module) => ({
    propertyKey: module.propertyKey,
    values: module.values.map((value) => {
      if (module.entityType !== 'issue' || value.type !== 'string' || value.searchAlias === undefined) {
        throw new Error(`${module.key}: the Jira stand-in indexes string values of issue properties with a searchAlias, not ${module.entityType} ${value.type} ${value.path}.`);
      }
      return { path: value.path, type: 'string' as const, searchAlias: value.searchAlias };
    }),
  }));
}
