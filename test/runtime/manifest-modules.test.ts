import { InternalServerError, Queue } from '@forge/events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { installForgeRuntime, parseManifestModules, readManifestModules } from '../../workbench/runtime';
import { failureOf, PLATFORM_MANIFEST } from './forge-runtime-fixture';

const REPOSITORY_MANIFEST = join(__dirname, '..', '..', 'manifest.yml');
const withFunctions = (modules: Record<string, unknown>) => ({
  modules: { ...modules, function: [{ key: 'f', handler: 'index.f' }, { key: 'g', handler: 'jobs/rollup.run', timeoutSeconds: 900 }] },
});

describe('the manifest modules the local runtime invokes on its own', () => {
  it('reads the fixture: consumers, the scheduled trigger and both webtriggers', () => {
    const modules = readManifestModules(PLATFORM_MANIFEST);
    expect(modules.consumers).toEqual([
      { key: 'kpi-reminders-consumer', queue: 'kpi-reminders', functionKey: 'kpi-reminders-consumer' },
      { key: 'long-rollup-consumer', queue: 'long-rollups', functionKey: 'long-rollup-consumer' },
    ]);
    expect(modules.webtriggers.map((trigger) => [trigger.key, trigger.urlFormat, trigger.response.type])).toEqual([
      ['kpi-feed', 'v2', 'static'],
      ['echo', 'v1', 'dynamic'],
    ]);
    expect(modules.functions.get('long-rollup-consumer')).toEqual({ key: 'long-rollup-consumer', handler: 'index.longRollupConsumer', timeoutSeconds: 600 });
  });

  it('reads the repository manifest’s daily trigger, its queue’s consumer and the KPI feed webtrigger', () => {
    const modules = readManifestModules(REPOSITORY_MANIFEST);
    expect(modules.scheduledTriggers).toEqual([{ key: 'kpi-reminders', functionKey: 'kpi-reminders-trigger', interval: 'day' }]);
    expect(modules.consumers).toEqual([{ key: 'kpi-reminders-consumer', queue: 'kpi-reminders', functionKey: 'kpi-reminders-worker' }]);
    expect(modules.webtriggers.map((trigger) => [trigger.key, trigger.functionKey, trigger.response.type])).toEqual([['kpi-feed', 'kpi-feed-handler', 'static']]);
    expect(modules.functions.get('kpi-feed-handler')?.handler).toBe('index.kpiFeed');
    expect(modules.functions.get('resolver')?.handler).toBe('index.handler');
  });

  it('reads the repository manifest’s Jira workflow validators and its issue-updated trigger, as the Jira stand-in runs them', () => {
    const modules = readManifestModules(REPOSITORY_MANIFEST);
    expect(modules.workflowValidators.map((validator) => [validator.key, validator.kind])).toEqual([
      ['action-record-validator', 'expression'],
      ['effectiveness-gate', 'function'],
    ]);
    expect(modules.workflowValidators[1]).toEqual({ key: 'effectiveness-gate', kind: 'function', functionKey: 'effectiveness-gate-fn' });
    expect(modules.workflowValidators[0]).toMatchObject({ errorMessage: expect.stringContaining('Process Cards panel') });
    expect(modules.triggers).toEqual([
      {
        key: 'jira-issue-sync',
        functionKey: 'jira-issue-trigger',
        events: ['avi:jira:updated:issue'],
        ignoreSelf: false,
        filterExpression: "event.runtime.issue.properties['process-cards.action'].schemaVersion == 1",
        onError: 'IGNORE_AND_LOG',
        propertyPaths: ["issue.properties['process-cards.action'].link.cardId", "issue.properties['process-cards.action'].link.kpiId"],
      },
    ]);
  });

  it.each([
    ['a consumer of a function nobody declares', { consumer: [{ key: 'c', queue: 'q', function: 'missing' }] }, "names function 'missing'"],
    ['a sixth scheduled trigger', { scheduledTrigger: [1, 2, 3, 4, 5, 6].map((n) => ({ key: `t${n}`, function: 'f', interval: 'hour' })) }, 'scheduledTrigger'],
    ['an interval Forge does not offer', { scheduledTrigger: [{ key: 't', function: 'f', interval: 'minute' }] }, 'interval'],
    ['a static webtrigger without outputs', { webtrigger: [{ key: 'w', function: 'f', response: { type: 'static' } }] }, 'static response needs `outputs`'],
    ['a static output body over 1,024 characters', { webtrigger: [{ key: 'w', function: 'f', response: { type: 'static', outputs: [{ key: 'o', statusCode: 200, body: 'x'.repeat(1025) }] } }] }, 'body'],
    ['a queue name over 36 characters', { consumer: [{ key: 'c', queue: 'q'.repeat(37), function: 'f' }] }, 'queue'],
    ['a webtrigger calling a Forge Remote endpoint', { webtrigger: [{ key: 'w', endpoint: 'remote' }] }, 'Forge Remote endpoint'],
    ['two consumers with one key', { consumer: [{ key: 'c', queue: 'a', function: 'f' }, { key: 'c', queue: 'b', function: 'f' }] }, "consumer 'c' is declared twice"],
    ['a validator with an expression and a function', { 'jira:workflowValidator': [{ key: 'v', expression: 'true', function: 'f' }] }, 'both an expression and a function'],
    ['a validator of a function nobody declares', { 'jira:workflowValidator': [{ key: 'v', function: 'missing' }] }, "jira:workflowValidator 'v' names function 'missing'"],
    ['a trigger on no event', { trigger: [{ key: 't', function: 'f', events: [] }] }, 'events'],
  ])('refuses %s, as a deploy would', (_what, modules, message) => {
    expect(() => parseManifestModules(withFunctions(modules))).toThrow(message);
  });

  it('refuses a push to the queue of a 1.x (resolver-style) consumer, as @forge/events 2+ meets it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-modules-'));
    const manifestPath = join(dir, 'manifest.yml');
    writeFileSync(manifestPath, stringify(withFunctions({ consumer: [{ key: 'old', queue: 'legacy', resolver: { function: 'f', method: 'listener' } }] })));
    const runtime = installForgeRuntime({ manifestPath });
    try {
      const error = await failureOf(() => new Queue({ key: 'legacy' }).push({ body: {} }));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.message).toContain('400 Bad Request');
      expect(error.message).toContain('1.x resolver shape');
    } finally {
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
