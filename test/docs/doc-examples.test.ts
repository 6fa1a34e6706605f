/**
 * Every public function of `lp/` and `src/field/` has an `@example` with at least one
 * checked result, and every example block of those folders runs and shows the right
 * values (convention: test/docs/doc-examples.ts, docs/examples.md).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedDeclarations, hasAssertion, publicSourceFiles, runExample, type DocExample } from './doc-examples.ts';

const root = resolve(import.meta.dirname, '../..');
const files = [...publicSourceFiles(join(root, 'lp')), ...publicSourceFiles(join(root, 'src/field'))];
const declarations = files.flatMap((f) => exportedDeclarations(f, root));

/** The names every example sees: lp's public entry, every module of src/field, the dense matrices of src/dense, `Q`. */
const prelude: Record<string, unknown> = {};
for (const f of ['lp/index.ts', 'src/dense/dense-matrix.ts', ...readdirSync(join(root, 'src/field')).filter((n) => n.endsWith('.ts')).map((n) => `src/field/${n}`)]) {
  Object.assign(prelude, await import(join(root, f)));
}
prelude.Q = prelude.RationalField;

/** The scope of an example of `file`: the prelude and the file's own exports. */
async function scopeOf(file: string): Promise<Record<string, unknown>> {
  return { ...prelude, ...(await import(join(root, file))) };
}

describe('every public function of lp/ and src/field/ has a runnable example', () => {
  it('finds the public files and functions', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(new Set(declarations.filter((d) => d.kind === 'function').map((d) => d.name)).size).toBeGreaterThan(80);
  });
  // An overloaded function is documented once, on one of its declarations.
  const functions = [...new Set(declarations.filter((d) => d.kind === 'function').map((d) => `${d.file}: ${d.name}`))];
  const documented = new Set(declarations.filter((d) => d.examples.some((e) => hasAssertion(e.code))).map((d) => `${d.file}: ${d.name}`));
  it('no exported function lacks an @example with a `// =>` or `// throws` line', () => {
    expect(functions.filter((f) => !documented.has(f))).toEqual([]);
  });
});

const byFile = new Map<string, DocExample[]>();
for (const d of declarations) for (const e of d.examples) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);

for (const [file, examples] of byFile) {
  describe(file, () => {
    for (const ex of examples) {
      it(`${ex.name} (line ${ex.line})`, async () => {
        await runExample(ex, await scopeOf(file));
      });
    }
  });
}

describe('the example runner can fail', () => {
  const example = (code: string): DocExample => ({ file: 'synthetic.ts', name: 'f', line: 1, code });
  const scope = {
    double: (x: number) => 2 * x,
    fail: () => { throw new RangeError('bad input 7'); },
    later: async (x: number) => 2 * x,
    reject: async () => { throw new RangeError('later 8'); },
  };
  it('passes a right example (values may be awaited; a rejection counts as a thrown error)', async () => {
    await expect(runExample(example('const y = 3;\ndouble(y)\n// => 6\nfail()\n// throws RangeError: input 7'), scope)).resolves.toBeUndefined();
    await expect(runExample(example('await later(3)\n// => 6\nlater(3)\n// => 6\nreject()\n// throws RangeError: later 8'), scope)).resolves.toBeUndefined();
  });
  it('fails a wrong value, a wrong error, a missing error, and an error the example did not expect', async () => {
    await expect(runExample(example('double(3)\n// => 7'), scope)).rejects.toThrow(/shown value/);
    await expect(runExample(example('later(3)\n// => 7'), scope)).rejects.toThrow(/shown value/);
    await expect(runExample(example('fail()\n// throws TypeError: input 7'), scope)).rejects.toThrow(/error's name/);
    await expect(runExample(example('fail()\n// throws RangeError: input 8'), scope)).rejects.toThrow(/error's message/);
    await expect(runExample(example('reject()\n// throws RangeError: later 9'), scope)).rejects.toThrow(/error's message/);
    await expect(runExample(example('double(3)\n// throws RangeError: x'), scope)).rejects.toThrow(/nothing was thrown/);
    await expect(runExample(example('fail();\ndouble(3)\n// => 6'), scope)).rejects.toThrow(/bad input 7/);
    await expect(runExample(example('await reject();\ndouble(3)\n// => 6'), scope)).rejects.toThrow(/later 8/);
    await expect(runExample(example('const z = 1;\n// => 1'), scope)).rejects.toThrow(/not an expression/);
  });
  it('finds a function without an example', () => {
    const src = '/** Doubles. */\nexport function g(x: number): number { return 2 * x; }\n/**\n * @example\n * ```ts\n * h()\n * // => 1\n * ```\n */\nexport function h() { return 1; }\n';
    const ds = exportedDeclarations('/x/s.ts', '/x', src);
    expect(ds.map((d) => [d.name, d.examples.length])).toEqual([['g', 0], ['h', 1]]);
    expect(ds[1].examples[0].line).toBe(6);
  });
});
