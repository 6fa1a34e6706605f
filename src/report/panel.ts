/**
 * One drawing of a report figure as a Vega specification, and its SVG
 * rendered server-side by Vega (`renderer: 'none'` + `toSVG()`): no browser,
 * no hand-built chart code.
 *
 * The panel data are floats for DISPLAY ONLY (not exact): the exact regions,
 * cosines and decisions are computed in `regions-2d.ts` / `figures.ts` and
 * converted here, at the last step, with `F.toNumber`.
 */
import * as vega from 'vega';
import type { Spec } from 'vega';

/** One filled region: a convex polygon (vertices counter-clockwise, floats for drawing). */
export interface PanelRegion {
  /** Unique within the panel, e.g. `"label-2"` or `"ranking-10243"`. */
  readonly id: string;
  /** Colour key (a label index as text): regions with the same key share a colour. */
  readonly colourKey: string;
  /** Text drawn inside the region (e.g. `"y2"`, `"10243"`). */
  readonly text: string;
  /** Outline the region (e.g. a ranking that the other model lacks). */
  readonly emphasis: boolean;
  readonly points: readonly (readonly [number, number])[];
}

/** An unembedding drawn as an arrow from the origin (`arrow`) or as a point (`point`). */
export interface PanelVector {
  readonly text: string;
  readonly colourKey: string;
  readonly x: number;
  readonly y: number;
  /** Drawn thicker (e.g. the pair whose cosine the figure is about). */
  readonly emphasis: boolean;
}

/** A segment drawn over the regions (where two labels tie for the top). */
export interface PanelSegment {
  readonly text: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** Everything one drawing shows (display data, NOT exact). */
export interface PanelData {
  readonly title: string;
  /** Lines under the title: the exact cosines and the decisions shown. */
  readonly subtitle: readonly string[];
  /** The drawing shows [−halfWidth, halfWidth]² (the box the regions were clipped to). */
  readonly halfWidth: number;
  /** Colour keys in legend order (every `colourKey` used must be here). */
  readonly colourDomain: readonly string[];
  readonly regions: readonly PanelRegion[];
  readonly vectors: readonly PanelVector[];
  readonly vectorStyle: 'arrow' | 'point';
  readonly segments: readonly PanelSegment[];
}

/** Side of the square plot area in pixels. */
export const PANEL_SIZE = 300;

/** The class name Vega gives the line mark of the regions (`<g class="mark-line role-mark region">`, one `<path>` per region). */
export const REGION_MARK_NAME = 'region';

/** The area centroid of a polygon with interior (floats, for placing its text; the vertex mean if the area is 0). */
function centroid(points: readonly (readonly [number, number])[]): { x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  points.forEach(([x0, y0], t) => {
    const [x1, y1] = points[(t + 1) % points.length];
    const c = x0 * y1 - x1 * y0;
    a += c;
    cx += (x0 + x1) * c;
    cy += (y0 + y1) * c;
  });
  if (a === 0) return { x: points.reduce((s, q) => s + q[0], 0) / points.length, y: points.reduce((s, q) => s + q[1], 0) / points.length };
  return { x: cx / (3 * a), y: cy / (3 * a) };
}

/** Screen rotation (degrees, clockwise) of an upward triangle so that it points along (x, y) with y up. */
function arrowAngle(x: number, y: number): number {
  return 90 - (Math.atan2(y, x) * 180) / Math.PI;
}

/**
 * The Vega specification of a panel: square axes [−h, h]² (equal scales),
 * one filled `line` mark (interpolate `linear-closed`) per region, grouped
 * by a facet on the region id, the region texts at the area centroids, the
 * tie segments as dashed rules, the unembeddings as arrows (rule + rotated
 * triangle) or points with their labels, and a colour legend. Throws
 * `RangeError` naming the region when it has fewer than three vertices or
 * when a colour key is missing from `colourDomain`, or when halfWidth ≤ 0.
 */
export function panelSpec(p: PanelData): Spec {
  if (!(p.halfWidth > 0) || !Number.isFinite(p.halfWidth)) throw new RangeError(`panelSpec: halfWidth must be a positive number, got ${p.halfWidth}`);
  const known = new Set(p.colourDomain);
  for (const r of p.regions) {
    if (r.points.length < 3) throw new RangeError(`panelSpec: region ${r.id} has ${r.points.length} vertices (need at least 3)`);
    if (!known.has(r.colourKey)) throw new RangeError(`panelSpec: region ${r.id} has colour key ${r.colourKey}, not in colourDomain`);
  }
  for (const v of p.vectors) if (!known.has(v.colourKey)) throw new RangeError(`panelSpec: vector ${v.text} has colour key ${v.colourKey}, not in colourDomain`);
  const h = p.halfWidth;
  const vertices = p.regions.flatMap((r) =>
    r.points.map(([x, y], order) => ({ region: r.id, key: r.colourKey, emphasis: r.emphasis, order, x, y })),
  );
  const regionTexts = p.regions.map((r) => ({ text: r.text, ...centroid(r.points) }));
  const vectors = p.vectors.map((v) => ({ ...v, angle: arrowAngle(v.x, v.y) }));
  const xy = { x: { scale: 'x', field: 'x' }, y: { scale: 'y', field: 'y' } };
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: PANEL_SIZE,
    height: PANEL_SIZE,
    padding: 8,
    background: 'white',
    title: { text: p.title, subtitle: [...p.subtitle], anchor: 'start', fontSize: 14, subtitleFontSize: 11, subtitlePadding: 4, offset: 8 },
    data: [
      { name: 'vertices', values: vertices },
      { name: 'regionTexts', values: regionTexts },
      { name: 'vectors', values: vectors },
      { name: 'segments', values: [...p.segments] },
    ],
    scales: [
      { name: 'x', type: 'linear', domain: [-h, h], range: 'width', zero: false, nice: false },
      { name: 'y', type: 'linear', domain: [-h, h], range: 'height', zero: false, nice: false },
      { name: 'colour', type: 'ordinal', domain: [...p.colourDomain], range: { scheme: 'tableau10' } },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', grid: true, gridOpacity: 0.4, tickCount: 5, title: 'x₁' },
      { orient: 'left', scale: 'y', grid: true, gridOpacity: 0.4, tickCount: 5, title: 'x₂' },
    ],
    legends: [{ fill: 'colour', title: 'label', orient: 'right', symbolType: 'square' }],
    marks: [
      {
        type: 'group',
        name: 'regions',
        from: { facet: { data: 'vertices', name: 'polygon', groupby: 'region' } },
        marks: [
          {
            type: 'line',
            name: REGION_MARK_NAME,
            from: { data: 'polygon' },
            sort: { field: 'datum.order' },
            encode: {
              enter: {
                ...xy,
                interpolate: { value: 'linear-closed' },
                fill: { scale: 'colour', field: 'key' },
                fillOpacity: { value: 0.35 },
                stroke: [{ test: 'datum.emphasis', value: '#111' }, { value: '#ffffff' }],
                strokeWidth: [{ test: 'datum.emphasis', value: 2.5 }, { value: 1.5 }],
                strokeDash: [{ test: 'datum.emphasis', value: [6, 3] }, { value: [] }],
              },
            },
          },
        ],
      },
      {
        type: 'text',
        name: 'region-text',
        from: { data: 'regionTexts' },
        encode: {
          enter: { ...xy, text: { field: 'text' }, align: { value: 'center' }, baseline: { value: 'middle' }, fontSize: { value: 10 }, fill: { value: '#333' } },
        },
      },
      {
        type: 'rule',
        name: 'tie-segment',
        from: { data: 'segments' },
        encode: {
          enter: {
            x: { scale: 'x', field: 'x1' },
            y: { scale: 'y', field: 'y1' },
            x2: { scale: 'x', field: 'x2' },
            y2: { scale: 'y', field: 'y2' },
            stroke: { value: '#000' },
            strokeWidth: { value: 2.5 },
            strokeDash: { value: [5, 3] },
          },
        },
      },
      {
        type: 'text',
        name: 'tie-text',
        from: { data: 'segments' },
        encode: {
          enter: {
            x: { signal: "scale('x', 0.75 * datum.x2 + 0.25 * datum.x1)" },
            y: { signal: "scale('y', 0.75 * datum.y2 + 0.25 * datum.y1)" },
            text: { field: 'text' },
            fontSize: { value: 10 },
            fontWeight: { value: 'bold' },
            dx: { value: 4 },
            dy: { value: -4 },
          },
        },
      },
      ...(p.vectorStyle === 'arrow'
        ? [
            {
              type: 'rule' as const,
              name: 'vector-shaft',
              from: { data: 'vectors' },
              encode: {
                enter: {
                  x: { scale: 'x', value: 0 },
                  y: { scale: 'y', value: 0 },
                  x2: { scale: 'x', field: 'x' },
                  y2: { scale: 'y', field: 'y' },
                  stroke: { scale: 'colour', field: 'colourKey' },
                  strokeWidth: [{ test: 'datum.emphasis', value: 3.5 }, { value: 2 }],
                },
              },
            },
            {
              type: 'symbol' as const,
              name: 'vector-head',
              from: { data: 'vectors' },
              encode: {
                enter: {
                  ...xy,
                  shape: { value: 'triangle-up' },
                  angle: { field: 'angle' },
                  size: [{ test: 'datum.emphasis', value: 110 }, { value: 70 }],
                  fill: { scale: 'colour', field: 'colourKey' },
                },
              },
            },
          ]
        : [
            {
              type: 'symbol' as const,
              name: 'vector-point',
              from: { data: 'vectors' },
              encode: {
                enter: { ...xy, shape: { value: 'circle' }, size: { value: 60 }, fill: { scale: 'colour', field: 'colourKey' }, stroke: { value: '#000' } },
              },
            },
          ]),
      {
        type: 'text',
        name: 'vector-text',
        from: { data: 'vectors' },
        encode: {
          enter: {
            ...xy,
            text: { field: 'text' },
            dx: { signal: 'datum.x >= 0 ? 7 : -7' },
            dy: { signal: 'datum.y >= 0 ? -7 : 9' },
            align: { signal: "datum.x >= 0 ? 'left' : 'right'" },
            fontSize: { value: 12 },
            fontWeight: { value: 'bold' },
            fill: { value: '#111' },
          },
        },
      },
    ],
  };
}

/**
 * The panel rendered to a standalone `<svg>` string by Vega in Node
 * (`new vega.View(vega.parse(spec), { renderer: 'none' }).toSVG()`); the view
 * is finalized afterwards. Throws as `panelSpec`, or Vega's error for an
 * invalid spec.
 */
export async function renderPanelSvg(p: PanelData): Promise<string> {
  return renderSpecSvg(panelSpec(p));
}

/** Any Vega specification rendered to a standalone `<svg>` string in Node (no browser); the view is finalized afterwards. Throws Vega's error for an invalid spec. */
export async function renderSpecSvg(spec: Spec): Promise<string> {
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
