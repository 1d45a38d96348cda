import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { cardJsonSchema } from '../../src/core/card/card-json-schema';
import { generateCard } from '../support/card-builders';

describe('the published JSON Schema of a card', () => {
  const file = join(__dirname, '..', '..', 'schema', 'process-card.schema.json');

  it('is current: regenerate it with `npm run schema` after changing the card model', () => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(cardJsonSchema());
  });

  it('accepts a valid card and rejects one missing a section', () => {
    const ajv = new Ajv2020({ strict: false });
    // ajv-formats is not a dependency; these two are the only formats the card uses.
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')));
    const card = generateCard();
    expect(validate(card)).toBe(true);
    const { inputs: _inputs, ...withoutInputs } = card.content;
    expect(validate({ ...card, content: withoutInputs })).toBe(false);
    expect(JSON.stringify(validate.errors)).toContain('inputs');
  });
});
