/**
 * Signed circuits of a vector configuration, computed exactly (Björner et
 * al., Oriented Matroids, §1.1 and §3.4; notes §5 "Oriented matroids"): the
 * minimal linearly dependent sets of rows of W together with the signs of
 * their (unique up to scale) linear dependency.
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';
import { assertRectangular, shape } from '../../../src/linalg/matrix.ts';
import { emptySpan, extendSpan, reduceBySpan, spanCoefficients, type SpanBasis } from '../internal/span.ts';

/** A signed circuit: entry i is the sign of row i's coefficient in the dependency (0 off the support). */
export type SignedCircuit = (-1 | 0 | 1)[];

/**
 * All signed circuits of the rows of W (k × d) over F, exactly: for every
 * minimal linearly dependent set C of rows, the sign vector of the
 * dependency Σ_{i∈C} λ_i w_i = 0 (entry i = sign λ_i, 0 off C), and its
 * negative (both signs are listed, the circuit first with + at max C).
 * A zero row i is the circuit {i} (a loop); two parallel rows form a circuit of
 * size 2. Each circuit C is found once, as an independent set C∖{max C}
 * (depth-first over the independent sets of rows in increasing index order)
 * plus max C in its span with all coefficients non-zero; the cost is about
 * (number of independent sets) × k exact reductions, so keep k small
 * (k ≤ 30 with d ≤ 4 is fine).
 * Throws `RangeError` when W is not rectangular.
 *
 * @example
 * ```ts
 * const M = (rows: number[][]) => rows.map((r) => r.map((v) => Q.fromRational(v)));
 * circuits(Q, M([[1, 0], [0, 1], [1, 1]]))
 * // => [[-1, -1, 1], [1, 1, -1]]
 * circuits(Q, M([[1, 0], [0, 1]]))
 * // => []
 * ```
 */
export function circuits<T>(F: OrderedField<T>, W: Matrix<T>): SignedCircuit[] {
  assertRectangular(W, 'circuits');
  const [k] = shape(W);
  const out: SignedCircuit[] = [];
  const visit = (chosen: number[], B: SpanBasis<T>): void => {
    const start = chosen.length === 0 ? 0 : chosen[chosen.length - 1] + 1;
    for (let e = start; e < k; e++) {
      const { residual, along } = reduceBySpan(F, B, W[e]);
      if (residual.some((x) => !F.isZero(x))) {
        visit([...chosen, e], extendSpan(F, B, residual, along));
        continue;
      }
      // w_e = Σ_s λ_s w_{chosen[s]}
      const lambda = spanCoefficients(F, B, along);
      if (lambda.some((x) => F.isZero(x))) continue; // a smaller circuit: not minimal
      const X: SignedCircuit = new Array(k).fill(0);
      X[e] = 1;
      chosen.forEach((i, s) => { X[i] = -F.sign(lambda[s]) as -1 | 1; });
      out.push(X, X.map((x) => (x === 0 ? 0 : -x) as -1 | 0 | 1));
    }
  };
  visit([], emptySpan<T>());
  return out;
}
