/**
 * A picture of your own matrix (`cosine-verify analyze FILE --report OUT.html`): one
 * self-contained page (inline CSS and SVG drawn server-side by Vega; no script, nothing
 * fetched) with, side by side, heat maps of the cosine matrix C(W), of the centered
 * cosines and of the braid cosine matrix C(DW) (cosines of the differences w_i − w_j),
 * by label name, for the labels asked for (all when k ≤ `DEFAULT_REPORT_LABELS`, else the
 * first ones; `--report-labels`); the argmaxable labels, the pairs that can tie for the
 * top, |S(W)| and |R(W)| as `analyze` decided them; and, when d = 2, the decision regions
 * (argmax regions and tie segments, exact; with a bias the affine ones). Cosines are exact
 * (sign and square); cells show decimals correctly rounded from them.
 */
import type { OrderedField } from '../field/ordered-field.ts';
import type { Model } from '../models/model.ts';
import type { Matrix } from '../linalg/matrix.ts';
import { gramMatrix } from '../linalg/gram.ts';
import { centerColumns } from '../linalg/centering.ts';
import { braidPairs } from '../linalg/braid.ts';
import { cosineFromInnerProducts, rationalOf, type ExactCosine } from '../cosine/exact-cosine.ts';
import { cosineToText, formatCosine } from '../cosine/cosine-text.ts';
import { renderHeatmapSvg, type HeatmapData } from './heatmap.ts';
import { renderPanelSvg } from './panel.ts';
import { affineBoxHalfWidth, argmaxPanel, boxHalfWidth } from './exact-panels.ts';
import { escapeHtml, factItems, REPORT_STYLE } from './html.ts';
import type { FigureFact } from './figures.ts';
import { writeFileAtomically } from './write-file.ts';

/** A pattern count as `analyze` reports it (`PatternCount` of `analyze --json`). */
export interface PatternCountFacts {
  /** The exact count, or null when not known (not enumerated, or stopped by a budget). */
  readonly count: number | null;
  /** The exact count as decimal text (k! and 2^k may exceed 2^53). */
  readonly countExact?: string;
  readonly enumerated: boolean;
  /** Cover's general-position count (an upper bound), or null when not computed. */
  readonly coverBound: string | null;
  readonly boundDimension: number | null;
  readonly lps: number;
  /** How the count is known without an enumeration (every pattern occurs by rank), or why it is empty / not computed. */
  readonly reason?: string;
}

/**
 * What `analyze` decided about the model, as the page states it (a subset of `analyze --json`,
 * which satisfies it). A null field was not computed (skipped section, budget): the page says so.
 */
export interface MatrixFacts {
  readonly source: string;
  readonly field: string;
  readonly rank: number | null;
  readonly centered: boolean | null;
  /** Certified: label i can be the top label (with the bias, when the model has one). */
  readonly argmaxable: readonly boolean[] | null;
  /** Certified: the pairs [i, j], i < j, that can tie for the top. */
  readonly canTieForTop: readonly (readonly [number, number])[] | null;
  /** Null when the patterns section was not run. */
  readonly signPattern: PatternCountFacts | null;
  readonly rankingPattern: PatternCountFacts | null;
}

/** Labels drawn in the heat maps when none are asked for and k is larger. */
export const DEFAULT_REPORT_LABELS = 12;

/** Models with at most this many labels get their 2-D decision regions drawn (d = 2). */
export const MAX_REGION_LABELS = 40;

/** Options of `matrixReportHtml`. */
export interface MatrixReportOptions {
  /** The labels of the heat maps, in order (default `defaultReportLabels(k)`). */
  readonly labels?: readonly number[];
}

/** All labels when k ≤ `DEFAULT_REPORT_LABELS`, else the first `DEFAULT_REPORT_LABELS`. */
export function defaultReportLabels(k: number): number[] {
  return Array.from({ length: Math.min(k, DEFAULT_REPORT_LABELS) }, (_, i) => i);
}

/**
 * The labels of `--report-labels SPEC` for k labels: a count n (the first n labels), or a
 * comma-separated list of label indices and/or names (`names`, when the model has them).
 * Throws `RangeError` naming the bad item (unknown name, index out of range, repeated
 * label, n = 0 or n > k).
 */
export function parseReportLabels(spec: string, k: number, names?: readonly string[]): number[] {
  const t = spec.trim();
  if (/^\d+$/.test(t) && !t.includes(',')) {
    const n = Number(t);
    if (n < 1 || n > k) throw new RangeError(`--report-labels ${t}: the count must be 1 … ${k}`);
    return Array.from({ length: n }, (_, i) => i);
  }
  const out: number[] = [];
  for (const item of t.split(',').map((x) => x.trim())) {
    const byName = names?.indexOf(item) ?? -1;
    const i = byName >= 0 ? byName : /^\d+$/.test(item) ? Number(item) : -1;
    if (i < 0 || i >= k) throw new RangeError(`--report-labels: "${item}" is neither a label index 0 … ${k - 1}${names ? ' nor a label name' : ''}`);
    if (out.includes(i)) throw new RangeError(`--report-labels: label "${item}" is given twice`);
    out.push(i);
  }
  return out;
}

/** The exact cosines of every pair of rows of a Gram matrix; null where a row is zero. */
function cosinesFromGram<T>(F: OrderedField<T>, G: Matrix<T>): (ExactCosine<T> | null)[][] {
  return G.map((row, i) => row.map((g, j) => (F.isZero(G[i][i]) || F.isZero(G[j][j]) ? null : cosineFromInnerProducts(F, g, G[i][i], G[j][j]))));
}

/** Above this size of p·q (square = p/q) a cell shows decimals only (the square-free search costs seconds on long dyadic rationals). */
const SHORT_TEXT_LIMIT = 10n ** 12n;

/** A cell's text: the exact value when short (`0`, `1`, `-1/2`), else 2 decimals correctly rounded (more when 2 would show a non-zero cosine as 0); `—` when undefined. */
function cellText<T>(F: OrderedField<T>, c: ExactCosine<T> | null): string {
  if (c === null) return '—';
  if (c.sign === 0) return '0';
  const r = rationalOf(F, c.square);
  if (r === null || r.n * r.d < SHORT_TEXT_LIMIT) {
    const exact = cosineToText(F, c);
    if (exact.length <= 5) return exact;
  }
  // 2 decimals; more when those round a non-zero cosine to 0, so that its sign shows
  for (let digits = 2; ; digits++) {
    const text = formatCosine(F, c, digits);
    if (/[1-9]/.test(text) || digits >= 6) return text;
  }
}

/** Pixels for the cells of one heat map (C(W) and the centered cosines get `LABEL_MAP_PIXELS`, C(DW) `PAIR_MAP_PIXELS`), so the three fit side by side on a wide screen. */
const LABEL_MAP_PIXELS = 240;
const PAIR_MAP_PIXELS = 320;

function heatmap<T>(F: OrderedField<T>, title: string, subtitle: readonly string[], names: readonly string[], C: (ExactCosine<T> | null)[][], axisTitle: string, pixels: number): HeatmapData {
  const cellSize = Math.max(6, Math.min(48, Math.floor(pixels / Math.max(1, names.length))));
  return {
    title,
    subtitle,
    labels: names,
    axisTitle,
    cellSize,
    cells: C.map((row) => row.map((c) => ({ value: c === null ? null : Number(formatCosine(F, c, 6)), text: cellText(F, c) }))),
  };
}

/** The three heat maps of the labels `shown`: C(W), centered cosines, C(DW) over the pairs of `shown`. */
export function matrixHeatmaps<T>(model: Model<T>, shown: readonly number[]): HeatmapData[] {
  const { F, W } = model;
  const name = (i: number) => model.labels?.[i] ?? String(i);
  const rows = shown.map((i) => W[i]);
  const names = shown.map(name);
  const C = cosinesFromGram(F, gramMatrix(F, rows));
  const centered = cosinesFromGram(F, gramMatrix(F, centerRows(F, W, shown)));
  const pairs = braidPairs(shown.length);
  const G = gramMatrix(F, rows);
  const GD = pairs.map(([a, b]) => pairs.map(([c, d]) => F.add(F.sub(F.sub(G[a][c], G[a][d]), G[b][c]), G[b][d])));
  const CD = cosinesFromGram(F, GD);
  const subset = shown.length < W.length ? [`${shown.length} of ${W.length} labels`] : [];
  return [
    heatmap(F, 'C(W)', [...subset, 'cosines (Def. 5.2)'], names, C, 'label', LABEL_MAP_PIXELS),
    heatmap(F, 'centered C(W)', [...subset, 'after centering (App. C)'], names, centered, 'label', LABEL_MAP_PIXELS),
    heatmap(F, 'C(DW)', [...subset, 'of w_i − w_j (T5.6)'], pairs.map(([a, b]) => `${names[a]}−${names[b]}`), CD, 'label difference', PAIR_MAP_PIXELS),
  ];
}

/** The rows `shown` of W with the column means of ALL of W subtracted (centering is over every label). */
function centerRows<T>(F: OrderedField<T>, W: Matrix<T>, shown: readonly number[]): T[][] {
  const centered = centerColumns(F, W);
  return shown.map((i) => centered[i]);
}

/** The facts listed on the page (all decided by `analyze`; they hold by construction). */
function factsOf(facts: MatrixFacts, names: readonly string[], bias: boolean): FigureFact[] {
  const list = (xs: readonly string[]) => (xs.length === 0 ? 'none' : xs.join(', '));
  const argmax = facts.argmaxable;
  const pattern = (title: string, p: PatternCountFacts | null, who: string) => {
    if (p === null) return `${title}: not computed`;
    const bound = p.coverBound === null ? '' : `; ${who} general-position count in dimension ${p.boundDimension}: ${p.coverBound}`;
    if (p.count !== null && p.enumerated) return `${title}: ${p.countExact ?? p.count} (enumerated exactly, ${p.lps} certified LP decisions${bound})`;
    if (p.count !== null) return `${title}: ${p.countExact ?? p.count}${p.reason === undefined ? '' : ` (${p.reason})`}`;
    return `${title}: not enumerated (${p.reason ?? (p.coverBound === null ? 'not computed' : `${who} general-position count in dimension ${p.boundDimension} is ${p.coverBound}, above the budget`)})`;
  };
  const on = bias ? ' (of the model with its bias)' : '';
  return [
    argmax === null
      ? { text: `argmaxable labels${on}: not computed`, holds: true }
      : { text: `argmaxable labels${on}, certified: ${list(names.filter((_, i) => argmax[i]))}; not argmaxable: ${list(names.filter((_, i) => !argmax[i]))}`, holds: true },
    facts.canTieForTop === null
      ? { text: `pairs that can tie for the top${on}: not computed`, holds: true }
      : { text: `pairs that can tie for the top${on}, certified: ${list(facts.canTieForTop.map(([i, j]) => `${names[i]}|${names[j]}`))}`, holds: true },
    { text: pattern('|S(W)| sign patterns (Def. 5.1)', facts.signPattern, 'Cover 1965'), holds: true },
    { text: pattern('|R(W)| ranking patterns (Def. 5.4)', facts.rankingPattern, 'Cover 1967'), holds: true },
  ];
}

/**
 * The page for a model (W k × d over F, optional bias and label names) and what `analyze`
 * decided about it (`facts`): the three heat maps side by side for `opts.labels`, the facts,
 * and for d = 2 (and k ≤ `MAX_REGION_LABELS`) the exact decision regions with the certified
 * tie segments. Throws `RangeError` for a label index out of range in `opts.labels`, or
 * when `facts` does not fit the model (argmaxable of another length).
 */
export async function matrixReportHtml<T>(model: Model<T>, facts: MatrixFacts, opts: MatrixReportOptions = {}): Promise<string> {
  const { F, W } = model;
  const k = W.length;
  const d = W[0].length;
  if (facts.argmaxable !== null && facts.argmaxable.length !== k) throw new RangeError(`matrixReportHtml: the facts are about ${facts.argmaxable.length} labels, the model has ${k}`);
  const shown = opts.labels ?? defaultReportLabels(k);
  for (const i of shown) if (!Number.isInteger(i) || i < 0 || i >= k) throw new RangeError(`matrixReportHtml: label ${i} is not in 0 … ${k - 1}`);
  const names = W.map((_, i) => model.labels?.[i] ?? String(i));
  const maps = matrixHeatmaps(model, shown);
  const svgs: string[] = [];
  for (const h of maps) svgs.push(await renderHeatmapSvg(h));
  let regions = '';
  if (d === 2 && k <= MAX_REGION_LABELS) {
    const B = model.bias === undefined ? boxHalfWidth(F, [W]) : affineBoxHalfWidth(F, W, model.bias);
    const panel = argmaxPanel(F, W, B, { title: model.bias === undefined ? 'argmax regions of W' : 'argmax regions of Wx + b', subtitle: [`dashed: where two labels tie for the top (certified)`] }, {
      ties: facts.canTieForTop ?? [],
      bias: model.bias,
      names: model.labels,
    });
    regions = [
      `<figure id="regions" class="matrix-figure">`,
      `<div class="panels"><div class="panel" data-regions="${panel.data.regions.length}">${await renderPanelSvg(panel.data)}</div></div>`,
      `<figcaption>The input space x ∈ R² split by the top label (argmax regions, exact vertices in ${escapeHtml(F.name)}); a label without a region is never the top label.</figcaption>`,
      `</figure>`,
    ].join('\n');
  }
  const header = `${escapeHtml(facts.source)}: k = ${k} labels × d = ${d}; field ${escapeHtml(facts.field)}; rank ${facts.rank ?? 'not computed'}${facts.centered ? '; centered' : ''}${model.bias === undefined ? '' : '; with bias'}`;
  const shownText = shown.length < k ? `<p class="meta">The heat maps show ${shown.length} of the ${k} labels (${escapeHtml(shown.map((i) => names[i]).join(', '))}); choose others with <code>--report-labels</code>.</p>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cosine-verify: ${escapeHtml(facts.source)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>cosine-verify analyze: ${escapeHtml(facts.source)}</h1>
<p class="meta" id="model">${header}</p>
<p class="meta">Cosines are exact (sign and square in ${escapeHtml(F.name)}); cells show the exact value when short, else 2 decimals correctly rounded. Decisions are certified LPs. Labels: ${escapeHtml(names.join(', '))}.</p>
${shownText}
</header>
<main>
<figure id="heatmaps" class="matrix-figure">
<div class="panels side-by-side">
${svgs.map((svg, t) => `<div class="panel" data-panel="${t}" data-cells="${maps[t].labels.length ** 2}">${svg}</div>`).join('\n')}
</div>
<figcaption>Left: the cosine matrix C(W). Middle: the cosines after centering (subtracting the mean unembedding). Right: the cosines of the label differences, C(DW) — the only one of the three that determines which rankings the softmax can produce (T5.6).</figcaption>
<ul class="facts" id="facts">
${factItems(factsOf(facts, names, model.bias !== undefined))}
</ul>
</figure>
${regions}
</main>
</body>
</html>
`;
}

/**
 * Writes the page of `matrixReportHtml` to `path` atomically (a temporary file in the same
 * folder, then a rename; the folder is created when missing), so a reader never sees half a
 * page. Throws `RangeError` naming the path when it cannot be written, and as
 * `matrixReportHtml`.
 */
export async function writeMatrixReport<T>(path: string, model: Model<T>, facts: MatrixFacts, opts: MatrixReportOptions = {}): Promise<void> {
  writeFileAtomically(path, await matrixReportHtml(model, facts, opts));
}
