import Resolver from '@forge/resolver';
import {
  JIRA_ADMIN_RESOLVER_KEYS,
  ListProjectsPayload,
  PlanProvisioningPayload,
  RunProvisioningStepPayload,
  SetDefaultProjectPayload,
} from '../../contracts/jira-admin-contracts';
import type { AppUseCases } from '../compose-use-cases';
import type { Logger } from '../../core/ports/logger';
import { actorFrom } from '../resolver-context';
import { parsePayload, runResolver } from '../run-resolver';

/**
 * The `jira:adminPage` module's functions. Jira shows the page to Jira admins only, and every
 * call goes to Jira as the caller, so Jira's own permission decides what may be changed; the site
 * default, which only the app writes, asks Jira first whether the caller is an admin.
 */
export function defineJiraAdminResolvers(useCases: AppUseCases, logger: Logger): Resolver {
  const resolver = new Resolver();
  const { planProvisioning, runProvisioningStep, listProjects, setDefaultProject } = JIRA_ADMIN_RESOLVER_KEYS;

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

  return resolver;
}
