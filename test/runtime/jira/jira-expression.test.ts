import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { evaluateJiraExpression, JiraExpressionError } from '../../../workbench/runtime';

const manifest = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8')) as {
  modules: { 'jira:workflowValidator': Array<{ key: string; expression?: string }>; trigger: Array<{ filter: { expression: string }; payload: { include: { propertyPaths: string[] } } }> };
};
const recordValidator = manifest.modules['jira:workflowValidator'].find((module) => module.key === 'action-record-validator')!.expression!;
const [trigger] = manifest.modules.trigger;

describe('the stand-in’s Jira expressions: the app’s own (stand-in behaviour: confirm on a dev site)', () => {
  const issueWith = (record: unknown) => ({ key: 'QMS-2', properties: record === undefined ? {} : { 'process-cards.action': record } });
  const config = { kind: 'corrective-action', parts: ['containment', 'root-cause'] };

  it('passes the record validator only for the app’s record of the kind with every part the transition asks', () => {
    const record = { schemaVersion: 1, kind: 'corrective-action', presentParts: ['source', 'containment', 'root-cause'] };
    expect(evaluateJiraExpression(recordValidator, { issue: issueWith(record), config })).toBe(true);
    expect(evaluateJiraExpression(recordValidator, { issue: issueWith({ ...record, presentParts: ['containment'] }), config })).toBe(false);
    expect(evaluateJiraExpression(recordValidator, { issue: issueWith({ ...record, kind: 'improvement' }), config })).toBe(false);
    expect(evaluateJiraExpression(recordValidator, { issue: issueWith({ ...record, schemaVersion: 2 }), config })).toBe(false);
    // No property: `r != null` is false, and `&&` does not read on.
    expect(evaluateJiraExpression(recordValidator, { issue: issueWith(undefined), config })).toBe(false);
    expect(evaluateJiraExpression(recordValidator, { issue: issueWith(record), config: { ...config, parts: [] } })).toBe(true);
  });

  it('reads the trigger’s filter on the event’s issue and fails on an issue without the property, as a member of null is an error', () => {
    const event = (record: unknown) => ({ runtime: { issue: issueWith(record) } });
    expect(evaluateJiraExpression(trigger!.filter.expression, { event: event({ schemaVersion: 1 }) })).toBe(true);
    expect(evaluateJiraExpression(trigger!.filter.expression, { event: event({ schemaVersion: 2 }) })).toBe(false);
    expect(() => evaluateJiraExpression(trigger!.filter.expression, { event: event(undefined) })).toThrow(JiraExpressionError);
  });

  it('resolves the included property paths', () => {
    const issue = issueWith({ link: { cardId: 'card-1', kpiId: null } });
    expect(trigger!.payload.include.propertyPaths.map((path) => evaluateJiraExpression(path, { issue }))).toEqual(['card-1', null]);
  });

  it('refuses what it does not emulate rather than guessing', () => {
    expect(() => evaluateJiraExpression('issue.comments.length > 0', { issue: { comments: [] } })).toThrow(/cannot read|Unexpected/);
    expect(() => evaluateJiraExpression('[1].map(x => x)', {})).toThrow(JiraExpressionError);
    expect(() => evaluateJiraExpression('user.accountId', {})).toThrow("Unknown name 'user'");
    expect(() => evaluateJiraExpression("'a' && true", {})).toThrow('Expected a boolean');
    expect(() => evaluateJiraExpression('config.parts.flatten()', { config: { parts: [] } })).toThrow('does not emulate the list method flatten()');
  });

  it('keeps Jira’s precedence: && before ||, ! binding tightest, let scoping its body', () => {
    expect(evaluateJiraExpression('true || false && false', {})).toBe(true);
    expect(evaluateJiraExpression('!false && 1 == 1', {})).toBe(true);
    expect(evaluateJiraExpression("let x = 'a'; let y = x; y == 'a' && ['a', 'b'].includes(x)", {})).toBe(true);
    expect(evaluateJiraExpression('[1, 2].some(n => n == 2) && ![1, 2].every(n => n == 2)', {})).toBe(true);
  });
});
