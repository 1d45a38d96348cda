import type { JiraSite } from '../capa/jira-site';

/**
 * The Confluence side's copy of the Jira set-up (capa/jira-site.ts), one record for the site.
 * Written by the app only, after the provisioning record it copies; last writer wins, since every
 * writer copies the same source.
 */
export interface JiraSiteStore {
  get(): Promise<JiraSite | null>;
  put(site: JiraSite): Promise<void>;
}
