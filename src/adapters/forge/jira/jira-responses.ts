import { z } from 'zod';

/**
 * The parts of Jira's answers the adapter reads, per the Jira platform REST v3 description;
 * every field the spec does not require is optional here too, with the adapter's own default.
 */
const Category = z.enum(['TODO', 'IN_PROGRESS', 'DONE']);

/** Project (GET /project/{projectIdOrKey}). */
export const ProjectJson = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  style: z.enum(['classic', 'next-gen']).optional(),
  simplified: z.boolean().optional(),
});

/** The PageBean parts every paged list has. */
const page = <T extends z.ZodType>(value: T) =>
  z.object({ values: z.array(value), startAt: z.number().optional(), isLast: z.boolean().optional(), total: z.number().optional() });

/** PageBeanResolutionJsonBean. */
export const ResolutionPage = page(z.object({ id: z.string(), name: z.string() }));

/** PageBeanProject, ids only. */
export const ProjectPage = page(z.object({ id: z.string() }));

/** JQLCountResultsBean. */
export const IssueCount = z.object({ count: z.number().int().nonnegative() });

/** JiraStatus. */
export const StatusJson = z.object({ id: z.string(), name: z.string(), statusCategory: Category, description: z.string().optional() });
export const StatusList = z.array(StatusJson);

/** IssueTypeDetails. */
export const IssueTypeJson = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  hierarchyLevel: z.number().int().optional(),
  subtask: z.boolean().optional(),
});
export const IssueTypeList = z.array(IssueTypeJson);

/** WorkflowRuleConfiguration. */
const RuleJson = z.object({ ruleKey: z.string(), parameters: z.record(z.string(), z.string()).optional() });

/** ConditionGroupConfiguration, nested. */
export interface ConditionGroupJson {
  operation?: 'ALL' | 'ANY' | undefined;
  conditions?: Array<z.infer<typeof RuleJson>> | undefined;
  conditionGroups?: ConditionGroupJson[] | undefined;
}
const ConditionGroupJson: z.ZodType<ConditionGroupJson> = z.lazy(() =>
  z.object({ operation: z.enum(['ALL', 'ANY']).optional(), conditions: z.array(RuleJson).optional(), conditionGroups: z.array(ConditionGroupJson).optional() }),
);

/** WorkflowTransitions. */
const TransitionJson = z.object({
  id: z.string().optional(),
  name: z.string(),
  type: z.enum(['INITIAL', 'DIRECTED', 'GLOBAL']),
  toStatusReference: z.string(),
  links: z.array(z.object({ fromStatusReference: z.string().nullish() }).nullable()).optional(),
  validators: z.array(RuleJson).optional(),
  actions: z.array(RuleJson).optional(),
  conditions: ConditionGroupJson.nullish(),
});

/** JiraWorkflow. */
export const WorkflowJson = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  isEditable: z.boolean().optional(),
  statuses: z.array(z.object({ statusReference: z.string() })),
  transitions: z.array(TransitionJson),
  version: z.object({ id: z.string(), versionNumber: z.number().int() }),
});
export type WorkflowJson = z.infer<typeof WorkflowJson>;

/** WorkflowReadResponse, WorkflowCreateResponse and WorkflowUpdateResponse: workflows, and the statuses they reference. */
export const WorkflowsAnswer = z.object({
  workflows: z.array(WorkflowJson),
  statuses: z.array(z.object({ id: z.string().optional(), statusReference: z.string().optional() })).optional(),
});
export type WorkflowsAnswer = z.infer<typeof WorkflowsAnswer>;

/** WorkflowValidationErrorList. */
export const ValidationErrors = z.object({
  errors: z.array(z.object({ message: z.string().optional(), code: z.string().optional(), level: z.enum(['WARNING', 'ERROR']).optional() })).optional(),
});

/** PageBeanIssueTypeSchemeProjects. */
export const SchemeProjectsPage = page(
  z.object({
    issueTypeScheme: z.object({ id: z.string(), name: z.string(), isDefault: z.boolean().optional(), defaultIssueTypeId: z.string().optional() }),
    projectIds: z.array(z.string()),
  }),
);

/** PageBeanIssueTypeSchemeMapping. */
export const SchemeMappingPage = page(z.object({ issueTypeSchemeId: z.string(), issueTypeId: z.string() }));

/** IssueTypeSchemeID. */
export const CreatedIssueTypeScheme = z.object({ issueTypeSchemeId: z.string() });

/** WorkflowScheme; the Default Workflow Scheme comes without an id. */
export const WorkflowSchemeJson = z.object({
  id: z.number().int().optional(),
  name: z.string(),
  defaultWorkflow: z.string().optional(),
  issueTypeMappings: z.record(z.string(), z.string()).optional(),
});

/** ContainerOfWorkflowSchemeAssociations. */
export const WorkflowSchemeAssociations = z.object({ values: z.array(z.object({ projectIds: z.array(z.string()), workflowScheme: WorkflowSchemeJson })) });

/** TaskProgressBeanObject. */
export const TaskJson = z.object({
  id: z.string(),
  status: z.enum(['ENQUEUED', 'RUNNING', 'COMPLETE', 'FAILED', 'CANCEL_REQUESTED', 'CANCELLED', 'DEAD']),
  message: z.string().optional(),
});

/** GET /rest/api/3/mypermissions?permissions=ADMINISTER: the one permission asked about. */
export const AdministerPermission = z.object({ permissions: z.object({ ADMINISTER: z.object({ havePermission: z.boolean() }) }) });

/**
 * FoundUsersAndGroups (GET /rest/api/3/groupuserpicker), the groups only: the spec requires no
 * field of a FoundGroup, so one without an id or a name is dropped by the adapter.
 */
export const FoundGroups = z.object({
  groups: z
    .object({
      groups: z.array(z.object({ groupId: z.string().optional(), name: z.string().optional() })).optional(),
      total: z.number().int().nonnegative().optional(),
    })
    .optional(),
});

/** GET /rest/api/3/mypermissions?projectId=…&permissions=CREATE_ISSUES. */
export const CreateIssuesPermission = z.object({ permissions: z.object({ CREATE_ISSUES: z.object({ havePermission: z.boolean() }) }) });

/** GET /rest/forge/1/app/properties/{propertyKey}. */
export const AppPropertyJson = z.object({ key: z.string().optional(), value: z.unknown() });
