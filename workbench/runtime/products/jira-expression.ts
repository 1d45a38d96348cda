/**
 * A small part of the Jira expression language, enough for the expressions this app writes (its
 * expression validator, its trigger's filter and included property paths): `let x = …; …`,
 * `&&`, `||`, `!`, `==`, `!=`, member access (`a.b`, `a['b']`), string, number, boolean, null
 * and list literals, and the list methods `every`, `some` and `includes` with one-parameter arrows.
 * Anything else is refused as not emulated, never guessed. As in Jira, reading a member of null
 * is an error (a validator counts it as false, a trigger filter as its `onError` says).
 * Stand-in behaviour: Jira's own evaluator is far larger; confirm the app's expressions on a dev site.
 */

export class JiraExpressionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JiraExpressionError';
  }
}

type Token = { kind: 'name' | 'string' | 'number' | 'op'; text: string };

const TOKEN = /\s*(?:([A-Za-z_$][\w$]*)|'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(\d+(?:\.\d+)?)|(=>|==|!=|&&|\|\||[.;=()[\]!,<>]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    if (/^\s*$/.test(source.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (match === null) throw new JiraExpressionError(`The stand-in cannot read the expression at '${source.slice(at, at + 20)}'.`);
    if (match[1] !== undefined) tokens.push({ kind: 'name', text: match[1] });
    else if (match[2] !== undefined || match[3] !== undefined) tokens.push({ kind: 'string', text: (match[2] ?? match[3]!).replace(/\\(.)/g, '$1') });
    else if (match[4] !== undefined) tokens.push({ kind: 'number', text: match[4] });
    else tokens.push({ kind: 'op', text: match[5]! });
  }
  return tokens;
}

type Scope = ReadonlyMap<string, unknown>;
type Node = (scope: Scope) => unknown;

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node {
    const node = this.sequence();
    if (this.at < this.tokens.length) throw new JiraExpressionError(`Unexpected '${this.tokens[this.at]!.text}' in the expression.`);
    return node;
  }

  private peek(text?: string): Token | undefined {
    const token = this.tokens[this.at];
    return text === undefined || token?.text === text ? token : undefined;
  }

  private take(text: string): void {
    if (this.peek(text) === undefined) throw new JiraExpressionError(`Expected '${text}' in the expression.`);
    this.at += 1;
  }

  private sequence(): Node {
    if (this.peek('let') !== undefined && this.tokens[this.at + 1]?.kind === 'name') {
      this.at += 1;
      const name = this.tokens[this.at]!.text;
      this.at += 1;
      this.take('=');
      const value = this.or();
      this.take(';');
      const body = this.sequence();
      return (scope) => body(new Map([...scope, [name, value(scope)]]));
    }
    return this.or();
  }

  private binary(next: () => Node, operators: readonly string[], apply: (op: string, left: Node, right: Node, scope: Scope) => unknown): Node {
    let left = next();
    for (let op = this.peek(); op !== undefined && op.kind === 'op' && operators.includes(op.text); op = this.peek()) {
      this.at += 1;
      const right = next();
      const previous = left;
      left = (scope) => apply(op.text, previous, right, scope);
    }
    return left;
  }

  private or(): Node {
    return this.binary(() => this.and(), ['||'], (_op, left, right, scope) => truthy(left(scope)) || truthy(right(scope)));
  }

  private and(): Node {
    return this.binary(() => this.equality(), ['&&'], (_op, left, right, scope) => truthy(left(scope)) && truthy(right(scope)));
  }

  private equality(): Node {
    return this.binary(() => this.unary(), ['==', '!='], (op, left, right, scope) => (equal(left(scope), right(scope)) ? op === '==' : op === '!='));
  }

  private unary(): Node {
    if (this.peek('!') !== undefined) {
      this.at += 1;
      const operand = this.unary();
      return (scope) => !truthy(operand(scope));
    }
    return this.postfix();
  }

  private postfix(): Node {
    let node = this.primary();
    for (;;) {
      if (this.peek('.') !== undefined) {
        this.at += 1;
        const name = this.tokens[this.at];
        if (name?.kind !== 'name') throw new JiraExpressionError('Expected a member name after "." in the expression.');
        this.at += 1;
        if (this.peek('(') !== undefined) node = this.call(node, name.text);
        else {
          const target = node;
          node = (scope) => member(target(scope), name.text);
        }
      } else if (this.peek('[') !== undefined) {
        this.at += 1;
        const key = this.or();
        this.take(']');
        const target = node;
        node = (scope) => member(target(scope), key(scope));
      } else return node;
    }
  }

  private call(target: Node, method: string): Node {
    this.take('(');
    const argument = this.peek(')') === undefined ? this.arrowOrValue() : { parameter: undefined, value: () => null };
    this.take(')');
    return (scope) => {
      const list = target(scope);
      if (!Array.isArray(list)) throw new JiraExpressionError(`${method}() is called on ${describe(list)}, not a list.`);
      if (method === 'includes') return list.some((item) => equal(item, argument.value(scope)));
      if (method !== 'every' && method !== 'some') throw new JiraExpressionError(`The stand-in does not emulate the list method ${method}().`);
      if (argument.parameter === undefined) throw new JiraExpressionError(`${method}() takes an arrow function.`);
      const test = (item: unknown) => truthy(argument.value(new Map([...scope, [argument.parameter!, item]])));
      return method === 'every' ? list.every(test) : list.some(test);
    };
  }

  private arrowOrValue(): { parameter: string | undefined; value: Node } {
    const name = this.peek();
    if (name?.kind === 'name' && this.tokens[this.at + 1]?.text === '=>') {
      this.at += 2;
      return { parameter: name.text, value: this.or() };
    }
    return { parameter: undefined, value: this.or() };
  }

  private primary(): Node {
    const token = this.tokens[this.at];
    if (token === undefined) throw new JiraExpressionError('The expression ends too early.');
    this.at += 1;
    if (token.kind === 'string') return () => token.text;
    if (token.kind === 'number') return () => Number(token.text);
    if (token.text === '(') {
      const inner = this.or();
      this.take(')');
      return inner;
    }
    if (token.text === '[') {
      const items: Node[] = [];
      while (this.peek(']') === undefined) {
        if (items.length > 0) this.take(',');
        items.push(this.or());
      }
      this.take(']');
      return (scope) => items.map((item) => item(scope));
    }
    if (token.kind !== 'name') throw new JiraExpressionError(`Unexpected '${token.text}' in the expression.`);
    if (token.text === 'null') return () => null;
    if (token.text === 'true' || token.text === 'false') return () => token.text === 'true';
    return (scope) => {
      if (!scope.has(token.text)) throw new JiraExpressionError(`Unknown name '${token.text}' in the expression.`);
      return scope.get(token.text);
    };
  }
}

const describe = (value: unknown): string => (value === null || value === undefined ? 'null' : typeof value);

function member(target: unknown, key: unknown): unknown {
  if (target === null || target === undefined) throw new JiraExpressionError(`Cannot read '${String(key)}' of null.`);
  if (typeof key !== 'string' && typeof key !== 'number') throw new JiraExpressionError('A member key is a string or a number.');
  if (typeof target !== 'object') throw new JiraExpressionError(`Cannot read '${String(key)}' of a ${typeof target}.`);
  const value = (target as Record<string, unknown>)[key];
  return value === undefined ? null : value;
}

const truthy = (value: unknown): boolean => {
  if (typeof value !== 'boolean') throw new JiraExpressionError(`Expected a boolean, not ${describe(value)}.`);
  return value;
};

const equal = (left: unknown, right: unknown): boolean => (left ?? null) === (right ?? null);

/**
 * Evaluates `source` with the given names bound (`issue`, `config`, `event`…). Members a value
 * lacks read as null. Throws JiraExpressionError for what it cannot read or evaluate.
 */
export function evaluateJiraExpression(source: string, context: Readonly<Record<string, unknown>>): unknown {
  const node = new Parser(tokenize(source)).parseAll();
  return node(new Map(Object.entries(context)));
}
