import Resolver from '@forge/resolver';
import {
  FindGroupsPayload,
  GetOverrideGroupPayload,
  JIRA_ADMIN_RESOLVER_KEYS,
  ListProjectsPayload,
  PlanProvisioningPayload,
  RunProvisioningStepPayload,
  SetDefaultProjectPayload,
  SetOverrideGroupPayload,
} from '../../contracts/jira-admin-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { actorFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';

/**
 * The `jira:adminPage` module's functions. Jira shows the page to Jira admins only, and every
 * call goes to Jira as the caller, so Jira's own permission decides what may be changed; the site
 * default and the override group, which only the app writes, ask Jira first whether the caller is an admin.
 */
export function defineJiraAdminResolvers(useCases: AppUseCases, logger: Logger): Resolver {
  const resolver = new Resolver();
  const { planProvisioning, runProvisioningStep, listProjects, setDefaultProject, overrideGroup, findGroups, setOverrideGroup } = JIRA_ADMIN_RESOLVER_KEYS;

  resolver.define(planProvisioning, ({ payload, context }) =>
    runResolver(planProvisioning, logger, async () => useCases.provisionJira.plan(actorFrom(context), parsePayload(PlanProvisioningPayload, payload))),
  );

  resolver.define(runProvisioningStep, ({ payload, context }) =>
    runResolver(runProvisioningStep, logger, async () => useCases.provisionJira.step(actorFrom(context), parsePayload(RunProvisioningStepPayload, payload))),
  );

  resolver.define(listProjects, ({ payload, context }) =>
    runResolver(listProjects, logger, async () => {
      parsePayload(ListProjectsPayload, payload);
      return useCases.jiraDefaultProject.projects(actorFrom(context));
    }),
  );

  resolver.define(setDefaultProject, ({ payload, context }) =>
    runResolver(setDefaultProject, logger, async () => useCases.jiraDefaultProject.setDefault(actorFrom(context), parsePayload(SetDefaultProjectPayload, payload))),
  );

  resolver.define(overrideGroup, ({ payload, context }) =>
    runResolver(overrideGroup, logger, async () => {
      parsePayload(GetOverrideGroupPayload, payload);
      return useCases.jiraOverrideGroup.current(actorFrom(context));
    }),
  );

  resolver.define(findGroups, ({ payload, context }) =>
    runResolver(findGroups, logger, async () => useCases.jiraOverrideGroup.find(actorFrom(context), parsePayload(FindGroupsPayload, payload).query)),
  );

  resolver.define(setOverrideGroup, ({ payload, context }) =>
    runResolver(setOverrideGroup, logger, async () => useCases.jiraOverrideGroup.set(actorFrom(context), parsePayload(SetOverrideGroupPayload, payload))),
  );

  return resolver;
}
