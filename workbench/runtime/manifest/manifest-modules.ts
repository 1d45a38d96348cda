import { z } from 'zod';

/**
 * The manifest modules the local runtime invokes on its own (queues, schedules, webtriggers),
 * with the rules of @forge/manifest 13.7.0's schema (out/schema/manifest-schema.json) that
 * Forge would refuse on deploy, so a manifest that cannot deploy cannot run here either.
 */
const ModuleKey = z.string().regex(/^[a-zA-Z0-9_-]+$/, 'a module key is letters, digits, - and _');
const FunctionRef = z.string().min(1).max(255).regex(/^[a-zA-Z0-9-._]+$/);

/** ConsumerQueue in the schema; @forge/events checks the same pattern on push. */
export const QUEUE_NAME_PATTERN = /^[a-zA-Z0-9-_]+$/;
export const QUEUE_NAME_MAX_LENGTH = 36;

/** limits-scheduled-trigger: "at most 5 per app". */
export const MAX_SCHEDULED_TRIGGERS = 5;

const FunctionModule = z.object({
  key: FunctionRef,
  // `file.export`, the file relative to src/ (it may name folders: `jobs/reminders.run`).
  handler: z.string().regex(/^\S+\.[A-Za-z_$][\w$]*$/, 'a handler is `file.exportName`'),
  timeoutSeconds: z.number().int().min(1).max(900).optional(),
});

const Consumer = z.object({
  key: ModuleKey,
  queue: z.string().min(1).max(QUEUE_NAME_MAX_LENGTH).regex(QUEUE_NAME_PATTERN),
  function: FunctionRef.optional(),
  // The 1.x shape; with @forge/events 2+ a push to its queue is refused (400).
  resolver: z.unknown().optional(),
  endpoint: z.unknown().optional(),
});

const ScheduledTrigger = z.object({
  key: ModuleKey,
  function: FunctionRef.optional(),
  endpoint: z.unknown().optional(),
  interval: z.enum(['fiveMinute', 'hour', 'day', 'week']),
});

const StaticOutput = z.strictObject({
  key: z.string().min(1).max(255),
  statusCode: z.number().int(),
  contentType: z.string().max(255).optional(),
  body: z.string().max(1024).optional(),
});

const Webtrigger = z.object({
  key: ModuleKey,
  function: FunctionRef.optional(),
  endpoint: z.unknown().optional(),
  urlFormat: z.enum(['v1', 'v2']).optional(),
  response: z
    .strictObject({ type: z.enum(['static', 'dynamic']), outputs: z.array(StaticOutput).max(20).optional() })
    .refine((response) => (response.type === 'static') === (response.outputs !== undefined), {
      message: 'a static response needs `outputs`, a dynamic one must not have them',
    })
    .optional(),
});

// jira:workflowValidator: an expression (with its errorMessage) or a function, as the module reference allows.
const WorkflowValidator = z.object({
  key: ModuleKey,
  expression: z.string().min(1).optional(),
  errorMessage: z.string().optional(),
  function: FunctionRef.optional(),
  resolver: z.unknown().optional(),
  endpoint: z.unknown().optional(),
});

// trigger (product events): the events, the optional filter and the included property paths.
const Trigger = z.object({
  key: ModuleKey,
  function: FunctionRef.optional(),
  endpoint: z.unknown().optional(),
  events: z.array(z.string().min(1)).min(1),
  filter: z
    .object({
      ignoreSelf: z.boolean().optional(),
      expression: z.string().min(1).optional(),
      onError: z.enum(['IGNORE_AND_LOG', 'RECEIVE_AND_LOG']).optional(),
    })
    .optional(),
  payload: z.object({ include: z.object({ propertyPaths: z.array(z.string().min(1)).optional() }).optional() }).optional(),
});

export const ManifestModulesSchema = z.object({
  modules: z
    .object({
      'jira:workflowValidator': z.array(WorkflowValidator).optional(),
      trigger: z.array(Trigger).optional(),
      function: z.array(FunctionModule).optional(),
      consumer: z.array(Consumer).optional(),
      scheduledTrigger: z.array(ScheduledTrigger).max(MAX_SCHEDULED_TRIGGERS).optional(),
      webtrigger: z.array(Webtrigger).optional(),
    })
    .optional(),
});

export type FunctionDeclaration = z.infer<typeof FunctionModule>;
export type StaticOutputDeclaration = z.infer<typeof StaticOutput>;

export interface ConsumerDeclaration {
  key: string;
  queue: string;
  /** The function module's key; undefined for a 1.x (`resolver`) consumer, which cannot receive v2 pushes. */
  functionKey: string | undefined;
}

export interface ScheduledTriggerDeclaration {
  key: string;
  functionKey: string;
  interval: 'fiveMinute' | 'hour' | 'day' | 'week';
}

export interface WebtriggerDeclaration {
  key: string;
  functionKey: string;
  urlFormat: 'v1' | 'v2';
  /** Dynamic unless the manifest says static (the module reference's default). */
  response: { type: 'dynamic' } | { type: 'static'; outputs: StaticOutputDeclaration[] };
}

/** A `jira:workflowValidator`: Jira evaluates the expression, or invokes the function. */
export type WorkflowValidatorDeclaration =
  | { key: string; kind: 'expression'; expression: string; errorMessage: string | undefined }
  | { key: string; kind: 'function'; functionKey: string };

/** A product-event `trigger`. */
export interface TriggerDeclaration {
  key: string;
  functionKey: string;
  events: readonly string[];
  ignoreSelf: boolean;
  filterExpression: string | undefined;
  onError: 'IGNORE_AND_LOG' | 'RECEIVE_AND_LOG';
  propertyPaths: readonly string[];
}

/** What the runtime knows of the app's functions and the modules that invoke them. */
export interface ManifestModules {
  functions: ReadonlyMap<string, FunctionDeclaration>;
  consumers: readonly ConsumerDeclaration[];
  scheduledTriggers: readonly ScheduledTriggerDeclaration[];
  webtriggers: readonly WebtriggerDeclaration[];
  workflowValidators: readonly WorkflowValidatorDeclaration[];
  triggers: readonly TriggerDeclaration[];
}

export const NO_MODULES: ManifestModules = { functions: new Map(), consumers: [], scheduledTriggers: [], webtriggers: [], workflowValidators: [], triggers: [] };
