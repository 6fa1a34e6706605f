/**
 * scripts/mutation-summary.mjs (docs/testing.md, section 3): `--check` fails on a surviving
 * mutant whose line carries no `// equivalent mutants (Mutator, …): reason` comment naming its
 * mutator, and passes once one does; the score table counts as Stryker does.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../../../scripts/mutation-summary.mjs');
const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-mutation-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A report of one file whose line 3 has a survivor of `mutator` and line 1 a killed mutant. */
function report(source: string, mutator: string): string {
  const at = (line: number) => ({ start: { line, column: 7 }, end: { line, column: 12 } });
  const file = join(dir, `${mutator}-${source.length}.json`);
  writeFileSync(file, JSON.stringify({
    files: {
      'a.ts': {
        source,
        mutants: [
          { id: '1', mutatorName: 'EqualityOperator', replacement: 'a >= b', status: 'Killed', location: at(1) },
          { id: '2', mutatorName: mutator, replacement: 'false', status: 'Survived', location: at(3) },
        ],
      },
    },
  }));
  return file;
}

/** Runs the script; its exit code and stdout + stderr. */
function run(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync('node', [script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

describe('mutation-summary --check', () => {
  const code = (comment: string) => ['const a = x < y;', comment, 'if (sa === sb) return sa;', ''].join('\n');

  it('fails on a survivor with no recorded reason, and names it', () => {
    const r = run(report(code('// a fast path'), 'ConditionalExpression'), '--check', '--survivors');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/NOT EXPLAINED/);
    expect(r.out).toMatch(/a\.ts:3:7` Survived ConditionalExpression/);
    expect(r.out).toMatch(/1 surviving mutant\(s\) neither killed nor explained/);
  });

  it('fails when the comment names another mutator', () => {
    expect(run(report(code('// equivalent mutants (EqualityOperator): a fast path'), 'ConditionalExpression'), '--check').code).toBe(1);
  });

  it('passes when the comment above names its mutator, and groups it under the reason', () => {
    const r = run(report(code('// equivalent mutants (EqualityOperator, ConditionalExpression): a fast path'), 'ConditionalExpression'), '--check', '--survivors');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/- a fast path \(1\):/);
  });

  it('counts the score as Stryker does: detected / (detected + survived + no coverage)', () => {
    const r = run(report(code('// x'), 'ConditionalExpression'), '--table');
    expect(r.out).toMatch(/\| `a\.ts` \| 2 \| 1 \| 0 \| 1 \| 0 \| 0 \| 50\.0 % \|/);
  });
});
