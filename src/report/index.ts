/**
 * The package entry `cosine-verify/report`: the self-contained HTML pages (inline SVG
 * drawn server-side by Vega; no script, no network) — the paper's report and the page of
 * one model (`analyze --report`) — apart from the core entry so that importing
 * `cosine-verify` does not load Vega.
 */
export { buildReport, REPORT_DEFAULT_RUNS, type ReportOptions, type BuiltReport } from './build-report.ts';
export {
  matrixReportHtml, writeMatrixReport, matrixHeatmaps, parseReportLabels, defaultReportLabels, DEFAULT_REPORT_LABELS,
  type MatrixFacts, type PatternCountFacts, type MatrixReportOptions,
} from './matrix-report.ts';
