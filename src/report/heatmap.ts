/**
 * A heat map of a square matrix of cosines as a Vega specification, rendered
 * server-side to SVG (`renderSpecSvg` of `panel.ts`). The data are floats and
 * decimal texts for DISPLAY ONLY (not exact); the exact cosines and the facts
 * the figure states are computed in `steck-figure.ts`.
 */
import type { Spec } from 'vega';
import { renderSpecSvg } from './panel.ts';

/** One cell: the colour value in [−1, 1] (null: undefined, drawn grey) and the text drawn in it. */
export interface HeatmapCell {
  readonly value: number | null;
  readonly text: string;
}

/** Everything one heat map shows (display data, NOT exact). */
export interface HeatmapData {
  readonly title: string;
  /** Lines under the title. */
  readonly subtitle: readonly string[];
  /** Names of the rows and columns (the same for both), e.g. `i0` … `i3`. */
  readonly labels: readonly string[];
  /** cells[i][j], labels.length × labels.length. */
  readonly cells: readonly (readonly HeatmapCell[])[];
  /** Title of both axes (default `item`). */
  readonly axisTitle?: string;
  /** Side of one cell in pixels (default `HEATMAP_CELL_SIZE`); cell texts are drawn only when it is at least `HEATMAP_TEXT_MIN_CELL`. */
  readonly cellSize?: number;
}

/** The smallest cell (pixels) that shows its text. */
export const HEATMAP_TEXT_MIN_CELL = 24;

/** Fill of an undefined cell (e.g. the cosine of a zero row). */
export const HEATMAP_UNDEFINED_FILL = '#d9d9d9';

/** Side of one cell in pixels. */
export const HEATMAP_CELL_SIZE = 56;

/** The class name Vega gives the rect mark of the cells (`<g class="mark-rect role-mark cell">`, one `<path>` per cell). */
export const HEATMAP_CELL_MARK = 'cell';

/**
 * The Vega specification of a heat map: band scales over the labels, one
 * `rect` mark per cell coloured on a diverging scale fixed to [−1, 1] (so
 * that several heat maps share one colour meaning), the cell texts, and a
 * colour legend. Throws `RangeError` when the cells are not
 * labels.length × labels.length or a value lies outside [−1, 1].
 */
export function heatmapSpec(h: HeatmapData): Spec {
  const n = h.labels.length;
  if (h.cells.length !== n || h.cells.some((row) => row.length !== n)) throw new RangeError(`heatmapSpec: ${h.title}: the cells must be ${n} × ${n}`);
  for (const row of h.cells) for (const c of row) if (c.value !== null && !(Math.abs(c.value) <= 1)) throw new RangeError(`heatmapSpec: ${h.title}: value ${c.value} is outside [−1, 1]`);
  const size = h.cellSize ?? HEATMAP_CELL_SIZE;
  if (!(size > 0)) throw new RangeError(`heatmapSpec: ${h.title}: cell size ${size} is not positive`);
  const values = h.cells.flatMap((row, i) => row.map((c, j) => ({ row: h.labels[i], col: h.labels[j], value: c.value, text: size >= HEATMAP_TEXT_MIN_CELL ? c.text : '' })));
  const axisTitle = h.axisTitle ?? 'item';
  const longLabels = h.labels.some((l) => l.length * 6 > size);
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: n * size,
    height: n * size,
    padding: 8,
    background: 'white',
    title: { text: h.title, subtitle: [...h.subtitle], anchor: 'start', fontSize: 14, subtitleFontSize: 11, subtitlePadding: 4, offset: 8 },
    data: [{ name: 'cells', values }],
    scales: [
      { name: 'x', type: 'band', domain: [...h.labels], range: 'width' },
      { name: 'y', type: 'band', domain: [...h.labels], range: 'height' },
      { name: 'colour', type: 'linear', domain: [-1, 1], range: { scheme: 'redblue' }, reverse: true, clamp: true },
    ],
    axes: [
      { orient: 'top', scale: 'x', title: axisTitle, domain: false, ticks: false, ...(longLabels ? { labelAngle: -60, labelAlign: 'left' as const, labelBaseline: 'middle' as const } : {}) },
      { orient: 'left', scale: 'y', title: axisTitle, domain: false, ticks: false },
    ],
    legends: [{ fill: 'colour', title: 'cosine', orient: 'right', gradientLength: Math.max(60, n * size - 20), values: [-1, -0.5, 0, 0.5, 1] }],
    marks: [
      {
        type: 'rect',
        name: HEATMAP_CELL_MARK,
        from: { data: 'cells' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'col' },
            width: { scale: 'x', band: 1 },
            y: { scale: 'y', field: 'row' },
            height: { scale: 'y', band: 1 },
            fill: [{ test: 'datum.value === null', value: HEATMAP_UNDEFINED_FILL }, { scale: 'colour', field: 'value' }],
            stroke: { value: '#ffffff' },
            strokeWidth: { value: 1.5 },
          },
        },
      },
      {
        type: 'text',
        name: 'cell-text',
        from: { data: 'cells' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'col', band: 0.5 },
            y: { scale: 'y', field: 'row', band: 0.5 },
            text: { field: 'text' },
            align: { value: 'center' },
            baseline: { value: 'middle' },
            fontSize: { value: size >= 40 ? 11 : 9 },
            fill: { signal: "datum.value !== null && abs(datum.value) > 0.6 ? '#ffffff' : '#111111'" },
          },
        },
      },
    ],
  };
}

/** The heat map rendered to a standalone `<svg>` string by Vega in Node. Throws as `heatmapSpec`. */
export async function renderHeatmapSvg(h: HeatmapData): Promise<string> {
  return renderSpecSvg(heatmapSpec(h));
}
