/**
 * `analyze` never runs unbounded (issue 10 item 6, issue 13 item 4): sections chosen with
 * --sections / --skip, budgets that stop a loop and say what was not computed, Ctrl-C
 * (an aborted io.signal) with exit code 130, --rows for large k, the dense path for a W too
 * large for exact objects, and --jsonl files written atomically.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';
import type { AnalyzeJSON } from '../../src/cli/commands/analyze.ts';
import { writeVocabMatrix } from './helpers/vocab-matrix.ts';

const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-bounded-'));
const big = join(dir, 'W2000x3.npy');
const small = join(dir, 'W100x50.npy');
beforeAll(() => {
  writeVocabMatrix(big, 2000, 3, 1, 5);
  writeVocabMatrix(small, 100, 50, 2, 3);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], signal?: AbortSignal): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false, signal);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('analyze: sections and budgets', () => {
  it('--sections and --skip choose the sections; an unknown one is one line, exit 2', async () => {
    const only = JSON.parse((await run(['analyze', 'examples:C.2', '--sections', 'argmax', '--json'])).out) as AnalyzeJSON;
    expect(only.sections).toEqual(['argmax']);
    expect(only.argmaxable).toEqual([true, true, true, true, true]);
    expect([only.cosine, only.canTieForTop, only.signPattern]).toEqual([null, null, null]);
    const skip = JSON.parse((await run(['analyze', 'examples:C.2', '--skip', 'patterns,ties', '--json'])).out) as AnalyzeJSON;
    expect(skip.sections).toEqual(['cosines', 'argmax']);
    const bad = await run(['analyze', 'examples:C.2', '--sections', 'argmax,colours']);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('error: --sections: unknown section "colours"; known: cosines, argmax, ties, patterns, pair\n');
  });

  it('completes on 2 000 × 3 within its budget and says exactly what it did not compute', async () => {
    const t0 = performance.now();
    const r = await run(['analyze', big, '--budget', '3']);
    expect((performance.now() - t0) / 1000).toBeLessThan(10);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^shape: k = 2000 labels × d = 3; field Q; rank 3$/m);
    expect(r.out).toMatch(/^not computed: cosines: not printed: k = 2 000 is above --max-matrix 16 and no --rows were given$/m);
    expect(r.out).toMatch(/^not computed: argmax: \d+ of 2 000 labels decided before its [\d.]+ s share of the 3 s budget ran out; the rest not computed$/m);
    expect(r.out).toMatch(/^not computed: ties: \d+ of 1 999 000 pairs decided before its [\d.]+ s share of the 3 s budget ran out; the rest not computed$/m);
    expect(r.out).toMatch(/^\|S\(W\)\| sign patterns \(Def\. 5\.1\): not enumerated: Cover 1965 general-position count in dimension 3 is 3998002/m);
    const j = JSON.parse((await run(['analyze', big, '--budget', '1', '--sections', 'argmax', '--json'])).out) as AnalyzeJSON;
    expect(j.complete).toBe(false);
    expect(j.argmaxable).toBeNull(); // not every label decided: the old key is null, the survey says how far it got
    expect(j.surveys.argmaxable).toMatchObject({ question: 'argmax', total: 2000, complete: false });
    expect(j.surveys.argmaxable.decided).toBe(j.surveys.argmaxable.yes.length + j.surveys.argmaxable.no.length);
    expect(j.skipped).toEqual([{ section: 'argmax', reason: expect.stringMatching(/^argmax: \d+ of 2 000 labels decided before its [\d.]+ s share of the 1 s budget ran out; the rest not computed$/) }]);
  });

  it('--rows restricts the cosines and the surveys to the labels of interest', async () => {
    const r = JSON.parse((await run(['analyze', big, '--rows', '3,1,2', '--sections', 'cosines,argmax,ties', '--json', '--budget', '0'])).out) as AnalyzeJSON;
    expect(r.cosine).toBeNull();
    expect(r.cosineRows!.labels).toEqual([3, 1, 2]);
    expect(r.cosineRows!.cosineExact[1][1]).toBe('1');
    expect(r.surveys.argmaxable).toMatchObject({ labels: [3, 1, 2], decided: 3, total: 3, complete: true });
    expect(r.surveys.canTieForTop).toMatchObject({ decided: 3, total: 3, complete: true });
    // label 2 is the planted midpoint of labels 0 and 1: certified not argmaxable
    expect(r.surveys.argmaxable.no).toContain('2');
    expect(r.argmaxable).toBeNull(); // restricted: no per-label list of all k
  });

  it('Ctrl-C (an aborted signal) stops at the next checkpoint, reports what was decided, exit 130; the --jsonl file appears only at the end', async () => {
    const out = join(dir, 'facts.jsonl');
    const ac = new AbortController();
    let sawTmpOnly = false;
    setTimeout(() => {
      const names = readdirSync(dir);
      sawTmpOnly = !names.includes('facts.jsonl') && names.some((n) => n.startsWith('.facts.jsonl.tmp-'));
      ac.abort();
    }, 1500);
    const r = await run(['analyze', big, '--sections', 'argmax,ties', '--budget', '0', '--jsonl', out], ac.signal);
    expect(r.code).toBe(130);
    expect(sawTmpOnly).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.facts'))).toEqual([]);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ section: 'shape', k: 2000, d: 3 });
    const decided = lines.filter((l) => l.section === 'argmax');
    expect(decided.length).toBeGreaterThan(0);
    expect(lines).toContainEqual({ section: 'skipped', of: 'argmax', reason: expect.stringMatching(/^argmax: \d+ of 2 000 labels decided before the run was interrupted \(Ctrl-C\)/) });
    expect(lines).toContainEqual({ section: 'skipped', of: 'ties', reason: 'ties: not computed: the run was interrupted (Ctrl-C)' });
    expect(lines[lines.length - 1]).toEqual({ section: 'end', complete: false, interrupted: true, skipped: 2 });
  });
});

describe('analyze: a W too large for exact objects', () => {
  it('is read densely: exact cosines of --rows; argmax and ties on the scale path, as the exact engine decides them; the rest skipped with its reason', async () => {
    const exact = JSON.parse((await run(['analyze', small, '--rows', '0,4', '--sections', 'cosines,argmax,ties', '--no-scale', '--json'])).out) as AnalyzeJSON;
    const r = await run(['analyze', small, '--rows', '0,4', '--max-memory', '1', '--kernel', 'js', '--json']);
    expect(r.code).toBe(0);
    const dense = JSON.parse(r.out) as AnalyzeJSON;
    expect(dense.rank).toBeNull();
    expect(dense.cosineRows!.cosineExact).toEqual(exact.cosineRows!.cosineExact);
    expect(dense.cosineRows!.centeredCosine).toBeNull();
    for (const key of ['argmaxable', 'canTieForTop']) expect({ ...dense.surveys[key], backend: 'exact' }).toEqual(exact.surveys[key]);
    const reasons = dense.skipped.map((x) => x.reason);
    expect(reasons).toEqual([
      expect.stringMatching(/^rank: not computed: W is too large for exact objects \(100 × 50: about 1\.3 MB needed, 1\.0 MB allowed by --max-memory\)$/),
      expect.stringMatching(/^centered cosines: not computed/),
      expect.stringMatching(/^patterns: \|S\(W\)\| and \|R\(W\)\| not computed/),
    ]);
    const no = JSON.parse((await run(['analyze', small, '--rows', '0,4', '--max-memory', '1', '--no-scale', '--sections', 'argmax,ties', '--json'])).out) as AnalyzeJSON;
    expect(no.skipped.map((x) => x.reason)).toEqual([
      expect.stringMatching(/^rank: not computed/),
      expect.stringMatching(/^argmax: not computed \(2 labels\): the scale path was not taken \(it reads the floats of a tensor file; --scale, --no-scale\); the exact engine needs W exactly, W is too large/),
      expect.stringMatching(/^ties: not computed \(1 pairs\): /),
    ]);
  });

  it('decide takes the scale path for it; with --no-scale it refuses it with one line naming the sizes (exit 2), not a crash', async () => {
    const r = await run(['decide', small, '--argmax', '1', '--max-memory', '1', '--no-scale']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: .*W100x50\.npy: W is 100 × 50 \(5 000 entries\): as exact objects they need about 1\.3 MB, more than the 1\.0 MB allowed/);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(small)).toBe(true);
    const s = await run(['decide', small, '--argmax', '1', '--max-memory', '1', '--kernel', 'js']);
    expect(s.code).toBe(0);
    expect(s.out).toMatch(/^path: scale \(W is too large for exact objects/m);
  });
});
