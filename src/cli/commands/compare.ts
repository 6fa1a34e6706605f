/**
 * `cosine-verify compare A B [--bias-a FILE] [--bias-b FILE] [--points] [--max-regions N]
 * [--max-cosines N] [--max-differences N] [--json]`: the paper's central comparison of two
 * models with the same k labels (`compareModels` of `lp/arrangements/compare-models.ts`):
 * are C(W), C(DW), S and R equal, and where they differ, which cosines, sign vectors and
 * rankings — each pattern difference with a witness in the model that has it and a Gordan
 * certificate in the other. Exit code 0 when everything compared is equal, 1 when
 * something differs (as diff(1)), 2 for bad input.
 */
import type { Command } from 'commander';
import { compareModels, DEFAULT_COMPARE_MAX_COSINES, DEFAULT_COMPARE_MAX_DIFFERENCES, DEFAULT_COMPARE_MAX_REGIONS, type CosineComparison, type ModelComparison, type PatternSetComparison } from '../../../lp/arrangements/compare-models.ts';
import type { PatternDifference } from '../../../lp/arrangements/pattern-difference.ts';
import { certificateToJSON } from '../../../lp/engine/certificate-json.ts';
import { findQuestion } from '../../../lp/queries/registry.ts';
import type { OrderedField } from '../../field/ordered-field.ts';
import { embedRational, type Rational } from '../../field/rational.ts';
import { fieldKind } from '../../field/field-kind.ts';
import { formatCosine } from '../../cosine/cosine-text.ts';
import type { ExactCosine } from '../../cosine/exact-cosine.ts';
import { braidPairs } from '../../linalg/braid.ts';
import type { CliCommand, CommandContext } from '../command.ts';
import { InputError } from '../input-error.ts';
import { writeLines } from '../io.ts';
import { loadModel, type AnyLoadedModel, type LoadedModel } from '../model-input.ts';
import { parseNonNegativeInt } from '../options.ts';
import { startProgress } from '../progress.ts';
import { exactCosineText } from './analyze.ts';

interface CompareCliOptions {
  biasA?: string;
  biasB?: string;
  points?: boolean;
  maxRegions?: string;
  maxCosines?: string;
  maxDifferences?: string;
  json?: boolean;
}

/** A pattern difference in `compare --json`: the pattern, the model that has it, and both certificates (exact strings). */
interface DifferenceJSON {
  pattern: string | number[];
  presentIn: 'A' | 'B';
  witness: { kind: 'witness'; x: string[] };
  certificate: { kind: 'infeasible'; y: string[] };
}

/** The JSON printed by `compare --json`. */
export interface CompareJSON {
  a: ModelSummary;
  b: ModelSummary;
  k: number;
  /** True with `--points`: both models are point configurations [1 | W]. */
  points: boolean;
  /** True when everything compared is equal (exit code 0). */
  equal: boolean;
  cosine: CosineJSON<[number, number]>;
  braidCosine: CosineJSON<[[number, number], [number, number]]>;
  signPattern: PatternJSON;
  rankingPattern: PatternJSON;
}

interface ModelSummary {
  source: string;
  d: number;
  field: string;
  bias: boolean;
}

interface CosineJSON<E> {
  status: CosineComparison<unknown>['status'];
  equal: boolean | null;
  reason?: string;
  entries: number;
  differing: number;
  differences: { entry: E; a: string; b: string }[];
}

interface PatternJSON {
  method: PatternSetComparison<unknown>['method'];
  equal: boolean | null;
  reason: string;
  /** |S| or |R| of A and B when known (a decimal string when above 2^53). */
  counts: [number | string | null, number | string | null];
  coverBounds: [string, string];
  onlyA?: (string | number[])[];
  onlyB?: (string | number[])[];
  /** Certified differences (at most --max-differences). */
  differences?: DifferenceJSON[];
  certificates?: number;
}

/** The two models in one field: a model over Q is read into the other's Q(√n); two different Q(√n) are refused. */
function oneField(a: AnyLoadedModel, b: AnyLoadedModel): [LoadedModel<unknown>, LoadedModel<unknown>] {
  const [A, B] = [a as LoadedModel<unknown>, b as LoadedModel<unknown>];
  if (A.F === B.F) return [A, B];
  const lift = (m: LoadedModel<unknown>, F: OrderedField<unknown>): LoadedModel<unknown> => ({
    ...m,
    F,
    W: (m.W as Rational[][]).map((r) => r.map((x) => embedRational(F, x))),
    ...(m.bias === undefined ? {} : { bias: (m.bias as Rational[]).map((x) => embedRational(F, x)) }),
  });
  if (fieldKind(A.F) === 'Q') return [lift(A, B.F), B];
  if (fieldKind(B.F) === 'Q') return [A, lift(B, A.F)];
  throw new InputError(`${A.source} lies in ${A.F.name} but ${B.source} lies in ${B.F.name}; the comparison needs one field`);
}

/** [1 | W]: the point configuration of W (App. H.2), a constant first column prepended. */
function pointConfiguration(m: LoadedModel<unknown>): LoadedModel<unknown> {
  return { ...m, W: m.W.map((r) => [m.F.one, ...r]) };
}

const bigText = (n: bigint | null): number | string | null => (n === null ? null : n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString());

function cosineJSON<T, E>(F: OrderedField<T>, c: CosineComparison<T>, entry: (i: number, j: number) => E): CosineJSON<E> {
  return {
    status: c.status,
    equal: c.equal,
    ...(c.reason === undefined ? {} : { reason: c.reason }),
    entries: c.entries,
    differing: c.differing,
    differences: c.differences.map((d) => ({ entry: entry(d.i, d.j), a: exactCosineText(F, d.a), b: exactCosineText(F, d.b) })),
  };
}

/** A pattern's text as JSON: a sign vector as `"+-+"`, a ranking as its label array. */
const patternValue = (kind: 'sign' | 'ranking', p: string): string | number[] => (kind === 'sign' ? p : p.split(',').map(Number));

function patternJSON<T>(F: OrderedField<T>, p: PatternSetComparison<T>): PatternJSON {
  const out: PatternJSON = { method: p.method, equal: p.equal, reason: p.reason, counts: [bigText(p.counts[0]), bigText(p.counts[1])], coverBounds: [p.coverBounds[0].toString(), p.coverBounds[1].toString()] };
  const c = p.comparison;
  if (c === undefined) return out;
  return {
    ...out,
    onlyA: c.onlyIn[0].map((x) => patternValue(p.kind, x)),
    onlyB: c.onlyIn[1].map((x) => patternValue(p.kind, x)),
    differences: c.differences.map((d) => ({
      pattern: patternValue(p.kind, d.pattern),
      presentIn: d.presentIn === 0 ? 'A' : 'B',
      witness: certificateToJSON(F, d.witness) as DifferenceJSON['witness'],
      certificate: { kind: 'infeasible', y: (certificateToJSON(F, d.infeasibility) as { y: string[] }).y },
    })),
    certificates: c.certificates,
  };
}

/** The whole JSON of a comparison. */
function compareJSON<T>(models: readonly [LoadedModel<T>, LoadedModel<T>], c: ModelComparison<T>, points: boolean): CompareJSON {
  const F = models[0].F;
  const pairs = braidPairs(c.k);
  const summary = (m: LoadedModel<T>): ModelSummary => ({ source: m.source, d: m.W[0].length, field: m.F.name, bias: m.bias !== undefined });
  const parts = [c.cosine.equal, c.braidCosine.equal, c.sign.equal, c.ranking.equal];
  return {
    a: summary(models[0]),
    b: summary(models[1]),
    k: c.k,
    points,
    equal: !parts.includes(false),
    cosine: cosineJSON(F, c.cosine, (i, j) => [i, j]),
    braidCosine: cosineJSON(F, c.braidCosine, (r, s) => [pairs[r], pairs[s]]),
    signPattern: patternJSON(F, c.sign),
    rankingPattern: patternJSON(F, c.ranking),
  };
}

/** A vector for the text output: every entry when short, else its length (the JSON has all). */
function vectorText<T>(F: OrderedField<T>, v: readonly T[]): string {
  return v.length <= 8 ? `[${v.map((x) => F.format(x)).join(', ')}]` : `(${v.length} entries; --json prints them)`;
}

/** Differing cosines shown in the text output per matrix (the JSON has up to `--max-differences`). */
const TEXT_COSINE_DIFFERENCES = 6;

const verdict = (equal: boolean | null) => (equal === null ? 'not compared' : equal ? 'equal' : 'different');

/** The text lines of a comparison. */
function renderText<T>(models: readonly [LoadedModel<T>, LoadedModel<T>], c: ModelComparison<T>, points: boolean): string[] {
  const F = models[0].F;
  const names = models[0].labels ?? models[1].labels;
  const label = (i: number) => names?.[i] ?? String(i);
  const pairs = braidPairs(c.k);
  const lines: string[] = [];
  (['A', 'B'] as const).forEach((name, t) => {
    const m = models[t];
    lines.push(`${name}: ${m.source}${points ? ' as [1 | W]' : ''} (k = ${c.k} labels × d = ${m.W[0].length}; ${m.F.name}${m.bias === undefined ? '' : '; with bias'})`);
  });
  const cosText = (x: ExactCosine<T>) => {
    const exact = exactCosineText(F, x);
    return exact.length <= 24 ? `${exact} ≈ ${formatCosine(F, x)}` : formatCosine(F, x);
  };
  const cosineLines = (title: string, what: string, cc: CosineComparison<T>, name: (i: number, j: number) => string) => {
    if (cc.status !== 'compared') return [`${title}: ${verdict(null)}: ${cc.reason}`];
    const head = cc.equal ? `${title}: equal (all ${cc.entries} ${what} exactly equal: sign and square)` : `${title}: different (${cc.differing} of ${cc.entries} ${what} differ)`;
    const shown = cc.differences.slice(0, TEXT_COSINE_DIFFERENCES);
    const more = cc.differing > shown.length ? [`  … ${cc.differing - shown.length} more (--json lists up to --max-differences)`] : [];
    return [head, ...shown.map((d) => `  ${name(d.i, d.j)}: A ${cosText(d.a)}, B ${cosText(d.b)}`), ...more];
  };
  const diffName = (r: number) => `w${label(pairs[r][0])}−w${label(pairs[r][1])}`;
  lines.push('', ...cosineLines('C(W) cosine matrices', 'cosines', c.cosine, (i, j) => `cos(w${label(i)}, w${label(j)})`));
  lines.push('', ...cosineLines('C(DW) braid cosine matrices', 'cosines of label differences', c.braidCosine, (r, s) => `cos(${diffName(r)}, ${diffName(s)})`));
  const patternText = (kind: 'sign' | 'ranking', p: string) => (kind === 'sign' ? p : p.split(',').map((l) => label(Number(l))).join(' > '));
  const patternLines = (title: string, set: string, p: PatternSetComparison<T>) => {
    const count = (t: 0 | 1) => (p.counts[t] === null ? '?' : p.counts[t]!.toString());
    const sizes = `|${set}(A)| = ${count(0)}, |${set}(B)| = ${count(1)}`;
    const out = [`${title}: ${verdict(p.equal)}: ${sizes}; ${p.reason}`];
    const cmp = p.comparison;
    if (cmp === undefined || cmp.same) return out;
    out.push(`  ${cmp.onlyIn[0].length} only in A, ${cmp.onlyIn[1].length} only in B; rows of each system: ${findQuestion(p.kind).option.rows}`);
    for (const d of cmp.differences) out.push(...differenceLines(d, patternText(p.kind, d.pattern)));
    const certified = new Set(cmp.differences.map((d) => `${d.presentIn}:${d.pattern}`));
    const rest = ([0, 1] as const).map((t) => cmp.onlyIn[t].filter((x) => !certified.has(`${t}:${x}`)).map((x) => patternText(p.kind, x)));
    if (rest[0].length + rest[1].length > 0) {
      const list = (xs: string[]) => (xs.length === 0 ? 'none' : xs.join(', '));
      out.push(`  … ${rest[0].length + rest[1].length} more, not certified here (--max-differences): only in A: ${list(rest[0])}; only in B: ${list(rest[1])}`);
    }
    return out;
  };
  const differenceLines = (d: PatternDifference<T>, text: string) => {
    const [has, hasNot] = d.presentIn === 0 ? ['A', 'B'] : ['B', 'A'];
    return [`  ${text} only in ${has}: witness in ${has} x = ${vectorText(F, d.witness.x)}; Gordan certificate in ${hasNot} y = ${vectorText(F, d.infeasibility.y)}`];
  };
  lines.push('', ...patternLines('S sign patterns', 'S', c.sign));
  lines.push('', ...patternLines('R ranking patterns', 'R', c.ranking));
  return lines;
}

async function action(ctx: CommandContext, fileA: string, fileB: string, o: CompareCliOptions): Promise<void> {
  const budget = (text: string | undefined, flag: string, fallback: number) => (text === undefined ? fallback : parseNonNegativeInt(text, flag));
  const opts = {
    maxRegions: budget(o.maxRegions, '--max-regions', DEFAULT_COMPARE_MAX_REGIONS),
    maxCosines: budget(o.maxCosines, '--max-cosines', DEFAULT_COMPARE_MAX_COSINES),
    maxDifferences: budget(o.maxDifferences, '--max-differences', DEFAULT_COMPARE_MAX_DIFFERENCES),
  };
  let [a, b] = oneField(loadModel(fileA, { bias: o.biasA }), loadModel(fileB, { bias: o.biasB }));
  if (a.W.length !== b.W.length) throw new InputError(`${fileA} has ${a.W.length} labels but ${fileB} has ${b.W.length}; compare needs models with the same labels`);
  if (o.points) [a, b] = [pointConfiguration(a), pointConfiguration(b)];
  const progress = startProgress(ctx.io, 'compare');
  let c: ModelComparison<unknown>;
  try {
    c = compareModels(a, b, { ...opts, onStep: (done, total, what) => progress.update(done, total, what) });
  } finally {
    progress.stop();
  }
  const models = [a, b] as const;
  const json = compareJSON(models, c, Boolean(o.points));
  if (o.json) ctx.io.stdout.write(JSON.stringify(json) + '\n');
  else writeLines(ctx.io.stdout, renderText(models, c, Boolean(o.points)));
  ctx.exitCode = json.equal ? 0 : 1;
}

/** The `compare` command. */
export const compareCommand: CliCommand = {
  name: 'compare',
  register(program: Command, ctx: CommandContext) {
    program
      .command('compare')
      .description('are C(W), C(DW), S and R of two models equal? each difference with a witness in one model and a Gordan certificate in the other')
      .argument('<a>', 'model A: a matrix file (as for analyze) or examples:KEY[/NAME]')
      .argument('<b>', 'model B, with the same number of labels (rows)')
      .option('--bias-a <file>', 'bias vector of A: compare the affine model Ax + b')
      .option('--bias-b <file>', 'bias vector of B')
      .option('--points', 'compare the point configurations [1 | A] and [1 | B] (a constant first column, App. H.2)')
      .option('--max-regions <n>', `enumerate S, R only when Cover's count of both models is at most n (default ${DEFAULT_COMPARE_MAX_REGIONS})`)
      .option('--max-cosines <n>', `compare a cosine matrix only when it has at most n entries i < j (default ${DEFAULT_COMPARE_MAX_COSINES})`)
      .option('--max-differences <n>', `certify and list at most n differences of each kind (default ${DEFAULT_COMPARE_MAX_DIFFERENCES})`)
      .option('--json', 'print one JSON object ("equal", "cosine", "braidCosine", "signPattern", "rankingPattern" with "onlyA", "onlyB", "differences")')
      .addHelpText(
        'after',
        [
          '',
          'Exit code: 0 when everything compared is equal, 1 when something differs, 2 for bad input.',
          'S is compared when both models realise every sign vector (rank W = k) or by enumeration within',
          '--max-regions, else, for models without bias and equal C(W), as implied by L5.3; R likewise',
          '(rank DW = k − 1; T5.6 from equal C(DW)). What was not compared is said, with the reason.',
          'Examples: compare examples:H.2/A examples:H.2/B --points    compare examples:H.1/W1 examples:H.1/W2',
        ].join('\n'),
      )
      .action((a: string, b: string, o: CompareCliOptions) => action(ctx, a, b, o));
  },
};
