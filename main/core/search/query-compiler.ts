import type { SearchPredicate } from '../../../db/search-query';
import { foldCase, type SearchLanguage, type TermAnalyzer } from './languages';
import type { FilterName, QueryNode, TextField } from './query-ast';
import { compileFilter } from './query-filters';
import type { HighlightSpec, SearchPlan } from './plan';
import { cjkQueryTerms, tokenizeText } from './tokenize';
import type { Vocabulary } from './vocabulary';

/** What the compiler needs from the library. */
export interface CompileContext {
  analyzer: TermAnalyzer;
  /** Analysis languages present in the library; query words are analysed with each. */
  languages: readonly SearchLanguage[];
  vocabulary: Vocabulary;
  /** Entities (with mentions) that a plain term or phrase names through an alias. */
  findAliasEntities(text: string): number[];
}

type Compiled =
  | { kind: 'fts'; expr: string }
  | { kind: 'notFts'; expr: string }
  | { kind: 'conj'; expr: string | null; preds: SearchPredicate[] }
  | { kind: 'pred'; pred: SearchPredicate };

/** Turns a parsed query into a search plan: FTS5 expressions over analysed terms plus predicates. */
export function compileQuery(root: QueryNode | null, ctx: CompileContext, warnings: string[]): SearchPlan {
  const c = new Compiler(ctx, warnings);
  const compiled = root ? c.compile(root, false) : null;
  const plan: SearchPlan = { match: null, where: [], rank: null, highlight: c.highlight, warnings, empty: false };
  if (!compiled) {
    plan.empty = true;
    return plan;
  }
  switch (compiled.kind) {
    case 'fts':
      plan.match = compiled.expr;
      break;
    case 'notFts':
      plan.where = [{ kind: 'not', child: { kind: 'match', expr: compiled.expr } }];
      break;
    case 'conj':
      plan.match = compiled.expr;
      plan.where = compiled.preds;
      break;
    case 'pred':
      plan.where = [compiled.pred];
      break;
  }
  if (plan.match === null && c.positive.length > 0) plan.rank = c.positive.map(group).join(' OR ');
  return plan;
}

class Compiler {
  readonly highlight: HighlightSpec = { terms: new Set(), prefixes: new Set(), cjk: new Set(), entityIds: new Set() };
  /** Positive text expressions, to rank hits when no single expression drives the query. */
  readonly positive: string[] = [];

  constructor(
    private readonly ctx: CompileContext,
    private readonly warnings: string[],
  ) {}

  compile(node: QueryNode, negated: boolean): Compiled | null {
    switch (node.kind) {
      case 'term':
      case 'phrase':
        return this.compileText(node, negated);
      case 'filter':
        return this.compileFilterNode(node.name, node.value);
      case 'not': {
        const inner = this.compile(node.child, !negated);
        if (!inner) return null;
        if (inner.kind === 'fts') return { kind: 'notFts', expr: inner.expr };
        if (inner.kind === 'notFts') return { kind: 'fts', expr: inner.expr };
        return { kind: 'pred', pred: { kind: 'not', child: toPredicate(inner) } };
      }
      case 'and':
        return this.compileAnd(node.children, negated);
      case 'or':
        return this.compileOr(node.children, negated);
    }
  }

  private compileFilterNode(name: FilterName, value: string): Compiled | null {
    const pred = compileFilter(name, value, this.warnings);
    return pred ? { kind: 'pred', pred } : null;
  }

  private compileAnd(children: QueryNode[], negated: boolean): Compiled | null {
    const pos: string[] = [];
    const neg: string[] = [];
    const preds: SearchPredicate[] = [];
    for (const child of children) {
      const c = this.compile(child, negated);
      if (!c) continue;
      if (c.kind === 'fts') pos.push(c.expr);
      else if (c.kind === 'notFts') neg.push(c.expr);
      else if (c.kind === 'pred') preds.push(c.pred);
      else {
        if (c.expr !== null) pos.push(c.expr);
        preds.push(...c.preds);
      }
    }
    let expr: string | null = null;
    if (pos.length > 0) {
      expr = pos.length === 1 ? pos[0]! : pos.map(group).join(' AND ');
      if (neg.length > 0) expr = `${group(expr)} NOT ${group(neg.map(group).join(' OR '))}`;
    } else if (neg.length > 0) {
      preds.push({ kind: 'not', child: { kind: 'match', expr: neg.map(group).join(' OR ') } });
    }
    if (expr === null && preds.length === 0) return null;
    if (preds.length === 0) return { kind: 'fts', expr: expr! };
    if (expr === null && preds.length === 1) return { kind: 'pred', pred: preds[0]! };
    return { kind: 'conj', expr, preds };
  }

  private compileOr(children: QueryNode[], negated: boolean): Compiled | null {
    const parts = children.map((c) => this.compile(c, negated)).filter((c): c is Compiled => c !== null);
    if (parts.length === 0) return null;
    if (parts.length === 1) return parts[0]!;
    if (parts.every((p) => p.kind === 'fts'))
      return { kind: 'fts', expr: parts.map((p) => group((p as { expr: string }).expr)).join(' OR ') };
    return { kind: 'pred', pred: { kind: 'or', children: parts.map(toPredicate) } };
  }

  private compileText(node: Extract<QueryNode, { kind: 'term' | 'phrase' }>, negated: boolean): Compiled | null {
    const expr = node.kind === 'term' ? this.termExpr(node, negated) : this.phraseExpr(node.text, negated);
    const fielded = expr && node.field ? `${columnFilter(node.field)} : ${group(expr)}` : expr;
    const plain = node.kind === 'phrase' || (!node.prefix && node.fuzzy === undefined);
    const entities = !node.field && plain ? this.ctx.findAliasEntities(node.text) : [];
    if (entities.length > 0) {
      if (!negated) for (const id of entities) this.highlight.entityIds.add(id);
      const mentions: SearchPredicate = { kind: 'mentions', entityIds: entities };
      if (!fielded) return { kind: 'pred', pred: mentions };
      if (!negated) this.positive.push(fielded);
      return { kind: 'pred', pred: { kind: 'or', children: [{ kind: 'match', expr: fielded }, mentions] } };
    }
    if (!fielded) return null;
    if (!negated) this.positive.push(fielded);
    return { kind: 'fts', expr: fielded };
  }

  private termExpr(node: Extract<QueryNode, { kind: 'term' }>, negated: boolean): string | null {
    const tokens = tokenizeText(node.text);
    if (tokens.length === 0) return null;
    if (tokens.length > 1 && !node.prefix && node.fuzzy === undefined) return this.phraseExpr(node.text, negated);
    const last = tokens[tokens.length - 1]!;
    if (node.prefix) {
      const prefix = last.cjk ? last.word : foldCase(last.word);
      if (!negated) (last.cjk ? this.highlight.cjk : this.highlight.prefixes).add(prefix);
      const head = tokens.length > 1 ? this.phraseExpr(node.text.slice(0, last.start), negated) : null;
      // FTS5 matches the prefix against stems; the words that start with it as written but whose
      // stem does not ("accelerators", indexed as "acceler", for accelerat*) come in by their stems.
      const stems = last.cjk ? [] : this.ctx.vocabulary.expandWrittenPrefix(prefix);
      if (!negated) for (const t of stems) this.highlight.terms.add(t);
      const tail = orOf([`${quote(prefix)}*`, ...stems.map(quote)]);
      return head ? `${group(head)} AND ${group(tail)}` : tail;
    }
    if (node.fuzzy !== undefined && !last.cjk) {
      const expansions = new Set<string>();
      for (const v of this.variants(last.word))
        for (const t of this.ctx.vocabulary.expandFuzzy(v, node.fuzzy)) expansions.add(t);
      const base = foldCase(last.word);
      for (const t of this.ctx.vocabulary.expandFuzzy(base, node.fuzzy)) expansions.add(t);
      if (expansions.size === 0) expansions.add(base);
      if (!negated) for (const t of expansions) this.highlight.terms.add(t);
      return orOf([...expansions].map(quote));
    }
    return this.phraseExpr(node.text, negated);
  }

  /** A phrase (or a single word) analysed with each library language; distinct forms are ORed. */
  private phraseExpr(text: string, negated: boolean): string | null {
    const tokens = tokenizeText(text);
    const forms = new Set<string>();
    for (const language of this.ctx.languages) {
      const terms: string[] = [];
      for (const t of tokens) {
        if (t.cjk) {
          terms.push(...cjkQueryTerms(t.word));
          if (!negated) this.highlight.cjk.add(t.word);
          continue;
        }
        const term = this.ctx.analyzer.termOf(t.word, language);
        if (term === null) continue;
        terms.push(term);
        if (!negated) this.highlight.terms.add(term);
      }
      if (terms.length === 0) continue;
      const singleCjk = tokens.length === 1 && tokens[0]!.cjk && Array.from(tokens[0]!.word).length === 1;
      forms.add(singleCjk ? `${quote(terms[0]!)}*` : quote(terms.join(' ')));
    }
    if (forms.size === 0) return null;
    return orOf([...forms]);
  }

  private variants(word: string): Set<string> {
    const out = new Set<string>();
    for (const language of this.ctx.languages) {
      const term = this.ctx.analyzer.termOf(word, language);
      if (term !== null) out.add(term);
    }
    return out;
  }
}

function toPredicate(c: Compiled): SearchPredicate {
  switch (c.kind) {
    case 'fts':
      return { kind: 'match', expr: c.expr };
    case 'notFts':
      return { kind: 'not', child: { kind: 'match', expr: c.expr } };
    case 'pred':
      return c.pred;
    case 'conj':
      return {
        kind: 'and',
        children: [...(c.expr !== null ? [{ kind: 'match', expr: c.expr } as const] : []), ...c.preds],
      };
  }
}

/** FTS5 string literal: terms never contain quotes, but the grammar is kept honest anyway. */
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

function group(expr: string): string {
  return `(${expr})`;
}

function orOf(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : parts.map(group).join(' OR ');
}

function columnFilter(field: TextField): string {
  return `{${field}}`;
}
