import { describe, expect, it } from 'vitest';
import { panelSpec, renderPanelSvg, REGION_MARK_NAME, type PanelData } from '../../../src/report/panel.ts';

const base: PanelData = {
  title: 'test panel',
  subtitle: ['cos(w0, w1) = 4/5 ≈ 0.8000'],
  halfWidth: 2,
  colourDomain: ['0', '1', '2'],
  regions: [
    { id: 'a', colourKey: '0', text: 'y0', emphasis: false, points: [[0, 0], [2, 0], [2, 2]] },
    { id: 'b', colourKey: '1', text: 'y1', emphasis: true, points: [[0, 0], [2, 2], [-2, 2], [-2, 0]] },
    { id: 'c', colourKey: '2', text: 'y2', emphasis: false, points: [[0, 0], [-2, 0], [-2, -2], [2, -2], [2, 0]] },
  ],
  vectors: [
    { text: 'w0', colourKey: '0', x: 1, y: 0.5, emphasis: true },
    { text: 'w1', colourKey: '1', x: -1, y: 1, emphasis: false },
  ],
  vectorStyle: 'arrow',
  segments: [{ text: '0|1', x1: 0, y1: 0, x2: 2, y2: 2 }],
};

/** The `<path>` elements inside the region line-mark groups of a Vega SVG. */
function regionPaths(svg: string): string[] {
  const groups = [...svg.matchAll(new RegExp(`<g class="mark-line role-mark ${REGION_MARK_NAME}"[^>]*>(.*?)</g>`, 'g'))];
  return groups.flatMap((g) => [...g[1].matchAll(/<path [^>]*d="([^"]+)"/g)].map((m) => m[1]));
}

describe('panelSpec', () => {
  it('puts one vertex row per polygon corner and square axes [−h, h]²', () => {
    const spec = panelSpec(base);
    const vertices = spec.data!.find((d) => d.name === 'vertices') as { values: { region: string; order: number }[] };
    expect(vertices.values.length).toBe(3 + 4 + 5);
    expect(vertices.values.filter((v) => v.region === 'c').map((v) => v.order)).toEqual([0, 1, 2, 3, 4]);
    const x = spec.scales!.find((s) => s.name === 'x') as { domain: number[] };
    expect(x.domain).toEqual([-2, 2]);
  });

  it('throws a RangeError naming the region with fewer than 3 vertices, an unknown colour, or a bad half-width', () => {
    expect(() => panelSpec({ ...base, regions: [{ ...base.regions[0], points: [[0, 0], [1, 1]] }] })).toThrow(/region a has 2 vertices/);
    expect(() => panelSpec({ ...base, regions: [{ ...base.regions[0], colourKey: '7' }] })).toThrow(/colour key 7/);
    expect(() => panelSpec({ ...base, vectors: [{ ...base.vectors[0], colourKey: 'x' }] })).toThrow(/vector w0/);
    expect(() => panelSpec({ ...base, halfWidth: 0 })).toThrow(RangeError);
  });
});

describe('renderPanelSvg (Vega, server-side)', () => {
  it('renders a standalone SVG with one closed path per region, the texts and no external references', async () => {
    const svg = await renderPanelSvg(base);
    expect(svg.startsWith('<svg')).toBe(true);
    const paths = regionPaths(svg);
    expect(paths.length).toBe(3);
    expect(paths.every((d) => d.endsWith('Z'))).toBe(true);
    for (const t of ['test panel', 'cos(w0, w1) = 4/5 ≈ 0.8000', 'w0', 'w1', 'y2', '0|1']) expect(svg).toContain(`>${t}<`);
    expect(svg).not.toMatch(/<script|<image|href="http/);
  });

  it('maps data to pixels with equal scales: region a (0,0),(2,0),(2,2) is the lower-right triangle of the top-right quadrant', async () => {
    const d = regionPaths(await renderPanelSvg(base))[0];
    const pts = [...d.matchAll(/[ML]([\d.-]+),([\d.-]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(pts.length).toBe(3);
    const [o, e, c] = pts;
    // (2, 0) is right of the origin on the same row; (2, 2) is straight above it (y grows downwards on screen).
    // The box [-2, 2]² maps onto whole pixels here, so the path text is compared exactly.
    expect(e[1]).toBe(o[1]);
    expect(e[0] - o[0]).toBeGreaterThan(100);
    expect(c[0]).toBe(e[0]);
    expect(o[1] - c[1]).toBe(e[0] - o[0]);
  });

  it('draws points instead of arrows for a point configuration', async () => {
    const svg = await renderPanelSvg({ ...base, vectorStyle: 'point' });
    expect(svg).toContain('mark-symbol role-mark vector-point');
    expect(svg).not.toContain('vector-shaft');
  });
});
