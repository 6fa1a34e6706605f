/**
 * The paper's four figures rebuilt from the exact worked examples
 * (`src/examples/`): Fig. 1 (App. C.1 and its two translated models),
 * Fig. 2 (App. C.2, C.3 and the pairs that can tie for the top), Fig. 3
 * (T5.5 / App. H.1, both models) and Fig. 4 (T H.1 / App. H.2, the two point
 * configurations and their ranking regions). Every statement a figure makes
 * is a `FigureFact` computed exactly (exact cosines, certified LP decisions,
 * exact region geometry) and compared with what the paper prints.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Rational } from '../field/rational.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { loadExamples, type CosineFact, type PaperExamples } from '../examples/examples.ts';
import { cosineEquals, compareCosines } from '../cosine/exact-cosine.ts';
import { cosineMatrix, cosineMatrixEquals } from '../cosine/cosine-matrix.ts';
import { cosineToText } from '../cosine/cosine-text.ts';
import { extremeCosineModels } from '../lemmas/extreme-cosine-models.ts';
import { isCentered } from '../linalg/centering.ts';
import { squaredRowNorms } from '../linalg/gram.ts';
import { braidDifferences, braidPairs } from '../linalg/braid.ts';
import { argmaxableLabels } from '../../lp/queries/argmax.ts';
import { tieForTopPairs } from '../../lp/queries/tie-for-top.ts';
import { enumerateSignPatterns } from '../../lp/arrangements/sign-patterns.ts';
import { formatSignVector } from '../../lp/queries/sign-vector.ts';
import { rankingPatternsViaBraid } from '../../lp/arrangements/ranking-patterns.ts';
import { samePoint, type Polygon } from './polygon-clip.ts';
import { argmaxPanel, boxHalfWidth, cosineLabel, rankingPanel, rankingText, tilesBox, type ExactArgmaxPanel, type ExactRankingPanel } from './exact-panels.ts';
import type { PanelData } from './panel.ts';

/** One statement a figure makes, and whether it holds (decided exactly). */
export interface FigureFact {
  readonly text: string;
  readonly holds: boolean;
}

/** A figure of the report: panels to draw and the exact facts they illustrate. */
export interface ReportFigure {
  /** HTML id: `fig-1` … `fig-4`. */
  readonly id: string;
  readonly title: string;
  readonly caption: string;
  readonly panels: readonly PanelData[];
  readonly facts: readonly FigureFact[];
}

const pairText = (pairs: readonly (readonly [number, number])[]): string => (pairs.length === 0 ? 'none' : pairs.map(([i, j]) => `${i}|${j}`).join(', '));
const sameList = (a: readonly unknown[], b: readonly unknown[]): boolean => JSON.stringify(a) === JSON.stringify(b);
const sortedPairs = (pairs: readonly (readonly [number, number])[]): [number, number][] =>
  pairs.map(([i, j]) => (i < j ? [i, j] : [j, i]) as [number, number]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);

function vectorText<T>(F: OrderedField<T>, v: readonly T[]): string {
  return `(${v.map((x) => F.format(x)).join(', ')})`;
}

function samePolygon<T>(F: OrderedField<T>, p: Polygon<T> | null, q: Polygon<T> | null): boolean {
  if (p === null || q === null) return p === q;
  return p.length === q.length && p.every((a, t) => samePoint(F, a, q[t]));
}

/** Facts every argmax panel states: the regions tile the box, and a label has a region iff the LP certifies it argmaxable. */
function argmaxPanelFacts<T>(name: string, p: ExactArgmaxPanel<T>): FigureFact[] {
  const argmaxable = argmaxableLabels(p.F, p.W);
  const missing = p.regions.filter((r) => r.polygon === null).map((r) => r.label);
  return [
    {
      text: `${name}: the argmax regions tile the box [−${p.F.format(p.B)}, ${p.F.format(p.B)}]² (exact areas sum to its area)`,
      holds: tilesBox(p.F, p.regions.flatMap((r) => (r.polygon === null ? [] : [r.polygon])), p.B),
    },
    {
      text: `${name}: ${missing.length === 0 ? 'every label has a region' : `label${missing.length > 1 ? 's' : ''} ${missing.join(', ')} ha${missing.length > 1 ? 've' : 's'} no region (drawn absent)`}; the certified LP agrees: a label has a region iff it is argmaxable`,
      holds: p.regions.every((r) => (r.polygon !== null) === argmaxable[r.label]),
    },
  ];
}

/** Facts of a ranking panel: the regions tile the box. */
function rankingPanelFacts<T>(name: string, p: ExactRankingPanel<T>): FigureFact {
  return {
    text: `${name}: the ${p.regions.length} ranking regions tile the box [−${p.F.format(p.B)}, ${p.F.format(p.B)}]² (exact areas)`,
    holds: tilesBox(p.F, p.regions.map((r) => r.polygon), p.B),
  };
}

/** The paper's printed cosines of an example checked against the exact cosines of W. */
function cosineFacts<T>(F: OrderedField<T>, name: string, W: Matrix<T>, printed: readonly CosineFact<T>[]): FigureFact[] {
  return printed.map((c) => {
    const got = cosineLabel(F, W, c.i, c.j);
    return { text: `${name}: ${got.text} (paper: ${c.text})`, holds: cosineEquals(F, got.cosine, c.cosine) };
  });
}

/** Fig. 1: App. C.1 and its two equivalent models with cos(w0, w1) = −1 (L3.2) and +1 (L3.3). */
export function figure1(ex: PaperExamples = loadExamples()): ReportFigure {
  const e = ex['C.1'];
  const F = e.field;
  const m = extremeCosineModels(F, e.W, 0, 1);
  const B = boxHalfWidth(F, [e.W, m.minusOne.W, m.plusOne.W]);
  const models = [
    { name: 'W', W: e.W, title: 'C.1: W' },
    { name: 'W + 1v₋ᵀ', W: m.minusOne.W, title: `W + 1vᵀ, v = ${vectorText(F, m.minusOne.v)} (L3.2)` },
    { name: 'W + 1v₊ᵀ', W: m.plusOne.W, title: `W + 1vᵀ, v = ${vectorText(F, m.plusOne.v)} (L3.3)` },
  ];
  const panels = models.map((x) => argmaxPanel(F, x.W, B, { title: x.title, subtitle: [cosineLabel(F, x.W, 0, 1).text] }, { emphasis: [0, 1] }));
  const sameRegions = panels.every((p) => p.regions.every((r, i) => samePolygon(F, r.polygon, panels[0].regions[i].polygon)));
  const facts: FigureFact[] = [
    ...cosineFacts(F, 'W', e.W, e.cosines),
    { text: `L3.2's translation v = −(w0 + w1)/2 = ${vectorText(F, m.minusOne.v)} (paper: ${vectorText(F, e.vMinusOne)})`, holds: m.minusOne.v.every((x, c) => F.equals(x, e.vMinusOne[c])) },
    { text: `L3.3's translation v = −w0 + (w1 − w0)/2 = ${vectorText(F, m.plusOne.v)} (paper: ${vectorText(F, e.vPlusOne)})`, holds: m.plusOne.v.every((x, c) => F.equals(x, e.vPlusOne[c])) },
    { text: `cos(w0 + v, w1 + v) = ${cosineToText(F, m.minusOne.cosine)} after L3.2's translation`, holds: m.verified.cosineIsMinusOne },
    { text: `cos(w0 + v, w1 + v) = ${cosineToText(F, m.plusOne.cosine)} after L3.3's translation`, holds: m.verified.cosineIsPlusOne },
    { text: 'the three models give the same probabilities for every input (equal braid differences DW, L3.1)', holds: m.verified.minusOneEquivalent && m.verified.plusOneEquivalent },
    { text: 'the three models have the same argmax regions (exact vertices)', holds: sameRegions },
    ...panels.flatMap((p, t) => argmaxPanelFacts(models[t].name, p)),
  ];
  return {
    id: 'fig-1',
    title: 'Figure 1 — cosine is not translation invariant (App. C.1, L3.2, L3.3, T3.4)',
    caption:
      'Five unembeddings in R² (arrows) and the argmax region of each label (where it is the top label), for W and the two models translated by L3.2 and L3.3. ' +
      'The translations change cos(w0, w1) from 4/5 to −1 and +1, but every logit moves by the same amount, so the regions — and all probabilities — are unchanged.',
    panels: panels.map((p) => p.data),
    facts,
  };
}

/** The labels whose cosine with `label` is largest and second largest (exact order; ties broken by index). */
function cosineNearest<T>(F: OrderedField<T>, W: Matrix<T>, label: number, count: number): number[] {
  const C = cosineMatrix(F, W);
  return W.map((_, j) => j)
    .filter((j) => j !== label)
    .sort((a, b) => compareCosines(F, C[label][b], C[label][a]) || a - b)
    .slice(0, count);
}

/** Fig. 2: App. C.2 (left) and C.3 (right): which labels can tie for the top is not what the cosines suggest. */
export function figure2(ex: PaperExamples = loadExamples()): ReportFigure {
  const c2 = ex['C.2'];
  const c3 = ex['C.3'];
  const Q = c2.field;
  const K = c3.field;
  const ties2 = tieForTopPairs(Q, c2.W);
  const ties3 = tieForTopPairs(K, c3.W);
  const p2 = argmaxPanel(Q, c2.W, boxHalfWidth(Q, [c2.W]), {
    title: 'C.2 (centered)',
    subtitle: [...c2.cosines.map((c) => cosineLabel(Q, c2.W, c.i, c.j).text), `can tie for the top: ${pairText(ties2)}`],
  }, { emphasis: [2], ties: ties2 });
  const p3 = argmaxPanel(K, c3.W, boxHalfWidth(K, [c3.W]), {
    title: 'C.3 (centered, unit length, over Q(√39))',
    subtitle: [...c3.cosines.map((c) => cosineLabel(K, c3.W, c.i, c.j).text), `can tie for the top: ${pairText(ties3)}`],
  }, { emphasis: [1], ties: ties3 });
  const has = (list: readonly [number, number][], [i, j]: readonly [number, number]) => list.some(([a, b]) => (a === Math.min(i, j) && b === Math.max(i, j)));
  const tieFacts = (name: string, ties: [number, number][], can: readonly [number, number][], cannot: readonly [number, number][]): FigureFact[] => [
    { text: `${name}: labels ${pairText(sortedPairs(can))} can tie for the highest probability (certified LP; paper agrees)`, holds: can.every((p) => has(ties, p)) },
    { text: `${name}: labels ${pairText(sortedPairs(cannot))} cannot tie for the highest probability (Motzkin certificate; paper agrees)`, holds: cannot.every((p) => !has(ties, p)) },
  ];
  const nearest = cosineNearest(Q, c2.W, 2, 2);
  const tieWith2 = ties2.filter(([i, j]) => i === 2 || j === 2).map(([i, j]) => (i === 2 ? j : i)).sort((a, b) => a - b);
  const norms = squaredRowNorms(K, c3.W);
  const facts: FigureFact[] = [
    ...cosineFacts(Q, 'C.2', c2.W, c2.cosines),
    { text: 'C.2: W is centered (columns sum to 0)', holds: isCentered(Q, c2.W) === c2.centered },
    ...tieFacts('C.2', ties2, c2.canTieForTop, c2.cannotTieForTop),
    {
      text: `C.2: the two cosine-nearest neighbours of label 2 are ${nearest.join(', ')} (paper: ${c2.cosineNearestTo2.join(', ')}), but the labels that can tie with label 2 for the top are ${tieWith2.join(', ')} (paper: ${c2.tieWith2.join(', ')})`,
      holds: sameList([...nearest].sort((a, b) => a - b), [...c2.cosineNearestTo2].sort((a, b) => a - b)) && sameList(tieWith2, [...c2.tieWith2].sort((a, b) => a - b)),
    },
    ...argmaxPanelFacts('C.2', p2),
    ...cosineFacts(K, 'C.3', c3.W, c3.cosines),
    { text: 'C.3: W is centered and every row has length 1 (exact, in Q(√39))', holds: isCentered(K, c3.W) === c3.centered && norms.every((n) => K.equals(n, K.one)) === c3.unitLength },
    ...tieFacts('C.3', ties3, c3.canTieForTop, c3.cannotTieForTop),
    ...argmaxPanelFacts('C.3', p3),
  ];
  return {
    id: 'fig-2',
    title: 'Figure 2 — centered cosines do not tell which labels can be likely together (App. C.2, C.3)',
    caption:
      'Argmax regions of two centered models; dashed black segments are where two labels tie for the highest probability (every pair the certified LP finds). ' +
      'Left: labels 2 and 4 have cosine 4/5 but cannot tie (any input between them scores label 3 higher), while 1 and 2 with a negative cosine can. ' +
      'Right: unit-length rows; cos(w0, w1) = −0.805 and the labels can tie, cos(w1, w3) = +0.805 and they cannot.',
    panels: [p2.data, p3.data],
    facts,
  };
}

/** Fig. 3: T5.5 / App. H.1: the same cosine matrix, but label 2 is argmaxable only in the first model. */
export function figure3(ex: PaperExamples = loadExamples()): ReportFigure {
  const h = ex['H.1'];
  const F = h.field;
  const B = boxHalfWidth(F, [h.W1, h.W2]);
  const models = [
    { name: 'W1' as const, W: h.W1 },
    { name: 'W2' as const, W: h.W2 },
  ];
  const panels = models.map(({ name, W }) => {
    const argmaxable = argmaxableLabels(F, W);
    return argmaxPanel(F, W, B, {
      title: `H.1: ${name}${name === 'W2' ? ' (w2 = (0, 2))' : ' (w2 = (0, 5))'}`,
      subtitle: [cosineLabel(F, W, 1, 2).text, cosineLabel(F, W, 2, 3).text, `label 2 can be the top label: ${argmaxable[2] ? 'yes' : 'no — no region'}`],
    }, { emphasis: [2] });
  });
  const S1 = enumerateSignPatterns(F, h.W1);
  const S2 = enumerateSignPatterns(F, h.W2);
  const where = models.filter((_, t) => panels[t].regions[2].polygon !== null).map((x) => x.name);
  const facts: FigureFact[] = [
    { text: 'C(W1) = C(W2): all 49 cosines are equal (exact sign and square in Q(√2))', holds: cosineMatrixEquals(F, h.W1, h.W2) === h.sameCosineMatrix },
    {
      text: `S(W1) = S(W2) (${S1.patterns.length} sign patterns each, certified), as L5.3 requires`,
      holds: S1.complete && S2.complete && sameList(S1.patterns.map(formatSignVector), S2.patterns.map(formatSignVector)),
    },
    { text: `label 2 has an argmax region in ${where.join(', ') || 'neither model'} (paper: ${h.label2ArgmaxableIn.join(', ')})`, holds: sameList(where, h.label2ArgmaxableIn) },
    ...panels.flatMap((p, t) => argmaxPanelFacts(models[t].name, p)),
  ];
  return {
    id: 'fig-3',
    title: 'Figure 3 — the cosine matrix does not determine the ranking pattern (T5.5, App. H.1)',
    caption:
      'Seven unembeddings at angles 0, π/4, …, 7π/4 (none at 3π/2), all of length 5 in W1; in W2 the third (w2) has length 2. ' +
      'The cosine matrices are identical, yet label 2 is the top label for some inputs of W1 and for none of W2: its region is absent on the right.',
    panels: panels.map((p) => p.data),
    facts,
  };
}

/** [1 | M]: a constant first column prepended (a point configuration as a model with a bias). */
function lift<T>(F: OrderedField<T>, M: Matrix<T>): T[][] {
  return M.map((row) => [F.one, ...row]);
}

/** Fig. 4: T H.1 / App. H.2: two point configurations with the same sign pattern and different ranking patterns. */
export function figure4(ex: PaperExamples = loadExamples()): ReportFigure {
  const h = ex['H.2'];
  const F = h.field;
  const B = boxHalfWidth(F, [h.A, h.B]);
  const RA = rankingPatternsViaBraid(F, h.A);
  const RB = rankingPatternsViaBraid(F, h.B);
  const keyA = new Set(RA.map(rankingText));
  const keyB = new Set(RB.map(rankingText));
  const onlyA = RA.map(rankingText).filter((r) => !keyB.has(r));
  const onlyB = RB.map(rankingText).filter((r) => !keyA.has(r));
  // T5.6: C(DA) ≠ C(DB); show the first differing cosine of braid rows.
  const DA = braidDifferences(F, h.A);
  const DB = braidDifferences(F, h.B);
  const CA = cosineMatrix(F, DA);
  const CB = cosineMatrix(F, DB);
  const pairs = braidPairs(h.A.length);
  let firstDiff: [number, number] | null = null;
  for (let r = 0; r < CA.length && firstDiff === null; r++) for (let s = r + 1; s < CA.length; s++) if (!cosineEquals(F, CA[r][s], CB[r][s])) { firstDiff = [r, s]; break; }
  const rowName = (p: string, r: number) => `${p}${pairs[r][0]}−${p}${pairs[r][1]}`;
  const diffText = (p: string, C: typeof CA) =>
    firstDiff === null ? 'C(D·) equal' : `cos(${rowName(p, firstDiff[0])}, ${rowName(p, firstDiff[1])}) = ${cosineToText(F, C[firstDiff[0]][firstDiff[1]])}`;
  const panelA = rankingPanel(F, h.A, B, {
    title: 'H.2: A (rows a0 … a4)',
    subtitle: [`|R(A)| = ${RA.length}; not in R(B): ${onlyA.join(', ') || 'none'}`, diffText('a', CA)],
  }, (r) => !keyB.has(rankingText(r)));
  const panelB = rankingPanel(F, h.B, B, {
    title: 'H.2: B (rows b0 … b4)',
    subtitle: [`|R(B)| = ${RB.length}; not in R(A): ${onlyB.join(', ') || 'none'}`, diffText('b', CB)],
  }, (r) => !keyA.has(rankingText(r)));
  const LA = lift(F, h.A);
  const LB = lift(F, h.B);
  const SA = enumerateSignPatterns(F, LA);
  const SB = enumerateSignPatterns(F, LB);
  const onLine = (M: Matrix<Rational>) => M[2].every((x, c) => F.equals(x, F.add(F.mul(F.fromRational(1, 4), M[0][c]), F.mul(F.fromRational(3, 4), M[4][c]))));
  const sameR = sameList(RA.map(rankingText), RB.map(rankingText));
  const facts: FigureFact[] = [
    { text: 'in A and in B the third point is ¼·first + ¾·fifth (one collinear triple in both), exactly', holds: onLine(h.A) && onLine(h.B) },
    {
      text: `S([1 | A]) = S([1 | B]) (${SA.patterns.length} sign patterns each, certified; paper: same sign pattern)`,
      holds: SA.complete && SB.complete && sameList(SA.patterns.map(formatSignVector), SB.patterns.map(formatSignVector)) === h.sameSignPattern,
    },
    { text: `R(A) ≠ R(B): only in R(A): ${onlyA.join(', ')}; only in R(B): ${onlyB.join(', ')} (paper: different ranking patterns)`, holds: sameR === h.sameRankingPattern && !sameR },
    {
      text: 'the constant column cancels: R([1 | A]) = R(A) and R([1 | B]) = R(B)',
      holds: sameList(rankingPatternsViaBraid(F, LA).map(rankingText), RA.map(rankingText)) && sameList(rankingPatternsViaBraid(F, LB).map(rankingText), RB.map(rankingText)),
    },
    {
      text: `C(DA) ≠ C(DB), as T5.6 requires when R(A) ≠ R(B): ${diffText('a', CA)} but ${diffText('b', CB)}`,
      holds: firstDiff !== null,
    },
    rankingPanelFacts('A', panelA),
    rankingPanelFacts('B', panelB),
  ];
  return {
    id: 'fig-4',
    title: 'Figure 4 — with a bias, the sign pattern does not determine the ranking pattern (T H.1, App. H.2)',
    caption:
      'Two point configurations (Björner et al., Oriented Matroids, §1.10) drawn as points, and the ranking regions of x ↦ (a_iᵀx)_i: one region per ranking (written top first, 10243 = 1 > 0 > 2 > 4 > 3), ' +
      'coloured by its top label. Red regions (dashed outline, bold names) are the rankings the other configuration cannot produce: two thin wedges along the x₁-axis in each. [1 | A] and [1 | B] have the same sign patterns. ' +
      'A name that does not fit inside its region is joined to it by a leader line.',
    panels: [panelA.data, panelB.data],
    facts,
  };
}

/** The four figures, in order. Each computes its facts exactly; see `figure1` … `figure4`. */
export function paperFigures(ex: PaperExamples = loadExamples()): ReportFigure[] {
  return [figure1(ex), figure2(ex), figure3(ex), figure4(ex)];
}
