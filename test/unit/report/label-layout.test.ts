import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, layoutLabels, textSize, type LabelRequest } from '../../../src/report/label-layout.ts';
import { panelLabels, type PanelData } from '../../../src/report/panel.ts';
import { paperFigures } from '../../../src/report/figures.ts';
import { fcParams } from '../../../properties/settings.ts';

const bounds = { x: 0, y: 0, width: 300, height: 300 };
const pixel = fc.record({ x: fc.double({ min: 0, max: 300, noNaN: true }), y: fc.double({ min: 0, max: 300, noNaN: true }) });
const request: fc.Arbitrary<Omit<LabelRequest, 'id'>> = fc.record({
  text: fc.constantFrom('w0', 'y12', '0|1', '30214', 'surprise'),
  fontSize: fc.constantFrom(10, 12),
  bold: fc.boolean(),
  candidates: fc.array(pixel, { minLength: 1, maxLength: 6 }),
  anchor: pixel,
  required: fc.boolean(),
});

describe('layoutLabels', () => {
  it('places every required label, and no two placed boxes overlap or leave the plot area (random crowded requests)', () => {
    fc.assert(
      fc.property(fc.array(request, { minLength: 1, maxLength: 25 }), fc.array(pixel, { maxLength: 10 }), (reqs, obs) => {
        const requests = reqs.map((r, t) => ({ ...r, id: `l${t}` }));
        const obstacles = obs.map((o) => ({ x: o.x - 4, y: o.y - 4, width: 8, height: 8 }));
        const placed = layoutLabels(requests, obstacles, bounds);
        for (const r of requests.filter((q) => q.required)) expect(placed.map((p) => p.id)).toContain(r.id);
        for (let a = 0; a < placed.length; a++) {
          const b = placed[a].box;
          expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= 300 && b.y + b.height <= 300).toBe(true);
          for (let c = a + 1; c < placed.length; c++) expect(boxesOverlap(b, placed[c].box)).toBe(false);
          for (const o of obstacles) expect(boxesOverlap(b, o)).toBe(false);
        }
      }),
      fcParams(200),
    );
  });

  it('keeps a free preferred position without a leader line, and moves a crowded one with a leader line from its anchor', () => {
    const first: LabelRequest = { id: 'a', text: 'w0', fontSize: 12, candidates: [{ x: 100, y: 100 }], anchor: { x: 100, y: 100 }, required: true };
    const second: LabelRequest = { ...first, id: 'b', anchor: { x: 101, y: 101 } };
    const [a, b] = layoutLabels([first, second], [], bounds);
    expect([a.x, a.y, a.leader]).toEqual([100, 100, null]);
    expect(b.leader).not.toBeNull();
    expect([b.leader!.x1, b.leader!.y1]).toEqual([101, 101]);
    expect(boxesOverlap(a.box, b.box)).toBe(false);
    expect(layoutLabels([first, { ...second, required: false }], [], bounds).map((p) => p.id)).toEqual(['a']);
  });

  it('respects `inside`: a box must lie in the polygon', () => {
    const sliver: [number, number][] = [[0, 150], [300, 145], [300, 155]];
    const r: LabelRequest = { id: 'r', text: '30214', fontSize: 10, candidates: [{ x: 60, y: 150 }, { x: 280, y: 150 }], anchor: { x: 60, y: 150 }, required: false, inside: sliver };
    expect(layoutLabels([r], [], bounds)).toEqual([]);
    const wide: [number, number][] = [[0, 150], [300, 120], [300, 180]];
    expect(layoutLabels([{ ...r, inside: wide }], [], bounds).map((p) => [p.x, p.leader])).toEqual([[280, null]]);
  });

  it('estimates wider boxes for wider and bold text', () => {
    expect(textSize('w0', 12).width).toBeGreaterThan(textSize('i0', 12).width);
    expect(textSize('w0', 12, true).width).toBeGreaterThan(textSize('w0', 12).width);
  });
});

describe('panelLabels on the paper figures', () => {
  it('names every region, tie and unembedding of Fig. 1–4 without two label boxes overlapping', () => {
    for (const f of paperFigures()) {
      f.panels.forEach((p: PanelData, t) => {
        const l = panelLabels(p);
        expect([l.regions.length, l.ties.length, l.vectors.length], `${f.id} panel ${t}`).toEqual([p.regions.length, p.segments.length, p.vectors.length]);
        const boxes = [...l.regions, ...l.ties, ...l.vectors].map((x) => x.box);
        boxes.forEach((b, i) => boxes.slice(i + 1).forEach((c) => expect(boxesOverlap(b, c), `${f.id} panel ${t}`).toBe(false)));
      });
    }
  });
});
