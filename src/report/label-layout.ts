/**
 * Collision-free placement of the text labels of a drawing (display only, pixels, NOT
 * exact): each label has preferred positions; it takes the first one whose box stays in
 * the plot area (and, when asked, inside its region's polygon) and overlaps no label
 * placed before it and no obstacle (arrow heads, points). A required label with no free
 * preferred position is moved to the nearest free position on a spiral around its anchor
 * and joined to the anchor by a leader line; an optional one is left out (its region is
 * then named elsewhere, e.g. in a table). Greedy in the given order, so earlier labels
 * (unembeddings, ties) keep their preferred places. Text widths are estimated generously
 * from per-character widths of a sans-serif face; the browser test measures the rendered
 * boxes.
 */

/** An axis-aligned box in pixels: top-left corner, width and height. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A pixel position. */
export interface Pixel {
  readonly x: number;
  readonly y: number;
}

/** One label to place. */
export interface LabelRequest {
  readonly id: string;
  readonly text: string;
  readonly fontSize: number;
  readonly bold?: boolean;
  /** Centre positions to try, preferred first. */
  readonly candidates: readonly Pixel[];
  /** Where a leader line starts when the label is moved away (a point of the thing it names). */
  readonly anchor: Pixel;
  /** Place it in any case (with a leader line if need be); else it is dropped when no candidate is free. */
  readonly required: boolean;
  /** When given, a candidate's box must lie inside this convex polygon (pixels, either orientation). */
  readonly inside?: readonly (readonly [number, number])[];
}

/** A placed label: its box, its centre, and the leader line from the anchor (null when at a candidate). */
export interface PlacedLabel {
  readonly id: string;
  readonly text: string;
  readonly box: Box;
  readonly x: number;
  readonly y: number;
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
}

/** Width of a character in ems (a generous estimate for Helvetica / Arial / DejaVu Sans). */
function charEm(ch: string): number {
  if (/[0-9]/.test(ch)) return 0.58;
  if (/[il|.,:;'!]/.test(ch)) return 0.32;
  if (/[mwMW]/.test(ch)) return 0.92;
  if (/[A-Z]/.test(ch)) return 0.74;
  if (/[a-z]/.test(ch)) return 0.6;
  if (ch === ' ') return 0.3;
  return 0.66;
}

/** The estimated box size of `text` (pixels): width from per-character widths (+10 % in bold, + 2 px), height 1.25 × the font size. */
export function textSize(text: string, fontSize: number, bold = false): { width: number; height: number } {
  const em = [...text].reduce((s, ch) => s + charEm(ch), 0);
  return { width: em * fontSize * (bold ? 1.1 : 1) + 2, height: fontSize * 1.25 };
}

/** True when two boxes overlap (touching edges do not), with `gap` pixels of clearance. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** True when the point lies in the convex polygon (either orientation; boundary counts). */
function inConvex(p: Pixel, poly: readonly (readonly [number, number])[]): boolean {
  let sign = 0;
  for (let t = 0; t < poly.length; t++) {
    const [x0, y0] = poly[t];
    const [x1, y1] = poly[(t + 1) % poly.length];
    const cross = (x1 - x0) * (p.y - y0) - (y1 - y0) * (p.x - x0);
    if (Math.abs(cross) < 1e-9) continue;
    const s = Math.sign(cross);
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return true;
}

const corners = (b: Box): Pixel[] => [
  { x: b.x, y: b.y },
  { x: b.x + b.width, y: b.y },
  { x: b.x, y: b.y + b.height },
  { x: b.x + b.width, y: b.y + b.height },
];

/** The point of box b nearest to p. */
function nearestOnBox(b: Box, p: Pixel): Pixel {
  return { x: Math.min(Math.max(p.x, b.x), b.x + b.width), y: Math.min(Math.max(p.y, b.y), b.y + b.height) };
}

/** Clearance kept between labels and between a label and an obstacle (pixels). */
const GAP = 1;

/**
 * Places the labels in order (see the module comment) in the plot area `bounds`, avoiding
 * `obstacles`. Returns the placed labels (dropped optional ones are absent), whose boxes
 * pairwise do not overlap and lie in `bounds` — except when the area is too full for a
 * required label even on the spiral, which then overlaps as little as the first spiral
 * position allows (not expected for the report's panels; the browser test checks).
 */
export function layoutLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxAt = (r: LabelRequest, c: Pixel): Box => {
    const { width, height } = textSize(r.text, r.fontSize, r.bold);
    return { x: c.x - width / 2, y: c.y - height / 2, width, height };
  };
  const free = (b: Box) =>
    b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height &&
    placed.every((p) => !boxesOverlap(p.box, b, GAP)) && obstacles.every((o) => !boxesOverlap(o, b, GAP));
  for (const r of requests) {
    const hit = r.candidates.find((c) => {
      const b = boxAt(r, c);
      return free(b) && (r.inside === undefined || corners(b).every((q) => inConvex(q, r.inside!)));
    });
    if (hit !== undefined) {
      placed.push({ id: r.id, text: r.text, box: boxAt(r, hit), x: hit.x, y: hit.y, leader: null });
      continue;
    }
    if (!r.required) continue;
    let spot = r.anchor;
    for (const c of spiral(r.anchor, Math.hypot(bounds.width, bounds.height))) {
      if (free(boxAt(r, c))) {
        spot = c;
        break;
      }
    }
    const box = boxAt(r, spot);
    const end = nearestOnBox(box, r.anchor);
    placed.push({ id: r.id, text: r.text, box, x: spot.x, y: spot.y, leader: { x1: r.anchor.x, y1: r.anchor.y, x2: end.x, y2: end.y } });
  }
  return placed;
}

/** Positions on rings of growing radius around p (6 px apart, 24 directions per ring). */
function* spiral(p: Pixel, maxRadius: number): Generator<Pixel> {
  for (let radius = 14; radius <= maxRadius; radius += 6) {
    for (let t = 0; t < 24; t++) {
      const a = (2 * Math.PI * t) / 24;
      yield { x: p.x + radius * Math.cos(a), y: p.y + radius * Math.sin(a) };
    }
  }
}
