/**
 * Fault injection (issue 13, item 1): the engine is handed float solvers that lie
 * (test/fault/faulty-solvers.ts) through its seam (`FloatSolvers`) and must still give the
 * exact answer with a certificate that checks — on the matrix of issue 13 and on generated
 * near-degenerate systems. Each test here fails when the exact check it guards is removed
 * (docs/testing.md lists them).
 */
import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat, type Rational } from '../../src/field/rational.ts';
import type { Matrix } from '../../src/linalg/matrix.ts';
import { decideStrictSystem } from '../../lp/engine/strict-system.ts';
import { checkCertificate } from '../../lp/engine/certificate.ts';
import { decideStrictFast, fastCertificate, unitFloatRows } from '../../lp/engine/nearest-point.ts';
import type { FloatSolvers } from '../../lp/engine/float-solvers.ts';
import { enumerateSignPatterns, modelSignPatterns } from '../../lp/arrangements/sign-patterns.ts';
import { enumerateRankingPatterns } from '../../lp/arrangements/ranking-patterns.ts';
import { surveyQuestion } from '../../lp/queries/question.ts';
import { argmaxQuestion } from '../../lp/queries/argmax.ts';
import { ISSUE_ANSWERS, ISSUE_MATRIX, nearDegenerateMatrices, questionSystems, type NearDegenerateKind } from './near-degenerate.ts';
import { MAX_MARGIN_FAULTS, NEAREST_POINT_FAULTS } from './faulty-solvers.ts';

const M = (rows: (number | string)[][]): Rational[][] => rows.map((r) => r.map((v) => rat(v)));

/** The decision with `solvers` is certified and agrees with the exact simplex alone. */
function expectCertifiedAndRight(A: Matrix<Rational>, B: Matrix<Rational> | undefined, columns: number, solvers: FloatSolvers): void {
  const truth = decideStrictSystem(Q, A, B, { columns, exactOnly: true });
  const dec = decideStrictSystem(Q, A, B, { columns, solvers });
  expect(checkCertificate(Q, A, B, dec.certificate)).toBe(true);
  expect(dec.feasible).toBe(truth.feasible);
}

const HAND_MADE: { A: Rational[][]; B?: Rational[][] }[] = [
  { A: M([[1, 0], [-1, 1], [0, -1]]) }, // Gordan: infeasible
  { A: M([[1, 0], [-1, 1], [1, 1], [3, 1]]) }, // a pointed cone: feasible
  { A: M([[1, 0], [-1, 1], [1, 1]]), B: M([[1, -1]]) }, // Motzkin: infeasible
  { A: M([[1, 0], [-1, 1], [1, 1]]), B: M([[2, -1]]) }, // Motzkin: feasible
  { A: M([[1, 0, 0], [0, 1, 0], [0, 0, 1]]), B: M([['1/3', '-1/7', '-1/11']]) }, // feasible, B not dyadic
  { A: M([[1, '1/3'], [-3, -1]]) }, // opposite rows whose floats are not exactly opposite
];

describe('decideStrictSystem with a lying max-margin solver: still exact and certified', () => {
  for (const [name, maxMargin] of Object.entries(MAX_MARGIN_FAULTS)) {
    it(name, () => {
      for (const { A, B } of HAND_MADE) expectCertifiedAndRight(A, B, A[0].length, { maxMargin });
      for (const W of [ISSUE_MATRIX, ...nearDegenerateMatrices('digit11', 3)]) {
        for (const s of questionSystems(W)) expectCertifiedAndRight(s.A, s.B.length ? s.B : undefined, s.columns, { maxMargin });
      }
    });
  }
  it('a failure status is never used, even when its answer would certify', () => {
    const A = M([[1, 0], [-1, 1], [1, 1], [3, 1]]);
    expect(decideStrictSystem(Q, A).method).toBe('glpk');
    expect(decideStrictSystem(Q, A, undefined, { solvers: { maxMargin: MAX_MARGIN_FAULTS['a failure status with a plausible answer'] } }).method).toBe('exact-fallback');
  });
  it('a throwing or misshapen solver leaves the decision to the exact fallback', () => {
    const A = M([[1, 0], [-1, 1], [1, 1]]);
    const B = M([[2, -1]]);
    for (const name of ['a throw (time limit)', 'a witness one entry short and a dual one entry long']) {
      const dec = decideStrictSystem(Q, A, B, { solvers: { maxMargin: MAX_MARGIN_FAULTS[name] } });
      expect([dec.feasible, dec.method]).toEqual([true, 'exact-fallback']);
    }
  });
});

describe('real glpk on generated near-degenerate systems: every answer certified and exact', () => {
  const kinds: NearDegenerateKind[] = ['digit11', 'parallel', 'collinear'];
  for (const kind of kinds) {
    it(`${kind}: glpk's rounded witnesses that fail the exact check are never returned`, () => {
      for (const W of nearDegenerateMatrices(kind, 12)) {
        for (const s of questionSystems(W)) expectCertifiedAndRight(s.A, s.B.length ? s.B : undefined, s.columns, {});
      }
    });
  }
});

describe('the nearest-point fast path with a lying solver: still exact and certified', () => {
  const systems = [...HAND_MADE.filter((h) => !h.B).map((h) => h.A), ...questionSystems(ISSUE_MATRIX).filter((s) => s.B.length === 0).map((s) => s.A)];
  for (const [name, nearestPoint] of Object.entries(NEAREST_POINT_FAULTS)) {
    it(name, () => {
      for (const A of systems) {
        const d = A[0].length;
        const truth = decideStrictSystem(Q, A, undefined, { exactOnly: true });
        for (const solvers of [{ nearestPoint }, { nearestPoint, maxMargin: MAX_MARGIN_FAULTS['a wrong witness (x = 1, margin 1/2, no dual)'] }]) {
          const c = decideStrictFast(Q, A, d, undefined, solvers);
          expect(checkCertificate(Q, A, undefined, c)).toBe(true);
          expect(c.kind === 'witness').toBe(truth.feasible);
          const fast = fastCertificate(Q, A, d, undefined, solvers);
          if (fast) expect(checkCertificate(Q, A, undefined, fast)).toBe(true);
        }
      }
    });
  }
  it('float rows that disagree with the exact ones: the rounded witness fails its check and is not returned', () => {
    // exactly opposite rows (infeasible); the float rows handed in are those of a feasible
    // neighbour (float rounding of near-degenerate data does the same on a smaller scale), so
    // the nearest point has margin 1/2 and its rounded witness (0, 1) fails the exact check
    const A = M([[1, 0], [-1, 0]]);
    const unit = unitFloatRows(Q, M([[1, 1], [-1, 1]]))!;
    const c = fastCertificate(Q, A, 2, unit);
    expect(c === null || checkCertificate(Q, A, undefined, c)).toBe(true);
    const d = decideStrictFast(Q, A, 2, unit);
    expect([d.kind, checkCertificate(Q, A, undefined, d)]).toEqual(['infeasible', true]);
  });
});

describe('the matrix of issue 13 under every fault: |S| = 14, |R| = 40, argmaxable as exactly', () => {
  const cases: [string, FloatSolvers][] = [
    ['real solvers', {}],
    ...Object.entries(MAX_MARGIN_FAULTS).map(([n, maxMargin]): [string, FloatSolvers] => [`nearest point gives up, max-margin: ${n}`, { maxMargin, nearestPoint: () => null }]),
    ...Object.entries(NEAREST_POINT_FAULTS).map(([n, nearestPoint]): [string, FloatSolvers] => [`nearest point: ${n}`, { nearestPoint }]),
  ];
  for (const [name, solvers] of cases) {
    it(name, () => {
      const S = enumerateSignPatterns(Q, ISSUE_MATRIX, { solvers });
      expect([S.patterns.length, S.complete]).toEqual([ISSUE_ANSWERS.signPatterns, true]);
      expect(enumerateRankingPatterns(Q, ISSUE_MATRIX, { solvers }).rankings.length).toBe(ISSUE_ANSWERS.rankingPatterns);
      expect(surveyQuestion({ F: Q, W: ISSUE_MATRIX }, argmaxQuestion, { solvers }).feasible).toEqual(ISSUE_ANSWERS.argmaxable);
    });
  }
  it('with a bias, the re-decided candidates are asked of the injected solver too', () => {
    const bias = ISSUE_MATRIX.map((_, i) => rat((i % 3) - 1));
    let asked = 0;
    const solvers: FloatSolvers = { nearestPoint: () => null, maxMargin: () => { asked++; throw new Error('off'); } };
    const faulty = modelSignPatterns({ F: Q, W: ISSUE_MATRIX, bias }, { solvers });
    expect(asked).toBe(faulty.lps); // every certified decision, the bias filter's included, asked it
    expect(faulty.patterns).toEqual(modelSignPatterns({ F: Q, W: ISSUE_MATRIX, bias }).patterns);
  });
});
