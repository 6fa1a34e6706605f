import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGrid } from '../../src/grid/run-grid.ts';
import { loadManifest } from '../../src/grid/manifest.ts';
import { forestCount } from '../../src/grid/graphic-matroid.ts';
import { binomial } from '../../src/linalg/minors.ts';
import { cover1965, cover1967 } from '../../lp/arrangements/counting/cover.ts';

// The authors' grid lives beside the repository: ../shared/peer-grid (relative to the repo root).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifestPath = resolve(repoRoot, '../shared/peer-grid/manifest.json');

function requireManifest(): string {
  if (!existsSync(manifestPath)) {
    throw new Error(`peer grid not found: expected ${manifestPath} (the folder ../shared/peer-grid beside the repository root)`);
  }
  return manifestPath;
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
      // Same oriented matroid ⇒ same zeros; and the zeros are exactly the dependent row sets:
      // none for generic W, the edge sets with a cycle of K_n for D_n W (graphic matroid).
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

  it('S(M) = S(L) by LP enumeration for the small cases, every witness exact, sizes as Cover predicts', () => {
    const small = (c: { n: number; d: number }) => c.n === 3 || (c.n === 5 && c.d === 2);
    const report = runGrid(requireManifest(), { only: small, enumerate: true });
    expect(report.cases.length).toBeGreaterThan(0);
    for (const c of report.cases) {
      const what = `case ${c.index} (n=${c.n} d=${c.d} braid=${c.braid} cosine=${c.cosine})`;
      const p = c.patterns!;
      if (p.status !== 'checked') throw new Error(`${what}: pattern check skipped: ${p.reason}`);
      expect(p.equal, what).toBe(true);
      expect(p.sizeL, what).toBe(p.sizeM);
      expect(p.witnessesVerified, what).toBe(p.sizeM + p.sizeL);
      // Generic W: Cover (1965) counts S(W); with the braid matrix S(D W) = R(W), counted by Cover (1967).
      expect(BigInt(p.sizeM), what).toBe(c.braid ? cover1967(c.n, c.rank) : cover1965(c.n, c.d));
    }
    expect(report.patterns).toMatchObject({ checked: report.cases.length, skipped: 0, unequal: 0 });
  });

  it('the manifest is read relative to its own folder', () => {
    const m = loadManifest(requireManifest());
    expect(m.anchorWallSeconds).toBe(790);
    expect(m.cases.length).toBe(200);
    for (const c of m.cases) expect(existsSync(c.matrixPath), c.matrixPath).toBe(true);
  });
});
