/**
 * The paper's worked examples (App. C.1–C.3, App. H.1, App. H.2) as exact
 * matrices, loaded from the copy of `shared/paper/examples.json` shipped
 * beside this file (`src/examples/examples.json`). Indices are 0-based.
 * Tie / argmax facts are loaded as data; they are checked by the LP engine
 * (`lp/`), not here.
 */
import { readFileSync } from 'node:fs';
import type { OrderedField } from '../field/ordered-field.ts';
import { RationalField, type Rational } from '../field/rational.ts';
import { quadraticField, type Quadratic, type QuadraticField } from '../field/quadratic.ts';
import type { AnyFieldMatrix } from '../field/entry-matrix.ts';
import { parseMatrix } from '../linalg/matrix.ts';
import { cosineFromText } from '../cosine/cosine-text.ts';
import type { ExactCosine } from '../cosine/exact-cosine.ts';

/** A cosine the paper prints, e.g. cos(w1, w2) = −8/√185 in C.2: labels i, j, the text, and the exact cosine in the example's field. */
export interface CosineFact<T> {
  readonly i: number;
  readonly j: number;
  /** As printed in examples.json, e.g. `"-8/sqrt(185)"`. */
  readonly text: string;
  readonly cosine: ExactCosine<T>;
}

/** Common part of the single-matrix examples C.1, C.2, C.3. */
export interface WorkedExample<T, F extends OrderedField<T> = OrderedField<T>> {
  readonly id: 'C.1' | 'C.2' | 'C.3';
  /** Where in the paper, e.g. `"App. C.2, Fig. 2 left"`. */
  readonly paper: string;
  readonly field: F;
  /** The unembeddings W (k × d, rows are labels), exact. */
  readonly W: T[][];
  /** Every `cos(i,j)` fact of the example, in file order. */
  readonly cosines: CosineFact<T>[];
}

/** App. C.1 / Fig. 1 (over Q), with the translations of L3.2 (cos −1) and L3.3 (cos +1) for labels 0, 1. */
export interface ExampleC1 extends WorkedExample<Rational> {
  readonly id: 'C.1';
  readonly vMinusOne: Rational[];
  readonly vPlusOne: Rational[];
}

/** Pairs of labels that can / cannot tie for the highest probability (checked by `lp/`). */
export interface TieFacts {
  readonly canTieForTop: [number, number][];
  readonly cannotTieForTop: [number, number][];
}

/** App. C.2 / Fig. 2 left (over Q, centered). */
export interface ExampleC2 extends WorkedExample<Rational>, TieFacts {
  readonly id: 'C.2';
  readonly centered: boolean;
  /** The two cosine-nearest neighbours of label 2. */
  readonly cosineNearestTo2: number[];
  /** The labels that can tie with label 2 for the top. */
  readonly tieWith2: number[];
}

/** App. C.3 / Fig. 2 right (over Q(√39), centered, unit length). */
export interface ExampleC3 extends WorkedExample<Quadratic, QuadraticField>, TieFacts {
  readonly id: 'C.3';
  readonly unitLength: boolean;
  readonly centered: boolean;
}

/** Thm 5.5, App. H.1, Fig. 3: two models over Q(√2) with the same cosine matrix. */
export interface ExampleH1 {
  readonly id: 'H.1';
  readonly paper: string;
  readonly field: QuadraticField;
  readonly W1: Quadratic[][];
  readonly W2: Quadratic[][];
  readonly sameCosineMatrix: boolean;
  /** The models (`"W1"`, `"W2"`) in which label 2 can be the top label. */
  readonly label2ArgmaxableIn: ('W1' | 'W2')[];
}

/** Thm H.1, App. H.2, Fig. 4 (Björner et al. 1993, §1.10): two point configurations over Q. */
export interface ExampleH2 {
  readonly id: 'H.2';
  readonly paper: string;
  readonly field: OrderedField<Rational>;
  readonly A: Rational[][];
  readonly B: Rational[][];
  /** How to read A, B: "prepend a column of ones for the sign pattern". */
  readonly pointConfiguration: string;
  readonly sameSignPattern: boolean;
  readonly sameRankingPattern: boolean;
}

/** All worked examples, by their key in examples.json. */
export interface PaperExamples {
  readonly 'C.1': ExampleC1;
  readonly 'C.2': ExampleC2;
  readonly 'C.3': ExampleC3;
  readonly 'H.1': ExampleH1;
  readonly 'H.2': ExampleH2;
}

/** One matrix of the examples with its name (`C.2`, `H.1/W2`, `H.2/A`, ...) and field. */
export interface NamedExampleMatrix {
  readonly name: string;
  readonly paper: string;
  readonly matrix: AnyFieldMatrix;
}

/** URL of the shipped copy of examples.json. */
export const EXAMPLES_JSON_URL = new URL('./examples.json', import.meta.url);

/** The raw text of the shipped examples.json (read from `EXAMPLES_JSON_URL`). */
export function readExamplesText(): string {
  return readFileSync(EXAMPLES_JSON_URL, 'utf8');
}

let cached: PaperExamples | undefined;

/**
 * The worked examples parsed from the shipped examples.json (cached after the
 * first call): exact matrices in the fields the file names. Throws as
 * `parseExamples` does if the shipped file is damaged.
 */
export function loadExamples(): PaperExamples {
  cached ??= parseExamples(JSON.parse(readExamplesText()));
  return cached;
}

/**
 * Every matrix of the examples as `{ name, paper, matrix: { F, W } }`:
 * `C.1`, `C.2`, `C.3`, `H.1/W1`, `H.1/W2`, `H.2/A`, `H.2/B` — for commands and
 * reports that take any example matrix.
 */
export function listExampleMatrices(ex: PaperExamples = loadExamples()): NamedExampleMatrix[] {
  return [
    { name: 'C.1', paper: ex['C.1'].paper, matrix: { F: ex['C.1'].field, W: ex['C.1'].W } },
    { name: 'C.2', paper: ex['C.2'].paper, matrix: { F: ex['C.2'].field, W: ex['C.2'].W } },
    { name: 'C.3', paper: ex['C.3'].paper, matrix: { F: ex['C.3'].field, W: ex['C.3'].W } },
    { name: 'H.1/W1', paper: ex['H.1'].paper, matrix: { F: ex['H.1'].field, W: ex['H.1'].W1 } },
    { name: 'H.1/W2', paper: ex['H.1'].paper, matrix: { F: ex['H.1'].field, W: ex['H.1'].W2 } },
    { name: 'H.2/A', paper: ex['H.2'].paper, matrix: { F: ex['H.2'].field, W: ex['H.2'].A } },
    { name: 'H.2/B', paper: ex['H.2'].paper, matrix: { F: ex['H.2'].field, W: ex['H.2'].B } },
  ];
}

/**
 * The field named in examples.json: `"Q"` → `RationalField`,
 * `"Q(sqrt(n))"` → `quadraticField(n)`. Throws `SyntaxError` naming the text
 * otherwise (and `RangeError` from `quadraticField` for a non-square-free n).
 */
export function fieldFromName(name: string): OrderedField<Rational> | QuadraticField {
  if (name === 'Q') return RationalField;
  const m = /^Q\(sqrt\((\d+)\)\)$/.exec(name);
  if (!m) throw new SyntaxError(`unknown field name ${JSON.stringify(name)} (expected "Q" or "Q(sqrt(n))")`);
  return quadraticField(Number(m[1]));
}

/**
 * Parses the content of examples.json (as returned by `JSON.parse`) into typed
 * exact examples. Every matrix is read with `parseMatrix` in the field its
 * entry names; C.1 and C.2 and H.2 must be over Q, C.3 over Q(√39), H.1 over
 * Q(√2) (as in the paper). Throws `TypeError` naming the key path (e.g.
 * `examples.json["C.2"].facts.cosineNearestTo2`) for a missing or mistyped
 * entry, `SyntaxError` for an entry that is not an exact number (naming row
 * and column) or a malformed `cos(i,j)` key, `RangeError` for a field other
 * than the expected one or an impossible cosine.
 */
export function parseExamples(json: unknown): PaperExamples {
  const root = obj(json, 'examples.json');
  const c1 = example(root, 'C.1', 'Q');
  const c2 = example(root, 'C.2', 'Q');
  const c3 = example(root, 'C.3', 'Q(sqrt(39))');
  const h1 = example(root, 'H.1', 'Q(sqrt(2))');
  const h2 = example(root, 'H.2', 'Q');
  const Q = RationalField;
  const K39 = quadraticField(39);
  const K2 = quadraticField(2);
  const W1 = matrix(Q, c1.node, 'W', c1.where);
  const W2 = matrix(Q, c2.node, 'W', c2.where);
  const W3 = matrix(K39, c3.node, 'W', c3.where);
  const f1 = `${c1.where}.facts`;
  const f2 = `${c2.where}.facts`;
  const f3 = `${c3.where}.facts`;
  return {
    'C.1': {
      id: 'C.1',
      paper: c1.paper,
      field: Q,
      W: W1,
      cosines: cosineFacts(Q, c1.facts, f1, W1.length),
      vMinusOne: vector(Q, c1.facts, 'v_minus_one', f1),
      vPlusOne: vector(Q, c1.facts, 'v_plus_one', f1),
    },
    'C.2': {
      id: 'C.2',
      paper: c2.paper,
      field: Q,
      W: W2,
      cosines: cosineFacts(Q, c2.facts, f2, W2.length),
      centered: bool(c2.facts, 'centered', f2),
      canTieForTop: pairs(c2.facts, 'canTieForTop', f2, W2.length),
      cannotTieForTop: pairs(c2.facts, 'cannotTieForTop', f2, W2.length),
      cosineNearestTo2: indices(c2.facts, 'cosineNearestTo2', f2, W2.length),
      tieWith2: indices(c2.facts, 'tieWith2', f2, W2.length),
    },
    'C.3': {
      id: 'C.3',
      paper: c3.paper,
      field: K39,
      W: W3,
      cosines: cosineFacts(K39, c3.facts, f3, W3.length),
      unitLength: bool(c3.facts, 'unitLength', f3),
      centered: bool(c3.facts, 'centered', f3),
      canTieForTop: pairs(c3.facts, 'canTieForTop', f3, W3.length),
      cannotTieForTop: pairs(c3.facts, 'cannotTieForTop', f3, W3.length),
    },
    'H.1': {
      id: 'H.1',
      paper: h1.paper,
      field: K2,
      W1: matrix(K2, h1.node, 'W1', h1.where),
      W2: matrix(K2, h1.node, 'W2', h1.where),
      sameCosineMatrix: bool(h1.facts, 'sameCosineMatrix', `${h1.where}.facts`),
      label2ArgmaxableIn: stringList(h1.facts, 'label2ArgmaxableIn', `${h1.where}.facts`).map((s, t) => {
        if (s !== 'W1' && s !== 'W2') throw new TypeError(`${h1.where}.facts.label2ArgmaxableIn[${t}]: expected "W1" or "W2", got ${JSON.stringify(s)}`);
        return s;
      }),
    },
    'H.2': {
      id: 'H.2',
      paper: h2.paper,
      field: Q,
      A: matrix(Q, h2.node, 'A', h2.where),
      B: matrix(Q, h2.node, 'B', h2.where),
      pointConfiguration: str(h2.facts, 'pointConfiguration', `${h2.where}.facts`),
      sameSignPattern: bool(h2.facts, 'sameSignPattern', `${h2.where}.facts`),
      sameRankingPattern: bool(h2.facts, 'sameRankingPattern', `${h2.where}.facts`),
    },
  };
}

type Node = Record<string, unknown>;

function obj(x: unknown, where: string): Node {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new TypeError(`${where}: expected an object`);
  return x as Node;
}

function field(node: Node, key: string, where: string): unknown {
  if (!(key in node)) throw new TypeError(`${where}: missing key ${JSON.stringify(key)}`);
  return node[key];
}

function str(node: Node, key: string, where: string): string {
  const v = field(node, key, where);
  if (typeof v !== 'string') throw new TypeError(`${where}.${key}: expected a string`);
  return v;
}

function bool(node: Node, key: string, where: string): boolean {
  const v = field(node, key, where);
  if (typeof v !== 'boolean') throw new TypeError(`${where}.${key}: expected true or false`);
  return v;
}

function stringList(node: Node, key: string, where: string): string[] {
  const v = field(node, key, where);
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new TypeError(`${where}.${key}: expected an array of strings`);
  return v as string[];
}

function isLabel(t: unknown, k: number): t is number {
  return Number.isSafeInteger(t) && (t as number) >= 0 && (t as number) < k;
}

function indices(node: Node, key: string, where: string, k: number): number[] {
  const v = field(node, key, where);
  if (!Array.isArray(v) || !v.every((t) => isLabel(t, k))) {
    throw new TypeError(`${where}.${key}: expected an array of label indices in 0 … ${k - 1}`);
  }
  return v as number[];
}

function pairs(node: Node, key: string, where: string, k: number): [number, number][] {
  const v = field(node, key, where);
  if (!Array.isArray(v)) throw new TypeError(`${where}.${key}: expected an array of label pairs`);
  return v.map((p, t) => {
    if (!Array.isArray(p) || p.length !== 2 || !p.every((x) => isLabel(x, k))) {
      throw new TypeError(`${where}.${key}[${t}]: expected a pair of label indices in 0 … ${k - 1}`);
    }
    return [p[0], p[1]] as [number, number];
  });
}

function example(root: Node, id: string, expectedField: string): { node: Node; facts: Node; paper: string; where: string } {
  const where = `examples.json[${JSON.stringify(id)}]`;
  const node = obj(field(root, id, 'examples.json'), where);
  const name = str(node, 'field', where);
  fieldFromName(name);
  if (name !== expectedField) throw new RangeError(`${where}.field: expected ${expectedField} (as in the paper), got ${name}`);
  return { node, facts: obj(field(node, 'facts', where), `${where}.facts`), paper: str(node, 'paper', where), where };
}

function matrix<T>(F: OrderedField<T>, node: Node, key: string, where: string): T[][] {
  const v = field(node, key, where);
  if (!Array.isArray(v) || v.length === 0 || !v.every((r) => Array.isArray(r) && r.length > 0 && r.every((s) => typeof s === 'string'))) {
    throw new TypeError(`${where}.${key}: expected a non-empty array of rows of exact entry strings`);
  }
  try {
    return parseMatrix(F, v as string[][]);
  } catch (e) {
    const err = e as Error;
    const Ctor = err instanceof SyntaxError ? SyntaxError : RangeError;
    throw new Ctor(`${where}.${key}: ${err.message}`);
  }
}

function vector<T>(F: OrderedField<T>, node: Node, key: string, where: string): T[] {
  return matrix(F, { [key]: [field(node, key, where)] }, key, where)[0];
}

const COS_KEY = /^cos\((\d+),\s*(\d+)\)$/;

function cosineFacts<T>(F: OrderedField<T>, facts: Node, where: string, k: number): CosineFact<T>[] {
  const out: CosineFact<T>[] = [];
  for (const key of Object.keys(facts)) {
    if (!key.startsWith('cos(')) continue;
    const m = COS_KEY.exec(key);
    if (!m) throw new SyntaxError(`${where}: malformed cosine key ${JSON.stringify(key)} (expected "cos(i,j)")`);
    if (!isLabel(Number(m[1]), k) || !isLabel(Number(m[2]), k)) throw new RangeError(`${where}: ${key} names a label outside 0 … ${k - 1}`);
    const text = str(facts, key, where);
    let c: ExactCosine<T>;
    try {
      c = cosineFromText(F, text);
    } catch (e) {
      const err = e as Error;
      const Ctor = err instanceof SyntaxError ? SyntaxError : RangeError;
      throw new Ctor(`${where}.${key}: ${err.message}`);
    }
    out.push({ i: Number(m[1]), j: Number(m[2]), text, cosine: c });
  }
  return out;
}
