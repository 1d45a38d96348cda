import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importDocument } from '../core/import/import-document';
import { withRoles } from '../core/card/card-roles';
import type { ImportWarning } from '../core/import/import-warning';
import { isRecognised } from '../core/import/is-recognised';
import { decodeDocument } from '../core/text/decode-document';

/**
 * `npm run --silent card -- import FILE`: prints the cards a document describes as JSON on
 * stdout (one object for one card, an array for several) and the importer's warnings on
 * stderr. The file may be UTF-8, UTF-16 or Windows-1251 text. Exits non-zero with a one-line
 * reason when the file cannot be read, is no text, or holds no card or too many.
 */

const USAGE = 'usage: card import FILE';

function fail(message: string, code = 1): never {
  process.stderr.write(`card: ${message}\n`);
  process.exit(code);
}

function describe(warning: ImportWarning): string {
  const where = [
    warning.cardIndex === undefined ? '' : `card ${warning.cardIndex + 1}`,
    warning.section ?? '',
    warning.heading ? `«${warning.heading}»` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const text = warning.text ? `: ${warning.text.replace(/\s+/g, ' ').slice(0, 160)}` : '';
  return `warning [${warning.code}]${where ? ` (${where})` : ''} ${warning.message}${text}`;
}

function main(argv: readonly string[]): void {
  const [command, file, ...rest] = argv;
  if (command !== 'import' || !file || rest.length > 0) fail(USAGE, 2);
  // npm runs scripts from the package root; a relative path means the caller's directory.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    fail(`cannot read ${file} (${reason})`);
  }
  const decoded = decodeDocument(bytes);
  if (!decoded.ok) {
    fail(
      decoded.reason === 'not-text'
        ? `${file} is not a text file (save the document as plain text)`
        : `${file} is not UTF-8, UTF-16 or Windows-1251 text (save it as UTF-8)`,
    );
  }
  const result = importDocument(decoded.text);
  if (result.tooManyCards) {
    const { count, limit } = result.tooManyCards;
    fail(`${file} describes ${count} processes; at most ${limit} can be imported at once`);
  }
  if (!isRecognised(result)) fail(`nothing of a process card was recognised in ${file} (no title, no known section)`);
  for (const warning of result.warnings) process.stderr.write(`${describe(warning)}\n`);
  if (result.warningsOmitted > 0) process.stderr.write(`${result.warningsOmitted} more warnings were left out\n`);
  // As the app stores them: roles as data, so the JSON is a complete card of the current model.
  const cards = result.cards.map((card) => ({ ...card, content: withRoles(card.content) }));
  const output = cards.length === 1 ? cards[0] : cards;
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

main(process.argv.slice(2));
