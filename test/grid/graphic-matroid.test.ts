import { describe, expect, it } from 'vitest';
import { forestCount } from '../../src/grid/graphic-matroid.ts';
import { binomial } from '../../src/linalg/minors.ts';

describe('forests of K_n (zero minors of D_n W)', () => {
  it("Cayley's formula n^(n−2) for spanning trees, and small counts by hand", () => {
    for (let n = 2; n <= 6; n++) expect(forestCount(n, n - 1)).toBe(n ** (n - 2));
    expect(forestCount(4, 2)).toBe(15); // any two edges of K_4 are acyclic: C(6, 2)
    expect(forestCount(4, 3)).toBe(Number(binomial(6, 3)) - 4); // minus the 4 triangles
    expect(forestCount(5, 0)).toBe(1);
    expect(forestCount(3, 3)).toBe(0);
    expect(() => forestCount(0, 1)).toThrow(RangeError);
  });
});
