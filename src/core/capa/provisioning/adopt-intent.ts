import { shapeOf } from './plan-provisioning';
import type { ProvisionRecord } from './provision-record';
import type { ProvisioningTarget } from './provisioning-target';
import type { SiteSnapshot } from './site-snapshot';

/**
 * A step records what it is about to create before it does (the record's `intent`). When the
 * record's save after the create was lost, the object is in Jira but not in the record: it is
 * adopted here if it is exactly what the step made — the same name and the shape this app
 * builds (a status: its category; an issue type: a standard one; a workflow: the fingerprint
 * of the shape sent). Anything else of that name is left out, so the plan reports it as before.
 * Pure: the plan shows the record as adopted, and the next step saves it so.
 */
export function adoptIntent(record: ProvisionRecord, snapshot: SiteSnapshot, target: ProvisioningTarget): { record: ProvisionRecord; snapshot: SiteSnapshot } {
  const { intent, ...rest } = record;
  if (intent === undefined) return { record, snapshot };
  const adopted: ProvisionRecord = structuredClone(rest);
  const seen: SiteSnapshot = { ...snapshot, recordedStatuses: [...snapshot.recordedStatuses], recordedWorkflows: [...snapshot.recordedWorkflows] };
  switch (intent.kind) {
    case 'statuses':
      for (const wanted of intent.statuses) {
        if (adopted.statuses[wanted.ref] !== undefined) continue;
        const found = snapshot.statusesByName.find((status) => status.name === wanted.name && status.category === wanted.category);
        if (found === undefined) continue;
        adopted.statuses[wanted.ref] = { id: found.id, created: true };
        seen.recordedStatuses.push(found);
      }
      break;
    case 'issue-type': {
      if (adopted.issueTypes[intent.ref] !== undefined) break;
      const found = snapshot.issueTypes.find((type) => type.name === intent.name && type.hierarchyLevel === 0);
      if (found !== undefined) adopted.issueTypes[intent.ref] = { id: found.id, name: found.name };
      break;
    }
    case 'workflow': {
      const workflow = target.workflows.find((candidate) => candidate.kind === intent.ref);
      if (workflow === undefined || adopted.workflows[intent.ref] !== undefined) break;
      const found = snapshot.intendedWorkflows.find((candidate) => candidate.name === intent.name && workflow.fingerprint(shapeOf(candidate)) === intent.built);
      if (found === undefined) break;
      adopted.workflows[intent.ref] = { id: found.id, name: found.name, fingerprint: workflow.fingerprint(shapeOf(found)), built: intent.built, appVersion: target.appVersion };
      seen.recordedWorkflows.push(found);
      break;
    }
  }
  return { record: adopted, snapshot: seen };
}
