import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardJsonSchema } from '../src/core/card/card-json-schema';

/** Regenerates schema/process-card.schema.json: `npm run schema`. */
const target = join(__dirname, '..', 'schema', 'process-card.schema.json');
writeFileSync(target, `${JSON.stringify(cardJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
