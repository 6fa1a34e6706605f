/**
 * The matrices of one grid case, exactly, as integer matrices.
 *
 * W (n × d float64, rows are labels) is 2^e·W' with W' integer
 * (`integerMatrixFromFloat64`). M = W' (braid = false) or M = D_n·W'
 * (braid = true, rows w_i − w_j for i < j in lexicographic order): a positive
 * multiple 2^{-e} of the true M, so every maximal minor keeps its sign.
 * G = M·Mᵀ, and L = G[:, P] with P the pivot columns of G: a basis of
 * col(G) = col(M) (L5.3, App. F).
 *
 * Cosine case: C = N⁻¹ G N⁻¹ with N = diag(‖m_i‖) (Def. 5.2). Left
 * multiplication by N⁻¹ keeps linear dependencies among columns and right
 * multiplication only rescales columns by positive numbers, so the pivot
 * columns of C are P, and the basis of col(C) formed by them is
 *   L_C = N⁻¹ · G[:, P] · N_P⁻¹,   N_P = diag(‖m_p‖ : p ∈ P).
 * For every |P|-subset I of rows, det (L_C)_I = Π_{i∈I} ‖m_i‖⁻¹ ·
 * Π_{p∈P} ‖m_p‖⁻¹ · det G[I, P]: a POSITIVE factor times an integer. So the
 * chirotope of L_C equals that of its integer core G[:, P] exactly, with no
 * square root ever evaluated; `L` holds that core and `rowNormsSquared`
 * the (rational, here integer) squares of the irrational factors. The cosine
 * matrix is undefined when M has a zero row (equal labels with braid = true);
 * `zeroRows` lists them.
 */
import { braidDifferences, braidPairs } from '../linalg/braid.ts';
import { gramMatrix, squaredRowNorms } from '../linalg/gram.ts';
import { integerMatrixFromFloat64 } from './dyadic-integers.ts';
import { IntegerRing } from '../field/integers.ts';
import { integerRankProfile, selectColumns } from '../linalg/integer-elimination.ts';

/** One case of the authors' grid: n labels in R^d, seed, braid and cosine switches. */
export interface GridCaseSpec {
  readonly n: number;
  readonly d: number;
  readonly seed: number;
  readonly braid: boolean;
  readonly cosine: boolean;
}

/** The exact integer matrices of one case (see the module docstring). */
export interface CaseMatrices {
  readonly spec: GridCaseSpec;
  /** W as read (n × d float64 values, exact); the authors' float method starts from it. */
  readonly W: readonly (readonly number[])[];
  /** W = 2^exponent · W' with W' integer. */
  readonly exponent: number;
  /** m × d integer M (m = n, or C(n, 2) with the braid matrix). */
  readonly M: bigint[][];
  /** Row names of M: the label `"i"`, or the pair `"i-j"` for braid rows. */
  readonly rowLabels: string[];
  /** G = M·Mᵀ, m × m. */
  readonly G: bigint[][];
  /** Pivot columns P of G (and of C); |P| = rank(M). */
  readonly pivots: number[];
  /** m × |P|: G[:, P], the basis of col(G), and also the integer core of the basis of col(C). */
  readonly L: bigint[][];
  /** ‖m_i‖², exact. */
  readonly rowNormsSquared: bigint[];
  /** Indices of zero rows of M (the cosine matrix is undefined when there is one). */
  readonly zeroRows: number[];
}

/**
 * Builds the exact matrices of a case from W (n × d float64 values, each
 * read as its exact dyadic value). Throws `RangeError` when W is not n × d
 * (naming both shapes), or (from `integerMatrixFromFloat64`) naming the row
 * and column of a non-finite entry.
 * Source: notes §4 (L5.3, T5.6, the authors' grid).
 */
export function buildCaseMatrices(W: readonly (readonly number[])[], spec: GridCaseSpec): CaseMatrices {
  const cols = W.length === 0 ? 0 : W[0].length;
  if (W.length !== spec.n || cols !== spec.d) {
    throw new RangeError(`grid case n=${spec.n} d=${spec.d} seed=${spec.seed}: W is ${W.length} × ${cols}, expected ${spec.n} × ${spec.d}`);
  }
  const { M: Wint, exponent } = integerMatrixFromFloat64(W);
  const M = spec.braid ? braidDifferences(IntegerRing, Wint) : Wint;
  const rowLabels = spec.braid ? braidPairs(spec.n).map(([i, j]) => `${i}-${j}`) : Wint.map((_, i) => String(i));
  const G = gramMatrix(IntegerRing, M);
  const { pivotColumns: pivots } = integerRankProfile(G);
  const rowNormsSquared = squaredRowNorms(IntegerRing, M);
  const zeroRows = rowNormsSquared.flatMap((s, i) => (s === 0n ? [i] : []));
  return { spec, W, exponent, M, rowLabels, G, pivots, L: selectColumns(G, pivots), rowNormsSquared, zeroRows };
}
