/**
 * Private helper: groups vectors into lines through the origin, exactly. Rows
 * that are positive or negative multiples of each other define the same
 * hyperplane {x : wᵀx = 0}; zero rows are reported apart.
 */
import type { OrderedField } from '../../../src/field/ordered-field.ts';
import type { Matrix } from '../../../src/linalg/matrix.ts';

/** One line: its member rows (increasing) and each member's orientation relative to the first member. */
export interface ParallelClass {
  readonly members: number[];
  /** `orient[t] = 1` when row members[t] is a positive multiple of row members[0], −1 when negative. */
  readonly orient: (1 | -1)[];
}

/**
 * Groups the rows of M (m × d) over F into classes of parallel or
 * anti-parallel non-zero rows (classes ordered by their first member), and
 * lists the zero rows. Exact: each row is scaled to have 1 at its first
 * non-zero entry and the scaled rows are compared by their exact text.
 */
export function parallelClasses<T>(F: OrderedField<T>, M: Matrix<T>): { zeroRows: number[]; classes: ParallelClass[] } {
  const zeroRows: number[] = [];
  const classes: { members: number[]; orient: (1 | -1)[] }[] = [];
  const byKey = new Map<string, { members: number[]; orient: (1 | -1)[]; sign0: 1 | -1 }>();
  M.forEach((row, i) => {
    const p = row.findIndex((x) => !F.isZero(x));
    if (p < 0) { zeroRows.push(i); return; }
    const lead = row[p];
    const key = `${p}:` + row.map((x) => F.format(F.div(x, lead))).join(',');
    const s = F.sign(lead) as 1 | -1;
    const hit = byKey.get(key);
    if (hit) {
      hit.members.push(i);
      hit.orient.push(s === hit.sign0 ? 1 : -1);
      return;
    }
    const c = { members: [i], orient: [1 as 1 | -1], sign0: s };
    byKey.set(key, c);
    classes.push(c);
  });
  return { zeroRows, classes: classes.map(({ members, orient }) => ({ members, orient })) };
}
