// Lints many snippets in one process: jest's VM cannot load the ES-module flat config, and
// starting ESLint (with typescript-eslint) once per snippet costs seconds on a shared machine.
// stdin: [{ code, filePath }]; stdout: [{ ruleIds, rulesOn }] in the same order.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';

const cases = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { code, filePath } of cases) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  const config = await eslint.calculateConfigForFile(filePath);
  const rulesOn = Object.entries(config?.rules ?? {})
    .filter(([, entry]) => ![0, 'off'].includes(Array.isArray(entry) ? entry[0] : entry))
    .map(([rule]) => rule);
  results.push({ ruleIds: result.messages.map((message) => message.ruleId), rulesOn });
}
process.stdout.write(JSON.stringify(results));
