/**
 * Builds the HTML report: the four figures from the exact examples
 * (`figures.ts`), each panel rendered to SVG by Vega (`panel.ts`), the section
 * on Steck et al. (2024) (`steck-figure.ts`, heat maps by `heatmap.ts`), the
 * claim checks of the registry run with few runs (`runClaims` of the `verify`
 * command), assembled by `html.ts`.
 */
import type { ClaimCheck } from '../../properties/claims/claim.ts';
import { claims as registry, paperOf } from '../../properties/claims/index.ts';
import { seedFromEnv } from '../../properties/settings.ts';
import { runClaims, type ClaimResult } from '../cli/commands/verify.ts';
import { loadExamples, type PaperExamples } from '../examples/examples.ts';
import { paperFigures, type ReportFigure } from './figures.ts';
import { reportHtml, type RenderedFigure } from './html.ts';
import { renderPanelSvg } from './panel.ts';
import { renderHeatmapSvg } from './heatmap.ts';
import { steckFigure, type SteckFigure } from './steck-figure.ts';

/** Runs per randomized claim in the report unless told otherwise (small: the report is a summary; `verify` is the full run). */
export const REPORT_DEFAULT_RUNS = 20;

/** Options of `buildReport`. */
export interface ReportOptions {
  /** Runs per randomized claim (default `REPORT_DEFAULT_RUNS`). */
  readonly runs?: number;
  /** Seed of the randomized claims (default `seedFromEnv()`). */
  readonly seed?: number;
  /** The claim checks shown in the table (default: the whole registry). */
  readonly claims?: readonly ClaimCheck[];
  /** The worked examples (default: the shipped examples.json). */
  readonly examples?: PaperExamples;
  /** Called before each step, for progress display: `done` of `total` steps, and what comes next. */
  readonly onStep?: (done: number, total: number, what: string) => void;
}

/** The built report: the page and what it shows. */
export interface BuiltReport {
  readonly html: string;
  readonly figures: readonly ReportFigure[];
  /** The section on Steck et al. (2024): three heat maps and their facts. */
  readonly steck: SteckFigure;
  readonly claims: readonly ClaimResult[];
  /** True when every figure fact (Steck section included) holds and every claim is verified. */
  readonly ok: boolean;
}

/** Every panel of the figures rendered to SVG (Vega, server-side), in order. */
export async function renderFigures(figures: readonly ReportFigure[]): Promise<RenderedFigure[]> {
  const out: RenderedFigure[] = [];
  for (const figure of figures) {
    const svgs: string[] = [];
    for (const p of figure.panels) svgs.push(await renderPanelSvg(p));
    out.push({ figure, svgs });
  }
  return out;
}

/**
 * Builds the report page. Figures first (exact regions, cosines and certified
 * decisions; see `figures.ts`), then each claim of `opts.claims` run with
 * `{ runs, seed }` (a claim that throws is shown as failed, it does not abort
 * the report). Throws `RangeError` for runs that is not a positive integer;
 * errors of the figure computations (e.g. a damaged examples file) propagate.
 */
export async function buildReport(opts: ReportOptions = {}): Promise<BuiltReport> {
  const runs = opts.runs ?? REPORT_DEFAULT_RUNS;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`buildReport: runs must be a positive integer, got ${runs}`);
  const seed = opts.seed ?? seedFromEnv();
  const checks = opts.claims ?? registry;
  const total = 3 + checks.length;
  opts.onStep?.(0, total, 'figures');
  const figures = paperFigures(opts.examples ?? loadExamples());
  opts.onStep?.(1, total, 'rendering');
  const rendered = await renderFigures(figures);
  opts.onStep?.(2, total, 'Steck et al. (2024)');
  const steck = steckFigure();
  const steckSvgs: string[] = [];
  for (const h of steck.panels) steckSvgs.push(await renderHeatmapSvg(h));
  const claims = await runClaims(checks, { runs, seed, onClaim: (i, id) => opts.onStep?.(3 + i, total, id), paperOf: (id) => paperOf(id)?.name });
  opts.onStep?.(total, total, 'done');
  const html = reportHtml(rendered, claims, { seed, runs }, { figure: steck, svgs: steckSvgs });
  const ok = [...figures.flatMap((f) => f.facts), ...steck.facts].every((x) => x.holds) && claims.every((c) => c.status === 'verified');
  return { html, figures, steck, claims, ok };
}
