import { jiraSiteOf, sameJiraSite, type JiraSite } from '../../capa/jira-site';
import type { ProvisionRecord } from '../../capa/provisioning/provision-record';
import type { AppProperties } from '../../ports/jira-provisioning';
import type { JiraSiteStore } from '../../ports/jira-site-store';
import { readProvisionRecord } from './read-provision-record';

/**
 * Brings storage's copy of the Jira set-up up to the provisioning record and returns it. Called
 * by every path that has just changed or read the record (the admin page's steps, raising), so
 * the copy a card's first render reads stays current, also where Confluence's storage never saw
 * the admin page's writes. Writes only when something changed.
 */
export async function refreshJiraSite(deps: { appProperties: AppProperties; jiraSite: JiraSiteStore }, at: string, stored?: JiraSite | null): Promise<JiraSite> {
  return copyJiraSite(deps, await readProvisionRecord(deps.appProperties), at, stored);
}

/** The same, for a caller that holds the record already (it has just read or written it). */
export async function copyJiraSite(deps: { jiraSite: JiraSiteStore }, record: ProvisionRecord, at: string, stored?: JiraSite | null): Promise<JiraSite> {
  const current = jiraSiteOf(record, at);
  const before = stored === undefined ? await deps.jiraSite.get() : stored;
  if (sameJiraSite(before, current) && before !== null) return before;
  await deps.jiraSite.put(current);
  return current;
}
