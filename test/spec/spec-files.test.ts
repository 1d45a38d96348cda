import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SPECS } from '../support/fixtures';

/** The repository carries Atlassian's descriptions unmodified: the sums are those in specs/atlassian/README.md. */
describe('the OpenAPI descriptions in specs/atlassian', () => {
  const readme = readFileSync(join(SPECS, 'README.md'), 'utf8');
  const rows = [...readme.matchAll(/^\| ([\w.-]+\.json) \|.*\| ([0-9a-f]{64}) \|$/gm)].map((match) => ({ file: match[1]!, sha: match[2]! }));

  it('lists the three descriptions', () => {
    expect(rows.map((row) => row.file).sort()).toEqual([
      'confluence-v1.openapi.json',
      'confluence-v2.openapi.json',
      'jira-platform-v3.openapi.json',
    ]);
  });

  it.each(rows)('$file has the sha256 its README records', ({ file, sha }) => {
    expect(createHash('sha256').update(readFileSync(join(SPECS, file))).digest('hex')).toBe(sha);
  });
});
