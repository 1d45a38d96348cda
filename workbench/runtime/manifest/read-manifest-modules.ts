import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describeIssues } from '../kvs/entity-definitions';
import {
  ManifestModulesSchema,
  type ConsumerDeclaration,
  type FunctionDeclaration,
  type ManifestModules,
  type ScheduledTriggerDeclaration,
  type TriggerDeclaration,
  type WebtriggerDeclaration,
  type WorkflowValidatorDeclaration,
} from './manifest-modules';

/**
 * The functions, consumers, scheduled triggers, webtriggers, Jira workflow validators and product-event triggers of a manifest.yml. Modules the
 * manifest does not declare are simply absent; a declaration Forge would refuse on deploy (a
 * function nobody defines, a sixth scheduled trigger, a static webtrigger without outputs)
 * throws here, naming the module.
 */
export function readManifestModules(manifestPath: string): ManifestModules {
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read the manifest at ${manifestPath}: ${(error as Error).message}`);
  }
  return parseManifestModules(parse(text), manifestPath);
}

export function parseManifestModules(document: unknown, source = 'the manifest'): ManifestModules {
  const parsed = ManifestModulesSchema.safeParse(document);
  if (!parsed.success) throw new Error(`modules in ${source} are not valid: ${describeIssues(parsed.error)}`);
  const modules = parsed.data.modules ?? {};
  const functions = new Map<string, FunctionDeclaration>();
  for (const declared of modules.function ?? []) {
    if (functions.has(declared.key)) throw new Error(`${source}: function '${declared.key}' is declared twice.`);
    functions.set(declared.key, declared);
  }
  const invoked = (kind: string, key: string, functionKey: string | undefined, endpoint: unknown): string => {
    // Forge Remote endpoints run outside Forge; nothing local could stand in for the remote.
    if (functionKey === undefined) {
      const why = endpoint === undefined ? 'names no function' : 'calls a Forge Remote endpoint, which the local runtime does not emulate';
      throw new Error(`${source}: ${kind} '${key}' ${why}.`);
    }
    if (!functions.has(functionKey)) throw new Error(`${source}: ${kind} '${key}' names function '${functionKey}', which modules.function does not declare.`);
    return functionKey;
  };

  const consumers: ConsumerDeclaration[] = (modules.consumer ?? []).map((consumer) => {
    if (consumer.function === undefined && consumer.resolver !== undefined) {
      return { key: consumer.key, queue: consumer.queue, functionKey: undefined };
    }
    return { key: consumer.key, queue: consumer.queue, functionKey: invoked('consumer', consumer.key, consumer.function, consumer.endpoint) };
  });
  const scheduledTriggers: ScheduledTriggerDeclaration[] = (modules.scheduledTrigger ?? []).map((trigger) => ({
    key: trigger.key,
    functionKey: invoked('scheduledTrigger', trigger.key, trigger.function, trigger.endpoint),
    interval: trigger.interval,
  }));
  const webtriggers: WebtriggerDeclaration[] = (modules.webtrigger ?? []).map((trigger) => ({
    key: trigger.key,
    functionKey: invoked('webtrigger', trigger.key, trigger.function, trigger.endpoint),
    urlFormat: trigger.urlFormat ?? 'v1',
    response:
      trigger.response?.type === 'static' ? { type: 'static', outputs: trigger.response.outputs ?? [] } : { type: 'dynamic' },
  }));
  const workflowValidators: WorkflowValidatorDeclaration[] = (modules['jira:workflowValidator'] ?? []).map((validator) => {
    if (validator.expression !== undefined) {
      if (validator.function !== undefined) throw new Error(`${source}: jira:workflowValidator '${validator.key}' has both an expression and a function.`);
      return { key: validator.key, kind: 'expression', expression: validator.expression, errorMessage: validator.errorMessage };
    }
    return { key: validator.key, kind: 'function', functionKey: invoked('jira:workflowValidator', validator.key, validator.function, validator.endpoint) };
  });
  const triggers: TriggerDeclaration[] = (modules.trigger ?? []).map((trigger) => ({
    key: trigger.key,
    functionKey: invoked('trigger', trigger.key, trigger.function, trigger.endpoint),
    events: trigger.events,
    ignoreSelf: trigger.filter?.ignoreSelf ?? false,
    filterExpression: trigger.filter?.expression,
    onError: trigger.filter?.onError ?? 'IGNORE_AND_LOG',
    propertyPaths: trigger.payload?.include?.propertyPaths ?? [],
  }));
  for (const trigger of webtriggers) {
    const keys = trigger.response.type === 'static' ? trigger.response.outputs.map((output) => output.key) : [];
    const twice = keys.find((key, index) => keys.indexOf(key) !== index);
    if (twice !== undefined) throw new Error(`${source}: webtrigger '${trigger.key}' declares output '${twice}' twice.`);
  }
  for (const [kind, list] of [['consumer', consumers], ['scheduledTrigger', scheduledTriggers], ['webtrigger', webtriggers], ['jira:workflowValidator', workflowValidators], ['trigger', triggers]] as const) {
    const keys = list.map((module) => module.key);
    const twice = keys.find((key, index) => keys.indexOf(key) !== index);
    if (twice !== undefined) throw new Error(`${source}: ${kind} '${twice}' is declared twice.`);
  }
  return { functions, consumers, scheduledTriggers, webtriggers, workflowValidators, triggers };
}
