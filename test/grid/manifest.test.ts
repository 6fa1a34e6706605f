import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadManifest, parseManifest } from '../../src/grid/manifest.ts';

const good = { source: 's', anchorWallSeconds: 790, cases: [{ n: 3, d: 2, seed: 1, cosine: false, braid: true, matrix: 'W.npy' }] };

describe('grid manifest', () => {
  it('resolves matrix files against the folder of the manifest', () => {
    const m = parseManifest(good, '/some/dir/manifest.json');
    expect(m.cases[0]).toMatchObject({ index: 0, n: 3, d: 2, seed: 1, cosine: false, braid: true, matrix: 'W.npy', matrixPath: '/some/dir/W.npy' });
    expect(m.anchorWallSeconds).toBe(790);
    expect(parseManifest({ cases: [] }, 'm.json').anchorWallSeconds).toBeNull();
  });

  it('names the case and field of every bad entry', () => {
    const bad = (c: Record<string, unknown>) => ({ cases: [good.cases[0], { ...good.cases[0], ...c }] });
    expect(() => parseManifest(bad({ braid: 'yes' }), 'm.json')).toThrow(/m\.json: case 1: 'braid' must be true or false, got "yes"/);
    expect(() => parseManifest(bad({ n: 2.5 }), 'm.json')).toThrow(RangeError);
    expect(() => parseManifest(bad({ n: 2.5 }), 'm.json')).toThrow(/case 1: 'n' must be an integer ≥ 1, got 2.5/);
    expect(() => parseManifest(bad({ d: '3' }), 'm.json')).toThrow(TypeError);
    expect(() => parseManifest(bad({ matrix: 7 }), 'm.json')).toThrow(/case 1: 'matrix' must be a file name/);
    expect(() => parseManifest({ cases: {} }, 'm.json')).toThrow(/'cases' must be an array/);
    expect(() => parseManifest([], 'm.json')).toThrow(/must be a JSON object/);
    expect(() => parseManifest({ ...good, anchorWallSeconds: -1 }, 'm.json')).toThrow(/'anchorWallSeconds' must be a positive number/);
  });

  it('rejects a file that is not JSON, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grid-manifest-'));
    const path = join(dir, 'manifest.json');
    writeFileSync(path, '{ cases: ');
    expect(() => loadManifest(path)).toThrow(SyntaxError);
    expect(() => loadManifest(path)).toThrow(/manifest\.json: not valid JSON/);
  });
});
