import { FILTER_NAMES, type FilterName, type ParsedQuery, type QueryNode, type TextField } from './query-ast';
import { lexQuery, type LexToken } from './query-lexer';

const MAX_QUERY_LENGTH = 2000;
const MAX_DEPTH = 32;

/**
 * Parses the Lucene-like query language: implicit AND, OR, NOT / -term, parentheses,
 * "phrases", prefix*, term~N, title:/byline: fields and tag:/entity:/lang:/format:/date:/site:
 * filters. Never throws: whatever is malformed is repaired or ignored and described in
 * `warnings`.
 */
export function parseQuery(input: string): ParsedQuery {
  const warnings: string[] = [];
  let text = input;
  if (text.length > MAX_QUERY_LENGTH) {
    text = text.slice(0, MAX_QUERY_LENGTH);
    warnings.push(`The query was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  }
  const parser = new Parser(lexQuery(text, warnings), warnings);
  const root = parser.parseAll();
  return { root, warnings: [...new Set(warnings)] };
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly tokens: LexToken[],
    private readonly warnings: string[],
  ) {}

  parseAll(): QueryNode | null {
    const parts: QueryNode[] = [];
    while (this.pos < this.tokens.length) {
      const node = this.parseOr();
      if (node) parts.push(node);
      if (this.peek()?.type === 'rparen') {
        this.pos++;
        this.warnings.push('A closing parenthesis had no opening one and was ignored.');
      }
    }
    return combine('and', parts);
  }

  private peek(): LexToken | undefined {
    return this.tokens[this.pos];
  }

  private parseOr(): QueryNode | null {
    const parts: QueryNode[] = [];
    let pendingOr = false;
    for (;;) {
      const node = this.parseAnd();
      if (node) parts.push(node);
      else if (pendingOr) this.warnings.push('OR needs a term on both sides; the lone OR was ignored.');
      if (this.peek()?.type !== 'or') break;
      this.pos++;
      if (parts.length === 0) this.warnings.push('OR needs a term on both sides; the lone OR was ignored.');
      pendingOr = true;
    }
    return combine('or', parts);
  }

  private parseAnd(): QueryNode | null {
    const parts: QueryNode[] = [];
    for (;;) {
      const t = this.peek();
      if (!t || t.type === 'or' || t.type === 'rparen') break;
      if (t.type === 'and') {
        this.pos++;
        if (parts.length === 0 || !this.startsOperand())
          this.warnings.push('AND needs a term on both sides; the lone AND was ignored.');
        continue;
      }
      const node = this.parseUnary();
      if (node) parts.push(node);
    }
    return combine('and', parts);
  }

  private startsOperand(): boolean {
    const t = this.peek();
    return t !== undefined && t.type !== 'or' && t.type !== 'and' && t.type !== 'rparen';
  }

  private parseUnary(): QueryNode | null {
    const t = this.peek()!;
    if (t.type === 'not' || t.type === 'minus') {
      this.pos++;
      if (!this.startsOperand()) {
        this.warnings.push(`${t.type === 'not' ? 'NOT' : '"-"'} must be followed by what to exclude; it was ignored.`);
        return null;
      }
      const child = this.parseUnary();
      return child ? { kind: 'not', child } : null;
    }
    if (t.type === 'plus') {
      this.pos++;
      return this.startsOperand() ? this.parseUnary() : null;
    }
    return this.parsePrimary(undefined);
  }

  private parsePrimary(field: TextField | undefined): QueryNode | null {
    const t = this.tokens[this.pos++]!;
    switch (t.type) {
      case 'lparen':
        return this.parseGroup(field);
      case 'phrase':
        return phraseNode(t.value, field);
      case 'word':
        return termNode(t.value, field, this.warnings);
      case 'field':
        return this.parseField(t.value);
      default:
        return null;
    }
  }

  private parseGroup(field: TextField | undefined): QueryNode | null {
    if (this.depth >= MAX_DEPTH) {
      this.warnings.push('Parentheses were nested too deeply; the inner ones were ignored.');
      return null;
    }
    this.depth++;
    const inner = this.parseOr();
    this.depth--;
    if (this.peek()?.type === 'rparen') this.pos++;
    else this.warnings.push('A parenthesis was not closed; it was closed at the end of the query.');
    return inner && field ? withField(inner, field) : inner;
  }

  private parseField(name: string): QueryNode | null {
    const next = this.peek();
    if (!next || next.type === 'rparen' || next.type === 'or' || next.type === 'and') {
      this.warnings.push(`"${name}:" needs a value; it was ignored.`);
      return null;
    }
    if ((FILTER_NAMES as readonly string[]).includes(name)) {
      if (next.type !== 'word' && next.type !== 'phrase') {
        this.warnings.push(`"${name}:" needs a value; it was ignored.`);
        return null;
      }
      this.pos++;
      const value = next.value.trim();
      if (!value) {
        this.warnings.push(`"${name}:" needs a value; it was ignored.`);
        return null;
      }
      return { kind: 'filter', name: name as FilterName, value };
    }
    return this.parsePrimary(name as TextField);
  }
}

function combine(kind: 'and' | 'or', parts: QueryNode[]): QueryNode | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  const flat = parts.flatMap((p) => (p.kind === kind ? p.children : [p]));
  return { kind, children: flat };
}

function phraseNode(value: string, field: TextField | undefined): QueryNode | null {
  const text = value.trim();
  if (!text) return null;
  return field ? { kind: 'phrase', text, field } : { kind: 'phrase', text };
}

function termNode(raw: string, field: TextField | undefined, warnings: string[]): QueryNode | null {
  let text = raw;
  let fuzzy: number | undefined;
  let prefix = false;
  const fuzzyMatch = /~(\d*)$/u.exec(text);
  if (fuzzyMatch) {
    text = text.slice(0, fuzzyMatch.index);
    const n = fuzzyMatch[1] ? Number(fuzzyMatch[1]) : 1;
    fuzzy = Math.min(Math.max(n, 1), 2);
    if (n > 2) warnings.push('Fuzzy matching allows at most 2 differences; "~2" was used.');
  }
  if (text.endsWith('*')) {
    text = text.replace(/\*+$/u, '');
    prefix = true;
  }
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const node: QueryNode = { kind: 'term', text };
  if (field) node.field = field;
  if (prefix) node.prefix = true;
  if (fuzzy !== undefined) node.fuzzy = fuzzy;
  return node;
}

function withField(node: QueryNode, field: TextField): QueryNode {
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map((c) => withField(c, field)) };
    case 'not':
      return { kind: 'not', child: withField(node.child, field) };
    case 'term':
    case 'phrase':
      return { ...node, field };
    default:
      return node;
  }
}
