import { describe, expect, it } from 'vitest';
import { heatmapSpec, renderHeatmapSvg, HEATMAP_CELL_MARK, type HeatmapData } from '../../../src/report/heatmap.ts';
import { steckFigure } from '../../../src/report/steck-figure.ts';
import { reportHtml } from '../../../src/report/html.ts';
import type { ClaimResult } from '../../../src/cli/commands/verify.ts';

const small: HeatmapData = {
  title: 'test heat map',
  subtitle: ['two items'],
  labels: ['i0', 'i1'],
  cells: [
    [{ value: 1, text: '1' }, { value: -0.5, text: '-1/2' }],
    [{ value: -0.5, text: '-1/2' }, { value: 1, text: '1' }],
  ],
};

/** The `<path>` elements of the cell rect mark of a Vega SVG. */
function cellPaths(svg: string): number {
  const g = new RegExp(`<g class="mark-rect role-mark ${HEATMAP_CELL_MARK}"[^>]*>(.*?)</g>`).exec(svg);
  return g === null ? 0 : [...g[1].matchAll(/<path /g)].length;
}

describe('heat maps (display only)', () => {
  it('heatmapSpec: one datum per cell, a colour scale fixed to [−1, 1], and refuses bad shapes or values', () => {
    const spec = heatmapSpec(small);
    const cells = spec.data!.find((d) => d.name === 'cells') as { values: { row: string; col: string; text: string }[] };
    expect(cells.values.map((c) => `${c.row},${c.col}=${c.text}`)).toEqual(['i0,i0=1', 'i0,i1=-1/2', 'i1,i0=-1/2', 'i1,i1=1']);
    expect((spec.scales!.find((s) => s.name === 'colour') as { domain: number[] }).domain).toEqual([-1, 1]);
    expect(() => heatmapSpec({ ...small, cells: small.cells.slice(0, 1) })).toThrow(/the cells must be 2 × 2/);
    expect(() => heatmapSpec({ ...small, cells: [[small.cells[0][0], { value: 1.5, text: 'x' }], small.cells[1]] })).toThrow(/value 1\.5 is outside/);
  });

  it('renderHeatmapSvg draws one rect per cell and the cell texts', async () => {
    const svg = await renderHeatmapSvg(small);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(cellPaths(svg)).toBe(4);
    expect(svg).toContain('-1/2');
  });
});

describe('the Steck section: one model, three choices of D', () => {
  const f = steckFigure();

  it('every fact holds, exactly', () => {
    expect(f.id).toBe('fig-steck');
    expect(f.facts.length).toBe(5);
    for (const x of f.facts) expect(x.holds, x.text).toBe(true);
    expect(f.facts[0].text).toContain('dMat^{1/2} = dMat(35/37, 4/5, 3/5, 5/13)');
    expect(f.facts[4].text).toMatch(/D = I vs D = dMat\^\{1\/2\}: [1-6] of 6 cosines/);
  });

  it('three 4 × 4 heat maps: the second is the identity (cells "1" and "0"), the others are not', async () => {
    expect(f.panels.map((p) => p.title)).toEqual(['D = I', 'D = dMat^{1/2}', 'D = dMat^{−1/2}']);
    expect(f.panels[1].cells.map((row) => row.map((c) => c.text))).toEqual([0, 1, 2, 3].map((i) => [0, 1, 2, 3].map((j) => (i === j ? '1' : '0'))));
    for (const t of [0, 2]) expect(f.panels[t].cells.flat().filter((c) => c.text === '0').length).toBe(0);
    expect(f.panels[0].cells[0][1].text).toBe('0.26');
    const svgs = await Promise.all(f.panels.map(renderHeatmapSvg));
    expect(svgs.map(cellPaths)).toEqual([16, 16, 16]);
  });

  it('the page shows the section with its heat maps and facts, counts its facts, and heads the claim table by paper', async () => {
    const svgs = await Promise.all(f.panels.map(renderHeatmapSvg));
    const claim = (id: string, paper: string): ClaimResult => ({ id, paper, statement: id, method: 'exact', status: 'verified', cases: 1, certificates: 1, seconds: 0 });
    const html = reportHtml([], [claim('L3.1', 'Nielsen & Grivas (2026)'), claim('Steck.Eq3', 'Steck, Ekanadham & Kallus (2024)'), claim('Steck.Eq4', 'Steck, Ekanadham & Kallus (2024)')], { seed: 1, runs: 1 }, { figure: f, svgs });
    const section = /<section id="steck">([\s\S]*?)<\/section>/.exec(html)![1];
    expect(section.match(/<svg /g)!.length).toBe(3);
    expect(section.match(/data-cells="16"/g)!.length).toBe(3);
    expect(section.match(/<li class="holds">/g)!.length).toBe(5);
    expect(html).toContain('<p class="summary ok" id="summary">5 of 5 figure facts hold; 3 of 3 claims verified.</p>');
    expect(html).toContain('<a href="#steck">Steck et al. (2024)</a>');
    expect(html.match(/<tr class="paper-heading">/g)!.length).toBe(2);
    expect(html).toMatch(/<tr class="paper-heading"><th colspan="7">Steck, Ekanadham &amp; Kallus \(2024\)<\/th><\/tr>\n<tr class="verified" data-claim="Steck.Eq3">/);
    expect(() => reportHtml([], [], { seed: 1, runs: 1 }, { figure: f, svgs: svgs.slice(0, 2) })).toThrow(/3 heat maps but 2 SVGs/);
  });
});
