/**
 * The paper's message on a real model (issue 11, item 2): the head of a trained facial-
 * expression classifier (../shared/real-models/emotion/, TensorFlow.js, MIT; oarriaga's
 * face_classification converted by vladmandic). Its last layer is a convolution with kernel
 * `unknown_43` of shape [3, 3, 256, 7] and bias `unknown_44`, read as W = 7 × 2304 (the last
 * axis is the label axis) exactly over Q. Asserted here, with the library functions:
 *
 * - C(W), the centered cosine matrix and C(DW) (exact, by label name): every cosine of two
 *   different labels is negative and above −1/3 — and yet
 * - rank W = 7 and the centered W has rank 6 (exactly), so every one of the 7! = 5040
 *   rankings occurs (Cover 1967 at d ≥ k − 1), with or without the bias: each has an exact
 *   input x = P·S⁻¹·s, all certified at once by the exact identity S·S⁻¹ = I on 6 of the
 *   2304 columns (and a sample of inputs re-checked on the logits);
 * - every label is argmaxable, with and without the bias (certified decisions);
 * - the cosine table in README.md is the one computed here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RationalField as Q, loadMatrixFile, readVectorEntries, parseEntryVector, listTensors, assertModel, cosineMatrix, centeredCosineMatrix,
  braidCosineMatrix, braidPairs, centerColumns, rank, formatCosine, argmaxQuestion, decideQuestion, checkCertificate, allRankingsByRank,
  allSignVectorsByRank, cover1967, cover1965, type Model, type Rational, type ExactCosine,
} from '../../src/index.ts';

const FILE = '../shared/real-models/emotion/emotion.json';
const LABELS = ['angry', 'disgust', 'fear', 'happy', 'sad', 'surprise', 'neutral'];

const W = loadMatrixFile(FILE, { tensor: 'unknown_43' }).W as Rational[][];
const raw = readVectorEntries(FILE, { tensor: 'unknown_44' });
const bias = parseEntryVector(raw.entries, FILE, { numbers: raw.numbers, field: Q }).v;
const model: Model<Rational> = { F: Q, W, labels: LABELS };
const biased: Model<Rational> = { ...model, bias };

/** A labelled table of cosines, 4 decimals correctly rounded from the exact values (the README's form). */
function cosineTable(C: ExactCosine<Rational>[][], names: readonly string[]): string[] {
  const cells = [['', ...names], ...C.map((row, i) => [names[i], ...row.map((c) => formatCosine(Q, c, 4))])];
  const width = Math.max(...cells.flat().map((s) => s.length));
  return cells.map((row) => row.map((s, j) => (j === 0 ? s.padEnd(width) : s.padStart(width))).join('  ').trimEnd());
}

/** The float64 cosine of two rows, for a check of the exact values' decimals (NOT exact). */
function floatCosine(a: readonly Rational[], b: readonly Rational[]): number {
  const [x, y] = [a.map((v) => Q.toNumber(v)), b.map((v) => Q.toNumber(v))];
  const dot = (u: number[], v: number[]) => u.reduce((s, t, i) => s + t * v[i], 0);
  return dot(x, y) / Math.sqrt(dot(x, x) * dot(y, y));
}

const offDiagonal = <T>(C: T[][]) => C.flatMap((row, i) => row.filter((_, j) => j > i));

describe('the emotion classifier head, W = 7 × 2304 over Q', () => {
  it('is read exactly from the TF.js manifest: kernel [3, 3, 256, 7] → 7 × 2304, bias of 7, seven named labels', () => {
    const infos = listTensors(FILE);
    expect(infos.find((t) => t.name === 'unknown_43')?.shape).toEqual([3, 3, 256, 7]);
    expect(infos.find((t) => t.name === 'unknown_44')?.shape).toEqual([7]);
    expect([W.length, W[0].length, bias.length]).toEqual([7, 2304, 7]);
    expect(() => assertModel(biased)).not.toThrow();
    // float32 values are dyadic rationals: every denominator is a power of two
    expect(W.flat().every((v) => { const d = BigInt(v.d); return (d & (d - 1n)) === 0n; })).toBe(true);
  });

  it('C(W): every cosine of two different labels is negative and above −1/3 (exact sign and square), decimals as float64 computes them', () => {
    const C = cosineMatrix(Q, W);
    const off = offDiagonal(C);
    expect(off).toHaveLength(21);
    expect(off.every((c) => c.sign === -1)).toBe(true);
    expect(off.every((c) => Q.compare(c.square, Q.fromRational(1, 9)) < 0)).toBe(true);
    C.forEach((row, i) => row.forEach((c, j) => expect(Math.abs(Number(formatCosine(Q, c, 9)) - floatCosine(W[i], W[j]))).toBeLessThan(1e-8)));
  });

  it('the centered cosines: only fear–sad and sad–neutral are positive; C(DW) (21 × 21) agrees with float64', () => {
    const CC = centeredCosineMatrix(Q, W);
    const positive = braidPairs(7).filter(([i, j]) => CC[i][j].sign > 0).map(([i, j]) => `${LABELS[i]}–${LABELS[j]}`);
    expect(positive).toEqual(['fear–sad', 'sad–neutral']);
    const D = braidCosineMatrix(Q, W);
    const pairs = braidPairs(7);
    const diff = (p: [number, number]) => W[p[0]].map((v, c) => Q.sub(v, W[p[1]][c]));
    expect(D).toHaveLength(21);
    for (const r of [0, 5, 11, 20]) for (const s of [3, 8, 20]) {
      expect(Math.abs(Number(formatCosine(Q, D[r][s], 9)) - floatCosine(diff(pairs[r]), diff(pairs[s])))).toBeLessThan(1e-8);
    }
    expect(D.every((row, r) => row[r].sign === 1 && Q.equals(row[r].square, Q.one))).toBe(true);
  });

  it('every label is argmaxable, without and with the bias (certified decisions, certificates re-checked)', () => {
    for (const m of [model, biased]) {
      for (let i = 0; i < 7; i++) {
        const { system, decision } = decideQuestion(m, argmaxQuestion, i);
        expect(decision.feasible, `${LABELS[i]}${m.bias ? ' with bias' : ''}`).toBe(true);
        expect(checkCertificate(Q, system.A, undefined, decision.certificate)).toBe(true);
      }
    }
  });

  it('rank W = 7 and the centered W has rank 6 (exact), so R(W) is all 7! = 5040 rankings and S(W) all 2^7, each certified by an exact input', () => {
    expect(rank(Q, centerColumns(Q, W))).toBe(6);
    expect(cover1967(7, 6)).toBe(5040n);
    expect(cover1965(7, 7)).toBe(128n);
    const perms = (xs: number[]): number[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [x, ...r])));
    const rankings = perms([0, 1, 2, 3, 4, 5, 6]);
    for (const m of [model, biased]) {
      const all = allRankingsByRank(m)!;
      expect(all.count).toBe(5040n);
      // One exact identity certifies every input: S·S⁻¹ = I on the chosen 6 of 2304 columns, so
      // input(π) gives the logit differences z_i − z_neutral of the target scores of π exactly.
      expect(all.check()).toBe(true);
      expect(all.rightInverse.columns).toHaveLength(6);
      // The exact logits rank the labels as asked, on every 63rd of the 5040 rankings (80) …
      const sample = rankings.filter((_, t) => t % 63 === 0);
      const realised = sample.filter((r) => {
        const z = all.logits(r);
        return r.every((l, t) => t === 0 || Q.compare(z[r[t - 1]], z[l]) > 0);
      });
      expect(realised).toHaveLength(80);
      // … and a few inputs are re-checked against the full 2304-dimensional rows (and the bias).
      for (const r of [rankings[0], rankings[2519], rankings[5039]]) {
        const x = all.input(r);
        const z = m.W.map((w, i) => w.reduce((s, v, c) => Q.add(s, Q.mul(v, x[c])), m.bias === undefined ? Q.zero : m.bias[i]));
        expect(z.map((v) => Q.format(v))).toEqual(all.logits(r).map((v) => Q.format(v)));
        expect(r.every((l, t) => t === 0 || Q.compare(z[r[t - 1]], z[l]) > 0)).toBe(true);
      }
      expect(allSignVectorsByRank(m)!.check()).toBe(true);
      expect(allSignVectorsByRank(m)!.count).toBe(128n);
    }
  });

  it('README.md shows this cosine table', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = cosineTable(cosineMatrix(Q, W), LABELS).join('\n');
    expect(readme).toContain(table);
  });
});
