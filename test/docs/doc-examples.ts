/**
 * Runnable `@example` blocks in docstrings, in the manner of SageMath's
 * EXAMPLES / TESTS blocks (the convention is documented in docs/examples.md):
 *
 *     * @example
 *     * ```ts
 *     * const W = [[1, 0], [0, 1]].map((r) => r.map((v) => Q.fromRational(v)));
 *     * argmaxableLabels(Q, W)
 *     * // => [true, true]
 *     * parseSignVector('+x', 2)
 *     * // throws SyntaxError: character "x" at position 1
 *     * ```
 *
 * A line `// => EXPR` says that the statement just before it is an expression
 * whose value deep-equals (vitest `toEqual`) the value of EXPR; a line
 * `// throws Name: text` says that the statement just before it throws an
 * error named `Name` whose message contains `text`. Everything else runs as
 * written, top to bottom, in one scope that holds the exports of the file,
 * of `lp/index.ts` and of every module of `src/field/`, plus `Q`
 * (`RationalField`). The code is TypeScript, transpiled (types are not
 * checked here; `tsc` checks nothing inside comments).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { expect } from 'vitest';

/** One example block of one exported declaration. */
export interface DocExample {
  readonly file: string;
  /** The exported name whose docstring holds the block. */
  readonly name: string;
  /** 1-based line of the block's first code line in the file. */
  readonly line: number;
  readonly code: string;
}

/** An exported declaration and whether its docstring has an `@example` with at least one assertion. */
export interface ExportedDeclaration {
  readonly file: string;
  readonly name: string;
  readonly kind: 'function' | 'const';
  readonly examples: DocExample[];
}

const ASSERT_EQ = /^\/\/\s*=>\s?(.*)$/;
const ASSERT_THROWS = /^\/\/\s*throws\s+(\w+)(?::\s*(.*))?$/;

/** The `.ts` files below `dir` (recursively), skipping tests and `internal/` folders. */
export function publicSourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'internal') out.push(...publicSourceFiles(p));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** The fenced code blocks after `@example` in one JSDoc comment, with their 1-based start lines. */
function exampleBlocks(comment: string, commentLine: number): { code: string; line: number }[] {
  const lines = comment.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/\s*$/, ''));
  const blocks: { code: string; line: number }[] = [];
  let inExample = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^@example\b/.test(l.trim())) inExample = true;
    else if (/^@\w/.test(l.trim())) inExample = false;
    if (!inExample || !/^```(ts|typescript)\s*$/.test(l.trim())) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end].trim() !== '```') end++;
    if (end === lines.length) throw new Error(`line ${commentLine + i}: an @example code fence is not closed`);
    blocks.push({ code: lines.slice(start, end).join('\n'), line: commentLine + start });
    i = end;
  }
  return blocks;
}

/** Every exported function and const of `file` (a `.ts` source) with the example blocks of its docstring. */
export function exportedDeclarations(file: string, root: string, text = readFileSync(file, 'utf8')): ExportedDeclaration[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: ExportedDeclaration[] = [];
  for (const st of sf.statements) {
    const exported = ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    let names: { name: string; kind: 'function' | 'const' }[] = [];
    if (ts.isFunctionDeclaration(st) && st.name) names = [{ name: st.name.text, kind: 'function' }];
    else if (ts.isVariableStatement(st)) names = st.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [{ name: d.name.text, kind: 'const' as const }] : []));
    if (names.length === 0) continue;
    const ranges = ts.getLeadingCommentRanges(text, st.pos) ?? [];
    const doc = [...ranges].reverse().find((r) => text.slice(r.pos, r.pos + 3) === '/**');
    const blocks = doc === undefined ? [] : exampleBlocks(text.slice(doc.pos, doc.end), sf.getLineAndCharacterOfPosition(doc.pos).line + 1);
    const rel = relative(root, file);
    for (const n of names) out.push({ file: rel, ...n, examples: blocks.map((b) => ({ file: rel, name: n.name, ...b })) });
  }
  return out;
}

/** True when the code has at least one `// =>` or `// throws` assertion. */
export function hasAssertion(code: string): boolean {
  return code.split('\n').some((l) => ASSERT_EQ.test(l.trim()) || ASSERT_THROWS.test(l.trim()));
}

/** The code of the statements of `chunk` but the last, and the last statement's text (which must be an expression for `=>`). */
function splitLast(chunk: string, where: string, needExpression: boolean): { before: string; last: string; expression: boolean } {
  const sf = ts.createSourceFile('chunk.ts', chunk, ts.ScriptTarget.ES2022, true);
  const sts = sf.statements;
  if (sts.length === 0) throw new Error(`${where}: an assertion follows no statement`);
  const last = sts[sts.length - 1];
  const expression = ts.isExpressionStatement(last);
  if (needExpression && !expression) throw new Error(`${where}: the statement before "// =>" is not an expression`);
  const lastText = expression ? (last as ts.ExpressionStatement).expression.getText(sf) : last.getText(sf);
  return { before: chunk.slice(0, last.getStart(sf)), last: lastText, expression };
}

/** The example as one TypeScript function body: assertions become calls of `__eq` and `__throws`. */
export function exampleBody(ex: DocExample): string {
  const lines = ex.code.split('\n');
  const out: string[] = [];
  let chunk: string[] = [];
  lines.forEach((raw, t) => {
    const l = raw.trim();
    const where = `${ex.file}:${ex.line + t} (${ex.name})`;
    const eq = ASSERT_EQ.exec(l);
    const th = ASSERT_THROWS.exec(l);
    if (!eq && !th) {
      chunk.push(raw);
      return;
    }
    const { before, last, expression } = splitLast(chunk.join('\n'), where, eq !== null);
    out.push(before);
    if (eq) out.push(`__eq(await (${last}), () => (${eq[1]}), ${JSON.stringify(where)});`);
    else out.push(`await __throws(async () => { ${expression ? `await (${last});` : last} }, ${JSON.stringify(th![1])}, ${JSON.stringify(th![2] ?? '')}, ${JSON.stringify(where)});`);
    chunk = [];
  });
  out.push(chunk.join('\n'));
  return out.join('\n');
}

/** Deep equality of an example's value with the shown value. */
function assertEqual(actual: unknown, expected: () => unknown, where: string): void {
  expect(actual, `${where}: the shown value`).toEqual(expected());
}

/** The statement throws (or, awaited, rejects with) an error called `name` whose message contains `text`. */
async function assertThrows(f: () => Promise<unknown>, name: string, text: string, where: string): Promise<void> {
  let thrown: unknown;
  try {
    await f();
  } catch (e) {
    thrown = e;
  }
  if (thrown === undefined) throw new Error(`${where}: expected ${name} (${text}) but nothing was thrown`);
  const err = thrown as Error;
  expect(err.name, `${where}: the error's name`).toBe(name);
  expect(err.message, `${where}: the error's message`).toContain(text);
}

/**
 * Runs one example in `scope` (names → values): transpiles its body into an async
 * function (so that an example may `await`; a shown value is the statement's value
 * awaited, a shown error may also be a rejection) and calls it. Rejects (a failed
 * `expect`, or the example's own error) when the example is broken.
 */
export async function runExample(ex: DocExample, scope: Record<string, unknown>): Promise<void> {
  const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  const source = `async function __example(__scope, __eq, __throws) {\nconst { ${names.join(', ')} } = __scope;\n${exampleBody(ex)}\n}`;
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
  const fn = new Function(`${js}\nreturn __example;`)() as (s: Record<string, unknown>, eq: typeof assertEqual, th: typeof assertThrows) => Promise<void>;
  await fn(scope, assertEqual, assertThrows);
}
