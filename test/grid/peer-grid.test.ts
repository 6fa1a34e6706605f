import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGrid } from '../../src/grid/run-grid.ts';
import { loadManifest } from '../../src/grid/manifest.ts';
import { braidPairs } from '../../src/linalg/braid.ts';
import { binomial, combinations } from '../../src/linalg/minors.ts';

// The authors' grid lives beside the repository: ../shared/peer-grid (relative to the repo root).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifestPath = resolve(repoRoot, '../shared/peer-grid/manifest.json');

function requireManifest(): string {
  if (!existsSync(manifestPath)) {
    throw new Error(`peer grid not found: expected ${manifestPath} (the folder ../shared/peer-grid beside the repository root)`);
  }
  return manifestPath;
}

/**
 * Independent oracle for exact zeros of D_n W (W generic in R^d): the rows
 * w_i − w_j are the edges of K_n, and for generic W a set of at most d of
 * them is dependent iff the edges contain a cycle (graphic matroid of K_n,
 * truncated to rank d). So the non-zero d × d minors are the d-edge forests,
 * counted here by union-find.
 */
function forestCount(n: number, d: number): number {
  const edges = braidPairs(n);
  let count = 0;
  for (const subset of combinations(edges.length, d)) {
    const parent = Array.from({ length: n }, (_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
    let acyclic = true;
    for (const e of subset) {
      const [a, b] = [find(edges[e][0]), find(edges[e][1])];
      if (a === b) { acyclic = false; break; }
      parent[a] = b;
    }
    if (acyclic) count++;
  }
  return count;
}

describe("the authors' grid, n ≤ 5 cases, decided exactly", () => {
  it('every verdict is "same" (L5.3, T5.6), confirmed minor by minor, with exact zero counts', () => {
    const path = requireManifest();
    const expected = loadManifest(path).cases.filter((c) => c.n <= 5);
    expect(expected.length).toBeGreaterThan(0);
    const progress: number[] = [];
    const report = runGrid(path, { only: (c) => c.n <= 5, bruteForce: true, onProgress: (done) => progress.push(done) });
    expect(report.cases.map((c) => c.index)).toEqual(expected.map((c) => c.index));
    expect(progress).toEqual(expected.map((_, t) => t + 1));
    expect(report.counts).toEqual({ same: expected.length, different: 0, undefined: 0 });
    for (const c of report.cases) {
      const what = `case ${c.index} (n=${c.n} d=${c.d} seed=${c.seed} braid=${c.braid} cosine=${c.cosine})`;
      expect(c.verdict, what).toBe('same');
      expect(c.method, what).toBe('column-space certificate');
      expect(c.rows, what).toBe(c.braid ? c.n * (c.n - 1) / 2 : c.n);
      const b = c.bruteForce!;
      if (!('minors' in b)) throw new Error(`${what}: brute force skipped: ${b.skipped}`);
      expect(b.minors, what).toBe(Number(binomial(c.rows, c.rank)));
      expect(b.agree, what).toBe(true);
      expect(b.mismatches, what).toBe(0);
      expect(b.sigma, what).toBe(c.sigma);
      // Same oriented matroid ⇒ same zeros; and the zeros are exactly the dependent row sets.
      expect(b.zerosL, what).toBe(b.zerosM);
      const nonZero = c.braid ? forestCount(c.n, c.rank) : b.minors; // generic W: no zero minor without the braid matrix
      expect(b.zerosM, what).toBe(b.minors - nonZero);
      // The authors' float64 check, on the same subsets: measured, reported per minor.
      expect(b.float.disagreements, what).toEqual([]);
      expect(b.float.verdict, what).toBe('same');
    }
    expect(report.bruteForce!.cases).toBe(expected.length);
    expect(report.bruteForce!.verdictConflicts).toBe(0);
    expect(report.seconds).toBeGreaterThan(0);
    expect(report.ratioToAnchor).toBe(report.seconds / 790);
  });

  it('the manifest is read relative to its own folder', () => {
    const m = loadManifest(requireManifest());
    expect(m.anchorWallSeconds).toBe(790);
    expect(m.cases.length).toBe(200);
    for (const c of m.cases) expect(existsSync(c.matrixPath), c.matrixPath).toBe(true);
  });
});
