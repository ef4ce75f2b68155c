/**
 * Finds visible text in the renderer's sources that does not go through the translations: JSX
 * text, literal values of the attributes people see or hear (aria-label, title, placeholder, alt,
 * label...), literals shown through JSX expressions, and prose-like literals handed to the
 * toast, confirmations or props named like a label. Parsed with the TypeScript compiler, so
 * comments, class names and test ids never count.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** Words that are the same in every language: the brand and symbols. Keep this list short. */
export const UNTRANSLATED_ALLOWLIST: readonly string[] = ['Dossier', 'D', 'SVG', 'PNG', 'PDF', 'HTML', 'Markdown'];

/** Attributes a reader sees or a screen reader speaks. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'heading',
  'message',
  'description',
  'confirmLabel',
  'cancelLabel',
  'emptyText',
  'hint',
  'text',
]);

/** Object properties and call arguments whose string is shown to the reader. */
const VISIBLE_PROPERTIES = new Set([...VISIBLE_ATTRIBUTES, 'ariaLabel', 'placeholderText', 'detail']);
const VISIBLE_CALLS = new Set(['toast', 'showToast', 'reportFailure', 'confirm', 'alert', 'setMessage', 'setError']);

export interface UntranslatedString {
  file: string;
  line: number;
  text: string;
}

/** True when the text has something a reader would read (a letter), and is not allowlisted. */
function isVisibleText(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!/\p{L}/u.test(trimmed)) return false;
  return !UNTRANSLATED_ALLOWLIST.includes(trimmed);
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  }
  return null;
}

/** The literals an expression may evaluate to: itself, both branches of `?:`, the right of `&&`/`||`/`??`. */
function shownLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return shownLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownLiterals(node.whenTrue), ...shownLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(node.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
      return [...shownLiterals(node.left), ...shownLiterals(node.right)];
    if (op === ts.SyntaxKind.PlusToken) return [...shownLiterals(node.left), ...shownLiterals(node.right)];
  }
  return literalText(node) === null ? [] : [node];
}

function calleeName(call: ts.CallExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

/** Scans one source text; `file` is only used in the findings. */
export function findUntranslatedInSource(file: string, source: string): UntranslatedString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: UntranslatedString[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isVisibleText(text)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    found.push({ file, line: line + 1, text: text.replace(/\s+/g, ' ').trim() });
  };
  const reportShown = (expression: ts.Expression) => {
    for (const literal of shownLiterals(expression)) report(literal, literalText(literal) ?? '');
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      reportShown(node.expression);
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer)) report(node.initializer, node.initializer.text);
      else if (ts.isJsxExpression(node.initializer) && node.initializer.expression)
        reportShown(node.initializer.expression);
    } else if (
      ts.isPropertyAssignment(node) &&
      VISIBLE_PROPERTIES.has(node.name.getText(sf).replace(/['"]/g, '')) &&
      !ts.isJsxAttribute(node.parent)
    ) {
      reportShown(node.initializer);
    } else if (
      ts.isBindingElement(node) &&
      node.initializer &&
      VISIBLE_PROPERTIES.has((node.propertyName ?? node.name).getText(sf))
    ) {
      // A default prop value: `title = 'Something went wrong'`.
      reportShown(node.initializer);
    } else if (ts.isCallExpression(node) && VISIBLE_CALLS.has(calleeName(node))) {
      for (const argument of node.arguments) reportShown(argument);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    const isSource = /\.(ts|tsx)$/.test(name) && !/\.test\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts');
    return isSource && !path.includes(`${join('src', 'test')}`) ? [path] : [];
  });
}

/** Every untranslated visible string under `rendererDir`, with paths relative to `root`. */
export function findUntranslated(rendererDir: string, root: string): UntranslatedString[] {
  return listSources(rendererDir).flatMap((path) =>
    findUntranslatedInSource(relative(root, path), readFileSync(path, 'utf8')),
  );
}
