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
import type { Mark, Spec } from 'vega';
import { layoutLabels, textSize, type Box, type LabelRequest, type Pixel, type PlacedLabel } from './label-layout.ts';

/** One filled region: a convex polygon (vertices counter-clockwise, floats for drawing). */
export interface PanelRegion {
  /** Unique within the panel, e.g. `"label-2"` or `"ranking-10243"`. */
  readonly id: string;
  /** Colour key (a label index as text): regions with the same key share a colour. */
  readonly colourKey: string;
  /** Text drawn inside the region (e.g. `"y2"`, `"10243"`). */
  readonly text: string;
  /** Highlight the region (e.g. a ranking that the other model lacks): a red fill, a dark dashed outline, its name always drawn (with a leader line when it does not fit inside). */
  readonly emphasis: boolean;
  /** Drop the name when it does not fit inside the region (default false: always drawn, with a leader line if need be); the figure then names the region elsewhere. */
  readonly optionalText?: boolean;
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

/** The line mark drawing the highlighted (`emphasis`) regions a second time, on top (`<g class="mark-line role-mark highlight">`). */
export const HIGHLIGHT_MARK_NAME = 'highlight';

/** Fill of a highlighted region. */
export const HIGHLIGHT_COLOUR = '#d62728';

/** The text marks of a panel: region names, tie names, unembedding names (placed without overlap by `panelLabels`). */
export const REGION_TEXT_MARK = 'region-text';
export const TIE_TEXT_MARK = 'tie-text';
export const VECTOR_TEXT_MARK = 'vector-text';

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

/** Font sizes (pixels) of the texts of a panel. */
const FONT = { region: 10, emphasisedRegion: 11, tie: 10, vector: 12 };

/** Pixel coordinates of the plot area for a panel of half-width h (y grows downwards). */
function toPixels(h: number): (x: number, y: number) => Pixel {
  return (x, y) => ({ x: ((x + h) / (2 * h)) * PANEL_SIZE, y: PANEL_SIZE - ((y + h) / (2 * h)) * PANEL_SIZE });
}

/** Centre positions along direction (dx, dy) from p that put a box of the text's size just clear of p. */
function clearOf(p: Pixel, dirs: readonly [number, number][], size: { width: number; height: number }, gap: number): Pixel[] {
  return dirs.map(([dx, dy]) => {
    const d = gap + (Math.abs(dx) * size.width) / 2 + (Math.abs(dy) * size.height) / 2;
    return { x: p.x + d * dx, y: p.y + d * dy };
  });
}

/** Unit directions: `dir` rotated by 0, ±30°, ±60°, ±90°, ±135°, 180°. */
function fan(dx: number, dy: number): [number, number][] {
  const n = Math.hypot(dx, dy) || 1;
  const [ux, uy] = n === 0 ? [1, 0] : [dx / n, dy / n];
  return [0, 30, -30, 60, -60, 90, -90, 135, -135, 180].map((deg) => {
    const a = (deg * Math.PI) / 180;
    return [ux * Math.cos(a) - uy * Math.sin(a), ux * Math.sin(a) + uy * Math.cos(a)];
  });
}

/**
 * Where the texts of a panel go (pixels; `layoutLabels`): the unembedding names first (just
 * off the arrow tip or point, outward first), then the tie names (beside their segment, far
 * end first), then the region names (inside the region: centroid, then towards its far
 * corners; a name that does not fit inside gets a leader line, or is dropped when
 * `optionalText`). Arrow heads and points are obstacles.
 */
export function panelLabels(p: PanelData): { regions: PlacedLabel[]; ties: PlacedLabel[]; vectors: PlacedLabel[] } {
  const px = toPixels(p.halfWidth);
  const origin = px(0, 0);
  const obstacles: Box[] = p.vectors.map((v) => {
    const t = px(v.x, v.y);
    return { x: t.x - 5, y: t.y - 5, width: 10, height: 10 };
  });
  // Texts do not sit on arrow shafts or tie segments either: small boxes every 5 px along them.
  const along = (a: Pixel, b: Pixel, half: number) => {
    const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 5);
    return Array.from({ length: n + 1 }, (_, t) => ({ x: a.x + ((b.x - a.x) * t) / n - half, y: a.y + ((b.y - a.y) * t) / n - half, width: 2 * half, height: 2 * half }));
  };
  if (p.vectorStyle === 'arrow') for (const v of p.vectors) obstacles.push(...along(origin, px(v.x, v.y), 2));
  for (const sg of p.segments) obstacles.push(...along(px(sg.x1, sg.y1), px(sg.x2, sg.y2), 1.5));
  const requests: LabelRequest[] = [];
  for (const [t, v] of p.vectors.entries()) {
    const tip = px(v.x, v.y);
    const size = textSize(v.text, FONT.vector, true);
    requests.push({ id: `vector:${t}`, text: v.text, fontSize: FONT.vector, bold: true, required: true, anchor: tip, candidates: clearOf(tip, fan(tip.x - origin.x, tip.y - origin.y), size, 6) });
  }
  for (const [t, s] of p.segments.entries()) {
    const [a, b] = [px(s.x1, s.y1), px(s.x2, s.y2)];
    const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    const normal: [number, number][] = [[-(b.y - a.y) / len, (b.x - a.x) / len], [(b.y - a.y) / len, -(b.x - a.x) / len]];
    const size = textSize(s.text, FONT.tie, true);
    const along = [0.8, 0.65, 0.9, 0.5, 0.35].map((f) => ({ x: a.x + f * (b.x - a.x), y: a.y + f * (b.y - a.y) }));
    requests.push({ id: `tie:${t}`, text: s.text, fontSize: FONT.tie, bold: true, required: true, anchor: along[0], candidates: along.flatMap((q) => clearOf(q, normal, size, 3)) });
  }
  const ordered = [...p.regions.entries()].sort(([, r], [, q]) => Number(Boolean(r.optionalText)) - Number(Boolean(q.optionalText)));
  for (const [t, r] of ordered) {
    const poly = r.points.map(([x, y]) => {
      const q = px(x, y);
      return [q.x, q.y] as [number, number];
    });
    const c = px(centroid(r.points).x, centroid(r.points).y);
    const far = [...poly].sort((u, v) => Math.hypot(v[0] - c.x, v[1] - c.y) - Math.hypot(u[0] - c.x, u[1] - c.y));
    const inner = [0.3, 0.5, 0.7, 0.85].flatMap((f) => far.map(([x, y]) => ({ x: c.x + f * (x - c.x), y: c.y + f * (y - c.y) })));
    const fontSize = r.emphasis ? FONT.emphasisedRegion : FONT.region;
    requests.push({ id: `region:${t}`, text: r.text, fontSize, bold: r.emphasis, required: r.emphasis || !r.optionalText, anchor: c, candidates: [c, ...inner], inside: poly });
  }
  const placed = layoutLabels(requests, obstacles, { x: 0, y: 0, width: PANEL_SIZE, height: PANEL_SIZE });
  const of = (kind: string) => placed.filter((l) => l.id.startsWith(`${kind}:`));
  return { regions: of('region'), ties: of('tie'), vectors: of('vector') };
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
  const labels = panelLabels(p);
  const regionIndex = (l: PlacedLabel) => Number(l.id.slice('region:'.length));
  const regionTexts = labels.regions.map((l) => ({ text: l.text, px: l.x, py: l.y, emphasis: p.regions[regionIndex(l)].emphasis }));
  const leaders = [...labels.vectors, ...labels.ties, ...labels.regions].flatMap((l) => (l.leader === null ? [] : [l.leader]));
  const vectors = p.vectors.map((v) => ({ ...v, angle: arrowAngle(v.x, v.y) }));
  const vectorTexts = labels.vectors.map((l) => ({ text: l.text, px: l.x, py: l.y }));
  const tieTexts = labels.ties.map((l) => ({ text: l.text, px: l.x, py: l.y }));
  const at = { x: { field: 'px' }, y: { field: 'py' }, align: { value: 'center' as const }, baseline: { value: 'middle' as const } };
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
      { name: 'highlightVertices', values: vertices.filter((v) => v.emphasis) },
      { name: 'regionTexts', values: regionTexts },
      { name: 'vectors', values: vectors },
      { name: 'vectorTexts', values: vectorTexts },
      { name: 'segments', values: [...p.segments] },
      { name: 'tieTexts', values: tieTexts },
      { name: 'leaders', values: leaders },
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
      polygonGroup('regions', 'vertices', REGION_MARK_NAME, {
        fill: { scale: 'colour', field: 'key' },
        fillOpacity: { value: 0.35 },
        stroke: { value: '#ffffff' },
        strokeWidth: { value: 1.5 },
      }),
      polygonGroup('highlights', 'highlightVertices', HIGHLIGHT_MARK_NAME, {
        fill: { value: HIGHLIGHT_COLOUR },
        fillOpacity: { value: 0.8 },
        stroke: { value: '#5c0000' },
        strokeWidth: { value: 2 },
        strokeDash: { value: [5, 2] },
      }),
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
        type: 'rule',
        name: 'leader',
        from: { data: 'leaders' },
        encode: { enter: { x: { field: 'x1' }, y: { field: 'y1' }, x2: { field: 'x2' }, y2: { field: 'y2' }, stroke: { value: '#444' }, strokeWidth: { value: 1 } } },
      },
      {
        type: 'symbol',
        name: 'leader-anchor',
        from: { data: 'leaders' },
        encode: { enter: { x: { field: 'x1' }, y: { field: 'y1' }, shape: { value: 'circle' }, size: { value: 12 }, fill: { value: '#444' } } },
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
        name: REGION_TEXT_MARK,
        from: { data: 'regionTexts' },
        encode: {
          enter: {
            ...at,
            text: { field: 'text' },
            fontSize: [{ test: 'datum.emphasis', value: FONT.emphasisedRegion }, { value: FONT.region }],
            fontWeight: [{ test: 'datum.emphasis', value: 'bold' }, { value: 'normal' }],
            fill: [{ test: 'datum.emphasis', value: '#000' }, { value: '#333' }],
          },
        },
      },
      {
        type: 'text',
        name: TIE_TEXT_MARK,
        from: { data: 'tieTexts' },
        encode: { enter: { ...at, text: { field: 'text' }, fontSize: { value: FONT.tie }, fontWeight: { value: 'bold' } } },
      },
      {
        type: 'text',
        name: VECTOR_TEXT_MARK,
        from: { data: 'vectorTexts' },
        encode: { enter: { ...at, text: { field: 'text' }, fontSize: { value: FONT.vector }, fontWeight: { value: 'bold' }, fill: { value: '#111' } } },
      },
    ],
  };
}

/**
 * A group mark drawing one closed polygon per region of the vertex data `data` (a facet on
 * the region id, vertices in `order`), as a line mark named `markName` with `style`.
 */
function polygonGroup(name: string, data: string, markName: string, style: Record<string, unknown>): Mark {
  return {
    type: 'group',
    name,
    from: { facet: { data, name: `${name}-polygon`, groupby: 'region' } },
    marks: [
      {
        type: 'line',
        name: markName,
        from: { data: `${name}-polygon` },
        sort: { field: 'datum.order' },
        encode: { enter: { x: { scale: 'x', field: 'x' }, y: { scale: 'y', field: 'y' }, interpolate: { value: 'linear-closed' }, ...style } },
      },
    ],
  } as Mark;
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
