import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { JiraSite } from '../../core/capa/jira-site';
import type { JiraSiteStore } from '../../core/ports/jira-site-store';

export const JIRA_SITE_ENTITY = 'jira-site';
export const JIRA_SITE_KEY = 'site';

const JiraSiteEntity = z.object({ schemaVersion: z.number().int(), site: z.unknown() });

/** A record the app cannot read is treated as none: the next write from the provisioning record replaces it. */
export function readJiraSiteEntity(raw: unknown): JiraSite | null {
  const entity = JiraSiteEntity.safeParse(raw);
  if (!entity.success) return null;
  const parsed = JiraSite.safeParse(entity.data.site);
  return parsed.success ? parsed.data : null;
}

export class ForgeJiraSiteStore implements JiraSiteStore {
  async get(): Promise<JiraSite | null> {
    const raw = await kvs.entity<unknown>(JIRA_SITE_ENTITY).get(JIRA_SITE_KEY);
    return raw === undefined ? null : readJiraSiteEntity(raw);
  }

  async put(site: JiraSite): Promise<void> {
    await kvs.entity<unknown>(JIRA_SITE_ENTITY).set(JIRA_SITE_KEY, { schemaVersion: site.schemaVersion, site });
  }
}
