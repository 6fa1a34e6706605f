/**
 * The report page: one self-contained HTML document (inline CSS and inline
 * SVG only; no script, stylesheet, font or image is fetched) with one
 * `<figure id="fig-N">` per paper figure — its rendered panels, caption and
 * the exact facts it shows, each marked as holding or not — and a table of
 * claim verdicts (`<table id="claim-table">`).
 */
import type { ClaimResult } from '../cli/commands/verify.ts';
import type { FigureFact, ReportFigure } from './figures.ts';
import type { SteckFigure } from './steck-figure.ts';

/** A figure with the SVG of each of its panels (same order as `figure.panels`). */
export interface RenderedFigure {
  readonly figure: ReportFigure;
  readonly svgs: readonly string[];
}

/** The Steck section with the SVG of each heat map (same order as `figure.panels`). */
export interface RenderedSteckFigure {
  readonly figure: SteckFigure;
  readonly svgs: readonly string[];
}

/** What the page says about how it was made. */
export interface ReportMeta {
  /** Seed of the randomized claim campaigns. */
  readonly seed: number;
  /** Runs per randomized claim (`null`: each claim's default). */
  readonly runs: number | null;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The page style shared by the report pages (inline CSS). */
export const REPORT_STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px auto; max-width: 1400px; padding: 0 16px; color: #1b1b1b; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; }
.meta { color: #555; margin-top: 0; }
.summary { padding: 8px 12px; border-radius: 4px; display: inline-block; }
.summary.ok { background: #e6f4ea; } .summary.failed { background: #fce8e6; }
figure { margin: 28px 0; padding: 12px; border: 1px solid #ddd; border-radius: 6px; }
.panels { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
.panels svg { max-width: 100%; height: auto; }
.panels.side-by-side { flex-wrap: nowrap; overflow-x: auto; }
.panels.side-by-side svg { max-width: none; }
figcaption { margin-top: 8px; line-height: 1.4; }
ul.facts { list-style: none; padding-left: 0; margin: 8px 0 0; font-size: 0.92em; }
ul.facts li { padding: 2px 0; }
.holds::before { content: "\\2713  "; color: #137333; font-weight: bold; }
.fails::before { content: "\\2717  "; color: #c5221f; font-weight: bold; }
li.fails, tr.failed td { color: #c5221f; }
table { border-collapse: collapse; font-size: 0.92em; }
th, td { border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.detail { white-space: pre-line; }
th { background: #f3f3f3; }
tr.paper-heading th { background: #e8eef7; }
`;

/** The `<li>` items of a figure's facts, marked as holding or not. */
export function factItems(facts: readonly FigureFact[]): string {
  return facts.map((f) => `<li class="${f.holds ? 'holds' : 'fails'}">${escapeHtml(f.text)}</li>`).join('\n');
}

/** The section on Steck, Ekanadham & Kallus (2024): one `<figure id="fig-steck">` with the heat maps side by side. */
function steckHtml({ figure, svgs }: RenderedSteckFigure): string {
  if (svgs.length !== figure.panels.length) throw new RangeError(`steckHtml: ${figure.id} has ${figure.panels.length} heat maps but ${svgs.length} SVGs`);
  return [
    `<section id="steck">`,
    `<h2>Steck, Ekanadham &amp; Kallus (2024), “Is Cosine-Similarity of Embeddings Really About Similarity?” (arXiv:2403.05440)</h2>`,
    `<figure id="${escapeHtml(figure.id)}" class="steck-figure">`,
    `<div class="panels">`,
    ...svgs.map((svg, t) => `<div class="panel" data-panel="${t}" data-cells="${figure.panels[t].labels.length ** 2}">${svg}</div>`),
    `</div>`,
    `<figcaption><strong>${escapeHtml(figure.title)}.</strong> ${escapeHtml(figure.caption)}</figcaption>`,
    `<ul class="facts">\n${factItems(figure.facts)}\n</ul>`,
    `</figure>`,
    `</section>`,
  ].join('\n');
}

/** Claim rows, with a heading row before the first claim of each paper (when the results name their papers). */
function claimRows(claims: readonly ClaimResult[]): string {
  return claims
    .flatMap((r, i) => [...(r.paper !== undefined && r.paper !== claims[i - 1]?.paper ? [`<tr class="paper-heading"><th colspan="7">${escapeHtml(r.paper)}</th></tr>`] : []), claimRow(r)])
    .join('\n');
}

function figureHtml({ figure, svgs }: RenderedFigure): string {
  if (svgs.length !== figure.panels.length) throw new RangeError(`figureHtml: ${figure.id} has ${figure.panels.length} panels but ${svgs.length} SVGs`);
  const facts = factItems(figure.facts);
  return [
    `<figure id="${escapeHtml(figure.id)}" class="paper-figure">`,
    `<div class="panels">`,
    ...svgs.map((svg, t) => `<div class="panel" data-panel="${t}" data-regions="${figure.panels[t].regions.length}">${svg}</div>`),
    `</div>`,
    `<figcaption><strong>${escapeHtml(figure.title)}.</strong> ${escapeHtml(figure.caption)}</figcaption>`,
    `<ul class="facts">\n${facts}\n</ul>`,
    `</figure>`,
  ].join('\n');
}

function claimRow(r: ClaimResult): string {
  const cells = [
    escapeHtml(r.id),
    escapeHtml(r.statement),
    escapeHtml(r.method),
    String(r.cases),
    String(r.certificates),
    `${r.seconds.toFixed(2)} s`,
    `<strong>${r.status}</strong>${r.detail === undefined ? '' : `<br><span class="detail">${escapeHtml(r.detail)}</span>`}`,
  ];
  const cls = ['', '', '', 'num', 'num', 'num', ''];
  return `<tr class="${r.status}" data-claim="${escapeHtml(r.id)}">${cells.map((c, t) => `<td${cls[t] ? ` class="${cls[t]}"` : ''}>${c}</td>`).join('')}</tr>`;
}

/**
 * The whole report as one HTML string: header with a summary (how many
 * figure facts hold, how many claims are verified), the figures in order,
 * the section on Steck et al. (2024) when `steck` is given (`<section
 * id="steck">`, its facts counted in the summary), and the claim table (one
 * row per claim, `class="verified"` or `class="failed"`, failed rows with
 * their detail; a heading row per paper when the results name their paper).
 * Every text is escaped; the SVGs (from Vega) are embedded as they are.
 * Throws `RangeError` when a figure's SVG count differs from its panel count.
 */
export function reportHtml(figures: readonly RenderedFigure[], claims: readonly ClaimResult[], meta: ReportMeta, steck?: RenderedSteckFigure): string {
  const facts = [...figures.flatMap((f) => f.figure.facts), ...(steck?.figure.facts ?? [])];
  const factsOk = facts.filter((f) => f.holds).length;
  const claimsOk = claims.filter((c) => c.status === 'verified').length;
  const ok = factsOk === facts.length && claimsOk === claims.length;
  const nav = [
    ...figures.map((f) => `<a href="#${escapeHtml(f.figure.id)}">${escapeHtml(f.figure.title.split(' — ')[0])}</a>`),
    ...(steck === undefined ? [] : ['<a href="#steck">Steck et al. (2024)</a>']),
    '<a href="#claims">Claims</a>',
  ].join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>cosine-verify report</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header>
<h1>cosine-verify: the figures of Nielsen &amp; Grivas, “What Cosine Similarity of Label Representations Can and Cannot Tell us” (arXiv:2603.29488), from exact data</h1>
<p class="meta">Regions are computed exactly (vertices in Q or Q(√n)) and drawn with Vega; decisions are certified LPs (witness or Gordan/Motzkin certificate, checked exactly). Labels are 0-based. Claims run with seed ${meta.seed}${meta.runs === null ? '' : `, ${meta.runs} runs per randomized claim`}.</p>
<p class="summary ${ok ? 'ok' : 'failed'}" id="summary">${factsOk} of ${facts.length} figure facts hold; ${claimsOk} of ${claims.length} claims verified.</p>
<nav>${nav}</nav>
</header>
<main>
${figures.map(figureHtml).join('\n')}
${steck === undefined ? '' : steckHtml(steck)}
<section id="claims">
<h2>Claim verdicts</h2>
<table id="claim-table">
<thead><tr><th>claim</th><th>statement</th><th>method</th><th>cases</th><th>certificates</th><th>time</th><th>verdict</th></tr></thead>
<tbody>
${claimRows(claims)}
</tbody>
</table>
</section>
</main>
</body>
</html>
`;
}
