/**
 * The n nearest labels of one label i of a dense unembedding W (k × d, rows
 * are labels), by three measures, each ORDER certified exactly (App. C.2,
 * C.3 of Nielsen & Grivas; notes §2–§4):
 *
 * - `cosine` — cos(w_j, w_i) (Def. 5.2), largest first;
 * - `centered` — cos(w_j − μ, w_i − μ) with μ the mean row (W − 1μᵀ: the
 *   columns of W centered, as in App. C.2), largest first;
 * - `differences` — the nearest by label i's rows of C(DW): the labels j whose
 *   difference w_j − w_i has the largest cosine with c_i = w_i − μ, i.e. the
 *   smallest cos(w_i − w_j, w_i − μ).
 *
 * Why this reading of "nearest by the rows of C(DW)" (the notes define C(DW),
 * not a neighbour order from it): label i's rows of DW are the differences
 * w_i − w_l, and Σ_l (w_i − w_l) = k·(w_i − μ). The rows of C(DW) for the
 * pairs (i, j), summed over l with the lengths ‖w_i − w_l‖ as weights (the
 * rows of the Gram matrix of DW), give
 * Σ_l ‖w_i − w_l‖·cos(w_i − w_j, w_i − w_l) = k‖w_i − μ‖·cos(w_i − w_j, w_i − μ):
 * one number per j, decidable exactly, O(k·d) for all j. Geometrically,
 * cos(w_i − w_j, x) for the unit input x = (w_i − μ)/‖w_i − μ‖ (the input at
 * which label i beats the others most on average) is the signed distance of
 * x to the hyperplane where labels i and j tie, (w_i − w_j)ᵀx = 0: the
 * nearest labels are those whose tie hyperplanes with i pass closest to it
 * (negative: j beats i there). Like C(DW) and the centered cosines it is
 * translation invariant (L3.1); unlike C(DW) it uses the lengths of the
 * differences as weights, so it is not a function of C(DW) alone. The
 * unweighted row sums would need the sum of k irrational unit vectors and
 * could not be ordered exactly in O(k·d) BigInt work.
 *
 * Method: one float pass ranks (the matrix kernels of `kernel.ts`: the
 * products W·w_i and W·μ̂, plus the squared row norms in float64), with a
 * rigorous enclosure [lo_j, hi_j] of every score s_j = p_j/√q_j (p_j the
 * inner product with the fixed vector, q_j the squared norm of the row's
 * vector; Higham §3.1 via `dot-error-bound.ts`, the rounding of μ̂, and a
 * running bound of every later float64 operation). With t the n-th largest
 * lo_j, every j with hi_j ≥ t is a candidate and is re-decided exactly: W is
 * 2^E·M with M integer (`exact-integers.ts`), k·μ = 2^E·S with S the exact
 * column sums, and sign(p)·p²/q is compared in BigInt (`compareCosines` of
 * exact cosines). So the listed labels, their order and their ties are exact;
 * the float values printed beside them are display only (`value`: the
 * float64 nearest to the exact cosine's float enclosure, NOT exact; the exact
 * cosine is `cosine`, sign and square).
 *
 * The only assumption is the kernel's IEEE arithmetic (`dot-error-bound.ts`),
 * spot-checked on the products; the `js` kernel removes it.
 */
import { RationalField, rat, rationalToNumber, type Rational } from '../field/rational.ts';
import { compareCosines, cosineFromInnerProducts, type ExactCosine } from '../cosine/exact-cosine.ts';
import { denseRow, vectorNorms, INFLATE, type DenseMatrix } from './dense-matrix.ts';
import { BINARY64, dotErrorBound } from './dot-error-bound.ts';
import { commonExponent, rowIntegers, scaledInteger } from './exact-integers.ts';
import { jsKernel, toKernelInput, type MatrixKernel } from './kernel.ts';
import { ortKernel } from './kernel-ort.ts';
import { filterContext } from './logit-enclosure.ts';
import { seededUniform, spotCheckProducts } from './spot-check.ts';

/** The three neighbour orders. */
export type NearestMeasure = 'cosine' | 'centered' | 'differences';

/** Every measure, in output order. */
export const NEAREST_MEASURES: readonly NearestMeasure[] = ['cosine', 'centered', 'differences'];

/** One listed neighbour. */
export interface Neighbour {
  readonly label: number;
  /** 1-based rank; labels with exactly equal cosines share a rank (a tie). */
  readonly rank: number;
  /** The exact cosine (sign and square, over Q). */
  readonly cosine: ExactCosine<Rational>;
  /** A float64 near the cosine, for display only (NOT exact). */
  readonly value: number;
}

/** The neighbours of label i by one measure. */
export interface NearestList {
  readonly measure: NearestMeasure;
  /** The n nearest (more when labels tie exactly with the n-th), nearest first; `null` when the measure is undefined for label i. */
  readonly neighbours: readonly Neighbour[] | null;
  /** Why the measure is undefined for label i (its vector is zero), when `neighbours` is null. */
  readonly undefinedReason?: string;
  /** Labels j ≠ i whose cosine is undefined (their vector is zero), excluded from the order. */
  readonly undefinedLabels: readonly number[];
  /** Labels whose order was re-decided exactly (the float enclosure could not separate them from the n-th). */
  readonly exactCandidates: number;
}

/** The result of `nearestLabels`. */
export interface NearestLabels {
  readonly label: number;
  readonly n: number;
  readonly lists: readonly NearestList[];
  /** The kernel that computed the float products. */
  readonly kernel: string;
}

/** Options of `nearestLabels`. */
export interface NearestOptions {
  /** 'auto' (default: onnxruntime when it loads, else js), 'js', 'onnxruntime', or a kernel over W's data. */
  readonly kernel?: 'auto' | 'js' | 'onnxruntime' | MatrixKernel;
  /** Kernel threads (default 2). */
  readonly threads?: number;
  /** Called before each step, for progress display. */
  readonly onStep?: (step: string) => void;
  /** Fault injection (tests only): a factor on the width of every float enclosure (< 1 is unsound; 0: the float values alone). */
  readonly boundScale?: number;
}

/** A float64 value and a rigorous bound of its absolute error. */
export interface Enclosed {
  readonly v: number;
  readonly e: number;
}

const U64 = 2 ** -53;
const TINY = 2 ** -1000;

/**
 * a + s·b (s a small integer) for enclosed values: the float64 sum, with the
 * errors of a and b and the rounding of the sum (≤ 2^-52 of the result, plus
 * 2^-1000 for underflow), the total inflated by 1 + 2^-40 for the rounding of
 * the bound itself. NOT exact: an enclosure of the exact a + s·b.
 * @example
 * addEnclosed({ v: 1, e: 0 }, { v: 2 ** -60, e: 0 }); // { v: 1, e: ≈ 2.2e-16 } ∋ 1 + 2^-60
 */
export function addEnclosed(a: Enclosed, b: Enclosed, s = 1): Enclosed {
  const v = a.v + s * b.v;
  return { v, e: (a.e + Math.abs(s) * b.e + 2 * U64 * Math.abs(v)) * (1 + 2 ** -40) + TINY };
}

/**
 * The exact column sums of W as integers at exponent E (W = 2^E·M): a float64
 * running sum per column whose rounding error is recovered exactly at every
 * addition (Knuth's TwoSum: s + e = s_old + x exactly) and kept when non-zero,
 * so Σ x = s + Σ e exactly; every term is a multiple of 2^E, so each converts
 * to an integer exactly. For float32 data the sums are mostly exact already
 * (few errors kept). W is k × d; returns d BigInts. Throws `RangeError` when
 * a column sum overflows float64.
 * @example
 * exactColumnSums(denseMatrix(new Float64Array([2 ** 60, 1, 1, 1, -(2 ** 60), 1]), 3, 2), 0); // [1n, 3n]
 */
export function exactColumnSums(W: DenseMatrix, E: number): bigint[] {
  const { k, d, data } = W;
  const sums = new Float64Array(d);
  const errors: number[] = [];
  const columns: number[] = [];
  for (let j = 0; j < k; j++) {
    const o = j * d;
    for (let c = 0; c < d; c++) {
      const x = data[o + c];
      const a = sums[c];
      const s = a + x;
      const bv = s - a;
      const e = (a - (s - bv)) + (x - bv);
      sums[c] = s;
      if (e !== 0) { errors.push(e); columns.push(c); }
    }
  }
  const out = Array.from(sums, (s, c) => {
    if (!Number.isFinite(s)) throw new RangeError(`nearest: the sum of column ${c} of W overflows float64`);
    return scaledInteger(s, E);
  });
  for (let t = 0; t < errors.length; t++) out[columns[t]] += scaledInteger(errors[t], E);
  return out;
}

function dotBig(a: readonly bigint[], b: readonly bigint[]): bigint {
  let s = 0n;
  for (let c = 0; c < a.length; c++) if (a[c] !== 0n && b[c] !== 0n) s += a[c] * b[c];
  return s;
}

/** The kernel for a choice (onnxruntime falls back to js under 'auto'). */
async function makeKernel(W: DenseMatrix, choice: NearestOptions['kernel'], threads: number): Promise<MatrixKernel> {
  if (typeof choice === 'object') return choice;
  if (choice !== 'js') {
    const ort = await ortKernel(W.data, W.k, W.d, threads);
    if (ort) return ort;
    if (choice === 'onnxruntime') throw new Error('kernel onnxruntime: the optional dependency onnxruntime-node is not installed or does not load here (use kernel "js")');
  }
  return jsKernel(W.data, W.k, W.d, threads);
}

/** The score s = p/√q of one label, as an enclosure [lo, hi] from enclosures of p and q. */
function scoreInterval(p: Enclosed, q: Enclosed, boundScale: number): [number, number] {
  const pl = p.v - p.e * boundScale;
  const ph = p.v + p.e * boundScale;
  const ql = q.v - q.e * boundScale;
  const qh = q.v + q.e * boundScale;
  if (!(ql > 0) || !Number.isFinite(ph) || !Number.isFinite(qh)) return [-Infinity, Infinity];
  const hi = ph >= 0 ? ph / Math.sqrt(ql) : ph / Math.sqrt(qh);
  const lo = pl >= 0 ? pl / Math.sqrt(qh) : pl / Math.sqrt(ql);
  // sqrt and division round twice: relative 2^-50 covers both; TINY covers underflow.
  const w = (x: number) => (Math.abs(x) * 2 ** -50 + TINY) * boundScale;
  return [lo - w(lo), hi + w(hi)];
}

/**
 * The n nearest labels j ≠ i of label i of W (k × d, rows are labels; any
 * bias is ignored: cosines are of W alone) by cosine, by centered cosine and
 * by label i's rows of C(DW) (see the module docstring for the three
 * definitions), each list in exact order with exact ties (labels tied exactly
 * with the n-th are listed too, so a list may be longer than n). Field: the
 * exact dyadic rationals of W's floats; cosines exact as sign and square over
 * Q. A measure whose vector for label i is zero (w_i = 0 for `cosine`,
 * w_i = μ for the other two) is undefined: its list is `null` with the reason
 * (Def. 5.2: the cosine of a zero vector is undefined); labels j whose vector
 * is zero are excluded and named in `undefinedLabels`.
 *
 * Throws `RangeError` when i is not a label of W, n is not an integer ≥ 1, or
 * k < 2; `Error` when the kernel fails its spot check or is unavailable.
 * Source: App. C.2, C.3 (cosine neighbours vs the labels that can tie), Def. 5.2, T5.6.
 * @example
 * // App. C.2 scaled by 10 (exact in float64): label 2's cosine-nearest are 3 and 4
 * const W = denseMatrix(new Float64Array([14, -10, 14, 10, -9, 3, -10, 0, -9, -3]), 5, 2);
 * const r = await nearestLabels(W, 2, 2, { kernel: 'js' });
 * r.lists[0].neighbours!.map((x) => x.label); // [3, 4]
 */
export async function nearestLabels(W: DenseMatrix, i: number, n: number, opts: NearestOptions = {}): Promise<NearestLabels> {
  const { k, d, data } = W;
  if (k < 2) throw new RangeError(`nearest: W has ${k} label${k === 1 ? '' : 's'}; at least 2 are needed`);
  if (!Number.isInteger(i) || i < 0 || i >= k) throw new RangeError(`nearest: label ${i} is out of range (labels are 0 … ${k - 1})`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`nearest: n must be an integer ≥ 1, got ${n}`);
  const step = opts.onStep ?? (() => {});
  const scale = opts.boundScale ?? 1;

  step('exact column sums');
  const E = commonExponent(data);
  const S = exactColumnSums(W, E);
  // μ̂ ≈ μ = 2^E·S/k: two roundings (BigInt → float64, / k), each ≤ u relative.
  const muHat = S.map((s) => (Number(s) * 2 ** E) / k);
  const kernel = await makeKernel(W, opts.kernel, opts.threads ?? 2);
  try {
    const wi = denseRow(W, i);
    const X = toKernelInput([...wi, ...muHat], kernel.inputType);
    // ‖μ − x̂‖₂ for the kernel's input x̂ (μ̂ rounded to the input type): the two roundings above plus |x̂ − μ̂| (exact by Sterbenz);
    // it enters every product with μ as ‖w_j‖₂·‖μ − x̂‖₂ (Cauchy–Schwarz).
    let dm2 = 0;
    for (let c = 0; c < d; c++) {
      const ec = 3 * U64 * Math.abs(muHat[c]) + Math.abs(X[d + c] - muHat[c]) + TINY;
      dm2 += ec * ec;
    }
    const dMu = Math.sqrt(dm2) * INFLATE * (1 + 2 ** -40);
    // ‖w_i − x̂_i‖₂: zero when the kernel reads W's own precision (every kernel here); a kernel with narrower inputs rounds w_i too.
    let dw2 = 0;
    for (let c = 0; c < d; c++) {
      const ec = X[c] === wi[c] ? 0 : Math.abs(X[c] - wi[c]) + TINY;
      dw2 += ec * ec;
    }
    const dWi = Math.sqrt(dw2) * INFLATE * (1 + 2 ** -40);
    step(`products with ${kernel.name}`);
    const P = await kernel.products(X, 2);
    const ctx = filterContext(W, kernel.format);
    spotCheckProducts(ctx, kernel.name, X, 2, P, 64, seededUniform(1));
    const { l2, l1 } = ctx;
    const xm = X.subarray(d, 2 * d);
    const xn = vectorNorms(xm);

    step('float enclosures');
    // Squared row norms in float64 (a dot product of a row with itself: its Higham bound).
    const sq = new Float64Array(k);
    const sqE = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let c = j * d, e = c + d; c < e; c++) s += data[c] * data[c];
      sq[j] = s;
      sqE[j] = dotErrorBound(d, BINARY64, l2[j], l2[j], l1[j], l1[j]);
    }
    const g = (j: number): Enclosed => ({ v: P[j], e: dotErrorBound(d, kernel.format, l2[j], l2[i], l1[j], l1[i]) + l2[j] * dWi });
    const h = (j: number): Enclosed => ({ v: P[k + j], e: dotErrorBound(d, kernel.format, l2[j], xn.l2, l1[j], xn.l1) + l2[j] * dMu });
    const nsq = (j: number): Enclosed => ({ v: sq[j], e: sqE[j] });
    let mm = 0;
    for (let c = 0; c < d; c++) mm += xm[c] * xm[c];
    const mmE: Enclosed = { v: mm, e: (dotErrorBound(d, BINARY64, xn.l2, xn.l2, xn.l1, xn.l1) + (2 * xn.l2 + dMu) * dMu) * (1 + 2 ** -40) };
    const hi_ = h(i);
    const enclosures: Record<NearestMeasure, (j: number) => [Enclosed, Enclosed]> = {
      cosine: (j) => [g(j), nsq(j)],
      // (w_j − μ)·(w_i − μ) = g_j − h_j − h_i + ‖μ‖²;  ‖w_j − μ‖² = ‖w_j‖² − 2h_j + ‖μ‖²
      centered: (j) => [addEnclosed(addEnclosed(addEnclosed(g(j), h(j), -1), hi_, -1), mmE), addEnclosed(addEnclosed(nsq(j), h(j), -2), mmE)],
      // (w_j − w_i)·(w_i − μ) = g_j − h_j − ‖w_i‖² + h_i;  ‖w_j − w_i‖² = ‖w_j‖² − 2g_j + ‖w_i‖²
      differences: (j) => [addEnclosed(addEnclosed(addEnclosed(g(j), h(j), -1), nsq(i), -1), hi_), addEnclosed(addEnclosed(nsq(j), g(j), -2), nsq(i))],
    };

    // Exact integer vectors: M_j (w_j = 2^E·M_j), c_j = k·M_j − S (k·(w_j − μ) = 2^E·c_j).
    const K = BigInt(k);
    const Mi = rowIntegers(data, d, i, E);
    const centeredRow = (M: bigint[]) => M.map((m, c) => K * m - S[c]);
    const ci = centeredRow(Mi);
    const exactVectors: Record<NearestMeasure, { b: bigint[]; v: (Mj: bigint[]) => bigint[] }> = {
      cosine: { b: Mi, v: (Mj) => Mj },
      centered: { b: ci, v: centeredRow },
      differences: { b: ci, v: (Mj) => Mj.map((m, c) => m - Mi[c]) },
    };
    const zeroReason: Record<NearestMeasure, string> = {
      cosine: `w_${i} is a zero row, so its cosines are undefined (Def. 5.2: the cosine of a zero vector)`,
      centered: `w_${i} equals the mean row μ, so its centered row is zero and its centered cosines are undefined`,
      differences: `w_${i} equals the mean row μ, so w_${i} − μ is zero and the cosines with it are undefined`,
    };

    const lists = NEAREST_MEASURES.map((measure): NearestList => {
      step(`${measure}: exact order`);
      const { b, v } = exactVectors[measure];
      const B = dotBig(b, b);
      if (B === 0n) return { measure, neighbours: null, undefinedReason: zeroReason[measure], undefinedLabels: [], exactCandidates: 0 };
      const lo = new Float64Array(k);
      const hi = new Float64Array(k);
      for (let j = 0; j < k; j++) {
        if (j === i) { lo[j] = -Infinity; hi[j] = -Infinity; continue; }
        const [p, q] = enclosures[measure](j);
        [lo[j], hi[j]] = scoreInterval(p, q, scale);
      }
      // t: the n-th largest lower end; every label above t at its upper end is a candidate.
      const sortedLo = Float64Array.from(lo).sort().reverse();
      const t = sortedLo[Math.min(n, k - 1) - 1];
      const candidates: number[] = [];
      for (let j = 0; j < k; j++) if (j !== i && hi[j] >= t) candidates.push(j);
      const Bq = rat(B);
      const undefinedLabels: number[] = [];
      const exact: { label: number; cosine: ExactCosine<Rational> }[] = [];
      for (const j of candidates) {
        const vj = v(rowIntegers(data, d, j, E));
        const q = dotBig(vj, vj);
        if (q === 0n) { undefinedLabels.push(j); continue; }
        exact.push({ label: j, cosine: cosineFromInnerProducts(RationalField, rat(dotBig(vj, b)), rat(q), Bq) });
      }
      exact.sort((x, y) => compareCosines(RationalField, y.cosine, x.cosine) || x.label - y.label);
      const neighbours: Neighbour[] = [];
      for (let r = 0; r < exact.length; r++) {
        const tiedWithPrevious = r > 0 && compareCosines(RationalField, exact[r].cosine, exact[r - 1].cosine) === 0;
        if (r >= n && !tiedWithPrevious) break;
        const { label, cosine } = exact[r];
        neighbours.push({ label, rank: tiedWithPrevious ? neighbours[r - 1].rank : r + 1, cosine, value: cosine.sign * Math.sqrt(rationalToNumber(cosine.square)) });
      }
      return { measure, neighbours, undefinedLabels, exactCandidates: candidates.length };
    });
    return { label: i, n, lists, kernel: kernel.name };
  } finally {
    if (typeof opts.kernel !== 'object') await kernel.close();
  }
}
