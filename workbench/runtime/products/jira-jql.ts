/**
 * The JQL the stand-in understands: `<field> = <value>` clauses joined by AND, then an optional
 * ORDER BY. A field is `project` or an alias an entity property module declared; values are
 * "double-quoted", 'single-quoted' or bare words. Anything else is refused, never ignored: a
 * query Jira would read differently must not pass here with a filter that did nothing.
 */

export interface JqlClause {
  /** `project`, or a declared alias (lower-case). */
  field: string;
  value: string;
}

export type SortField = 'created' | 'key';

export interface JqlQuery {
  clauses: JqlClause[];
  orderBy: Array<{ field: SortField; direction: 'ASC' | 'DESC' }>;
}

/** Why a query is refused: Jira's own words for a field it does not have, or what the stand-in does not emulate. */
export type JqlRefusal = { kind: 'unknown-field'; field: string } | { kind: 'not-emulated'; what: string };

export type JqlParse = { ok: true; query: JqlQuery } | { ok: false; refusal: JqlRefusal };

type Token = { kind: 'word' | 'string'; text: string } | { kind: 'symbol'; text: string };

// Jira fields a query may name that the stand-in does not search by: refused as not emulated, not as unknown.
const JIRA_FIELDS = new Set(['assignee', 'created', 'creator', 'issuetype', 'key', 'labels', 'priority', 'reporter', 'resolution', 'resolved', 'status', 'statuscategory', 'summary', 'text', 'type', 'updated']);
const SORT_FIELDS: Record<string, SortField> = { created: 'created', key: 'key', issuekey: 'key' };

function tokenize(jql: string): Token[] | JqlRefusal {
  const tokens: Token[] = [];
  let at = 0;
  while (at < jql.length) {
    const rest = jql.slice(at);
    const space = /^\s+/.exec(rest);
    if (space !== null) {
      at += space[0].length;
      continue;
    }
    const quoted = /^"((?:[^"\\]|\\.)*)"|^'((?:[^'\\]|\\.)*)'/.exec(rest);
    if (quoted !== null) {
      tokens.push({ kind: 'string', text: (quoted[1] ?? quoted[2]!).replace(/\\(.)/g, '$1') });
      at += quoted[0].length;
      continue;
    }
    const word = /^[A-Za-z0-9_.-]+/.exec(rest);
    if (word !== null) {
      tokens.push({ kind: 'word', text: word[0] });
      at += word[0].length;
      continue;
    }
    const symbol = /^(=|,)/.exec(rest);
    if (symbol === null) return { kind: 'not-emulated', what: `the JQL at “${rest.slice(0, 20)}” (only field = value, AND and ORDER BY)` };
    tokens.push({ kind: 'symbol', text: symbol[0] });
    at += 1;
  }
  return tokens;
}

const isWord = (token: Token | undefined, word: string): boolean => token?.kind === 'word' && token.text.toLowerCase() === word;

/** Parses `jql`; `aliases` are the declared ones, lower-case. */
export function parseJql(jql: string, aliases: ReadonlySet<string>): JqlParse {
  const tokens = tokenize(jql);
  if (!Array.isArray(tokens)) return { ok: false, refusal: tokens };
  let at = 0;
  const refuse = (refusal: JqlRefusal): JqlParse => ({ ok: false, refusal });
  const clauses: JqlClause[] = [];
  while (at < tokens.length && !isWord(tokens[at], 'order')) {
    if (clauses.length > 0) {
      if (!isWord(tokens[at], 'and')) return refuse({ kind: 'not-emulated', what: `“${tokens[at]!.text}” between clauses (only AND)` });
      at += 1;
    }
    const [field, operator, value] = [tokens[at], tokens[at + 1], tokens[at + 2]];
    if (field?.kind !== 'word') return refuse({ kind: 'not-emulated', what: 'a clause that does not start with a field name' });
    const name = field.text.toLowerCase();
    if (name !== 'project' && !aliases.has(name)) {
      return refuse(JIRA_FIELDS.has(name) ? { kind: 'not-emulated', what: `searching by ${field.text}` } : { kind: 'unknown-field', field: field.text });
    }
    if (operator?.kind !== 'symbol' || operator.text !== '=') return refuse({ kind: 'not-emulated', what: `an operator other than = after ${field.text}` });
    if (value === undefined || value.kind === 'symbol' || (value.kind === 'word' && ['and', 'or', 'order', 'empty', 'null'].includes(value.text.toLowerCase()))) {
      return refuse({ kind: 'not-emulated', what: `the value of ${field.text} (a quoted string or a word)` });
    }
    clauses.push({ field: name, value: value.text });
    at += 3;
  }
  const orderBy: JqlQuery['orderBy'] = [];
  if (at < tokens.length) {
    if (!isWord(tokens[at + 1], 'by')) return refuse({ kind: 'not-emulated', what: 'ORDER without BY' });
    at += 2;
    do {
      if (orderBy.length > 0) at += 1;
      const field = tokens[at];
      const sortField = field?.kind === 'word' ? SORT_FIELDS[field.text.toLowerCase()] : undefined;
      if (sortField === undefined) return refuse({ kind: 'not-emulated', what: `ORDER BY ${field?.text ?? '(nothing)'} (only created and key)` });
      at += 1;
      const direction = isWord(tokens[at], 'asc') ? 'ASC' : isWord(tokens[at], 'desc') ? 'DESC' : undefined;
      // Without one, Jira sorts by the field's own default order, which the stand-in does not guess.
      if (direction === undefined) return refuse({ kind: 'not-emulated', what: `ORDER BY ${field!.text} without ASC or DESC` });
      at += 1;
      orderBy.push({ field: sortField, direction });
    } while (tokens[at]?.kind === 'symbol' && tokens[at]!.text === ',');
    if (at < tokens.length) return refuse({ kind: 'not-emulated', what: `“${tokens[at]!.text}” after ORDER BY` });
  }
  return { ok: true, query: { clauses, orderBy } };
}
