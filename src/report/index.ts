/**
 * The package entry `cosine-verify/report`: the self-contained HTML pages (inline SVG
 * drawn server-side by Vega; no script, no network), apart from the core entry so that
 * importing `cosine-verify` does not load Vega.
 */
export { buildReport, REPORT_DEFAULT_RUNS, type ReportOptions, type BuiltReport } from './build-report.ts';
