import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { REPO } from './fixtures';
import { join } from 'node:path';

/** Atlassian's own ADF schema (the "full" one Confluence validates documents against). */
const adfSchema = JSON.parse(readFileSync(join(REPO, 'node_modules/@atlaskit/adf-schema/json-schema/v1/full.json'), 'utf8'));

export const validateAdf = new Ajv({ strict: false, allErrors: true }).compile(adfSchema);

/** Throws with the schema's first complaints, so a failing test says what is wrong with the ADF. */
export function expectValidAdf(doc: unknown): void {
  if (!validateAdf(doc)) throw new Error(`invalid ADF: ${JSON.stringify(validateAdf.errors?.slice(0, 5), null, 2)}`);
}
