import type { JiraSite } from '../../core/capa/jira-site';
import type { JiraSiteStore } from '../../core/ports/jira-site-store';

export class MemoryJiraSiteStore implements JiraSiteStore {
  record: JiraSite | null = null;
  writes = 0;

  async get(): Promise<JiraSite | null> {
    return this.record === null ? null : structuredClone(this.record);
  }

  async put(site: JiraSite): Promise<void> {
    this.writes += 1;
    this.record = structuredClone(site);
  }
}
