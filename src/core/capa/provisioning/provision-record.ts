import { z } from 'zod';

/**
 * What provisioning made on this site, by id, in a Forge app property (only the app can write
 * it): the next run matches by these ids, never by name, and knows from each workflow's
 * fingerprint whether it is still as this app left it. Written after every step, so a run
 * stopped anywhere resumes where it stopped.
 */

export const PROVISION_RECORD_KEY = 'process-cards.provisioning';
export const PROVISION_RECORD_SCHEMA_VERSION = 1 as const;

const Id = z.string().min(1).max(100);

export const ProvisionedWorkflow = z.object({
  id: Id,
  name: z.string().min(1).max(255),
  /**
   * Two fingerprints: of the workflow as Jira gave it back after this app wrote it (a later read
   * that differs means an admin edited it), and of the shape this app asked for (differing from
   * what this version asks for means an earlier version made it: an upgrade). Jira may normalise
   * what it stores, so the two are kept apart.
   */
  fingerprint: z.string().min(1).max(100),
  built: z.string().min(1).max(100),
  appVersion: z.string().min(1).max(50),
});
export type ProvisionedWorkflow = z.infer<typeof ProvisionedWorkflow>;

export const ProvisionedProject = z.object({
  projectId: Id,
  projectKey: z.string().min(1).max(50),
  /** The project's own copy of its schemes, and whether the project uses it yet (made, then assigned: two steps). */
  issueTypeSchemeId: Id.nullable(),
  issueTypeSchemeAssigned: z.boolean(),
  workflowSchemeId: Id.nullable(),
  workflowSchemeAssigned: z.boolean(),
  /** The asynchronous scheme switch under way, polled until it ends. */
  switchTaskId: Id.nullable(),
  complete: z.boolean(),
});
export type ProvisionedProject = z.infer<typeof ProvisionedProject>;

const Name = z.string().min(1).max(255);

/**
 * What a step is about to create, by name, written to the record before the create: should the
 * record's save after it be lost, the next run adopts an object of exactly that name and the
 * shape this app builds, instead of refusing it as a name someone else took. Anything else of
 * that name stays a conflict.
 */
export const ProvisionIntent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('statuses'),
    statuses: z.array(z.object({ ref: z.string().min(1).max(100), name: Name, category: z.enum(['TODO', 'IN_PROGRESS', 'DONE']) })).max(50),
  }),
  z.object({ kind: z.literal('issue-type'), ref: z.string().min(1).max(100), name: Name }),
  /** `built`: the fingerprint of the shape sent, which what Jira made must match. */
  z.object({ kind: z.literal('workflow'), ref: z.string().min(1).max(100), name: Name, built: z.string().min(1).max(100) }),
]);
export type ProvisionIntent = z.infer<typeof ProvisionIntent>;

export const ProvisionRecord = z.object({
  schemaVersion: z.literal(PROVISION_RECORD_SCHEMA_VERSION),
  /** Fixed by the first run: a second run in the other language must not make a second pair of types. */
  language: z.enum(['en', 'ru']).nullable(),
  statuses: z.record(z.string(), z.object({ id: Id, created: z.boolean() })),
  issueTypes: z.record(z.string(), z.object({ id: Id, name: z.string().max(255) })),
  workflows: z.record(z.string(), ProvisionedWorkflow),
  projects: z.record(Id, ProvisionedProject),
  /** The project corrective actions go to when a card names none. */
  defaultProjectId: Id.nullable(),
  /**
   * The Jira group (its id) whose members may close a corrective action by override, chosen on
   * the admin page; null (and absent, in records written before there was a choice) leaves it to
   * project administrators. The workflows are built from it, so a change is an upgrade.
   */
  overrideGroupId: Id.nullable().default(null),
  /**
   * The group's name as Jira gave it when it was chosen, for the admin page (Jira names a group by
   * id only through an operation needing a scope the app does not hold). Absent while none is chosen.
   */
  overrideGroupName: z.string().min(1).max(255).optional(),
  /** Present only between a create and the save of what it made. */
  intent: ProvisionIntent.optional(),
});
export type ProvisionRecord = z.infer<typeof ProvisionRecord>;

/**
 * Can corrective actions be raised in the project: both its schemes are our copies, so the types
 * and their workflows are in place. Not the same as `complete` (up to date with this app
 * version): an upgrade under way leaves the project usable.
 */
export const isUsableProject = (project: ProvisionedProject | undefined): boolean =>
  project !== undefined && project.issueTypeSchemeAssigned && project.workflowSchemeAssigned;

export const emptyProvisionRecord = (): ProvisionRecord => ({
  schemaVersion: PROVISION_RECORD_SCHEMA_VERSION,
  language: null,
  statuses: {},
  issueTypes: {},
  workflows: {},
  projects: {},
  defaultProjectId: null,
  overrideGroupId: null,
});
