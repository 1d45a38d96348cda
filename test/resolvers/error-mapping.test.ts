import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { AppError, ERROR_CODES } from '../../src/core/errors';
import { HTTP_STATUS, resolverError, WEBTRIGGER_OUTPUTS, webtriggerAnswerFor } from '../../src/resolvers/error-mapping';
import { ResolverErrorSchema } from '../../src/contracts/resolver-outputs';

describe('one mapping from the core’s errors to each caller', () => {
  it('gives resolvers the code, reason and parameters, and details only when there are some', () => {
    const error = new AppError('TOO_LARGE', 'too big', [], { reason: 'card-count', params: { count: 51, limit: 50 } });
    expect(resolverError(error)).toEqual({ code: 'TOO_LARGE', reason: 'card-count', message: 'too big', params: { count: 51, limit: 50 } });
    expect(ResolverErrorSchema.parse(resolverError(new AppError('VALIDATION', 'bad', [{ path: 'text', message: 'empty' }])))).toEqual({
      code: 'VALIDATION',
      message: 'bad',
      details: [{ path: 'text', message: 'empty' }],
    });
  });

  it('has an HTTP status for every code, and a static webtrigger output for every status', () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...ERROR_CODES].sort());
    const keys = new Set(WEBTRIGGER_OUTPUTS.map((output) => output.key));
    for (const code of ERROR_CODES) expect(keys).toContain(webtriggerAnswerFor(new AppError(code, 'x')).outputKey);
    expect(WEBTRIGGER_OUTPUTS.map((output) => output.statusCode)).toEqual(expect.arrayContaining([200, 401, 409, 413]));
    expect(new Set(WEBTRIGGER_OUTPUTS.map((output) => output.key)).size).toBe(WEBTRIGGER_OUTPUTS.length);
  });

  it('gives a failure the sender must answer differently an output of its own', () => {
    expect(webtriggerAnswerFor(new AppError('CONFLICT', 'x', [], { reason: 'period-has-value' }))).toEqual({ outputKey: 'status-409' });
    expect(webtriggerAnswerFor(new AppError('CONFLICT', 'x', [], { reason: 'measurement-changed' }))).toEqual({ outputKey: 'status-409-changed' });
  });

  it('every output is declared in the manifest, with its status', () => {
    const manifest = parse(readFileSync(path.join(__dirname, '../../manifest.yml'), 'utf8')) as {
      modules: { webtrigger: Array<{ response: { outputs: Array<{ key: string; statusCode: number }> } }> };
    };
    const declared = manifest.modules.webtrigger.flatMap((trigger) => trigger.response.outputs.map(({ key, statusCode }) => ({ key, statusCode })));
    expect(declared).toEqual(expect.arrayContaining([...WEBTRIGGER_OUTPUTS]));
  });
});
