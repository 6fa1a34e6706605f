/**
 * One solution of the integer linear system M u = rhs (M r × c, entries
 * BigInt) over Q, by fraction-free Gauss–Jordan elimination (Bareiss 1968;
 * Nakos, Turner & Williams 1997): every intermediate entry is a minor of the
 * augmented matrix, so each division by the previous pivot is exact (checked).
 * Returns u = num / den with den > 0 and free unknowns 0, or null when the
 * system is inconsistent. Used by the engine to solve dual certificates over Q
 * without fraction.js gcds.
 */
export function solveIntegerSystem(M: readonly (readonly bigint[])[], rhs: readonly bigint[]): { num: bigint[]; den: bigint } | null {
  const r = M.length;
  const c = r === 0 ? 0 : M[0].length;
  const T = M.map((row, i) => [...row, rhs[i]]);
  const pivotCols: number[] = [];
  let prev = 1n;
  let row = 0;
  for (let col = 0; col < c && row < r; col++) {
    let p = -1;
    for (let i = row; i < r; i++) if (T[i][col] !== 0n) { p = i; break; }
    if (p < 0) continue;
    if (p !== row) [T[p], T[row]] = [T[row], T[p]];
    const pr = T[row];
    const pv = pr[col];
    for (let i = 0; i < r; i++) {
      if (i === row) continue;
      const ti = T[i];
      const f = ti[col];
      for (let j = 0; j <= c; j++) {
        const v = pv * ti[j] - f * pr[j];
        const q = v / prev;
        if (q * prev !== v) throw new Error('solveIntegerSystem: inexact Bareiss division (internal error)');
        ti[j] = q;
      }
    }
    prev = pv;
    pivotCols.push(col);
    row++;
  }
  for (let i = row; i < r; i++) if (T[i][c] !== 0n) return null;
  // Every pivot row now has the last pivot `prev` on its diagonal.
  const sign = prev < 0n ? -1n : 1n;
  const num = new Array<bigint>(c).fill(0n);
  pivotCols.forEach((pc, i) => { num[pc] = sign * T[i][c]; });
  return { num, den: sign * prev };
}
