import { describe, expect, it } from 'vitest';
import { RationalField as Q, rat } from '../../../src/field/rational.ts';
import { assertModel, homogenise } from '../../../src/models/model.ts';

const W = [[1, 2], [3, 4], [5, 6]].map((r) => r.map((v) => rat(v)));
const fmt = (M: readonly (readonly ReturnType<typeof rat>[])[]) => M.map((r) => r.map((v) => Q.format(v)));

describe('Model', () => {
  it('homogenise: W alone without a bias; [W | b] and the row (0, …, 0, 1) with one', () => {
    const plain = homogenise({ F: Q, W });
    expect(fmt(plain.rows)).toEqual(fmt(W));
    expect(plain.positive).toEqual([]);
    expect(plain.columns).toBe(2);
    const biased = homogenise({ F: Q, W, bias: [rat(-1), rat(0), rat(1, 2)] });
    expect(fmt(biased.rows)).toEqual([['1', '2', '-1'], ['3', '4', '0'], ['5', '6', '1/2']]);
    expect(fmt(biased.positive)).toEqual([['0', '0', '1']]);
    expect(biased.columns).toBe(3);
  });
  it('assertModel names what is wrong', () => {
    expect(() => assertModel({ F: Q, W }, 'm')).not.toThrow();
    expect(() => assertModel({ F: Q, W: [] }, 'm')).toThrow(/m: W: has no rows/);
    expect(() => assertModel({ F: Q, W: [[rat(1)], [rat(1), rat(2)]] }, 'm')).toThrow(/row 1 has 2 entries/);
    expect(() => assertModel({ F: Q, W, bias: [rat(1)] }, 'm')).toThrow(/m: W is 3 × 2 but the bias has 1 entries \(need 3\)/);
    expect(() => assertModel({ F: Q, W, labels: ['a', 'b'] }, 'm')).toThrow(/W has 3 rows but 2 label names/);
    expect(() => assertModel({ F: Q, W, labels: ['a', 'b', 'a'] }, 'm')).toThrow(/"a" is given twice \(again for label 2\)/);
    expect(() => assertModel({ F: Q, W, labels: ['a', 'b', 'c'] }, 'm')).not.toThrow();
  });
});
