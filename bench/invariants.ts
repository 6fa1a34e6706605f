/**
 * Cost of the exact invariants that every enumeration asserts on its result
 * (lp/arrangements/invariants.ts; issue 13, item 3), on the workloads of
 * bench/lp-engine.ts: S(W) at k = 16, d = 4 and R(W) at k = 8, d = 4 (generic
 * rational W, seed 20260321). Run: `npx tsx bench/invariants.ts`.
 *
 * The enumerations run the assertions themselves; this times them once more,
 * alone, on the same results (process CPU time, median of 5), and prints them
 * as a share of the enumeration. Writes the "Invariants" section of
 * bench/RESULTS.md. Times are NOT exact; the assertions are.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { RationalField as Q, type Rational } from '../src/field/rational.ts';
import { isInGeneralPosition } from '../properties/arbitraries/matrix-preconditions.ts';
import {
  assertRankingPatternInvariants, assertSignPatternInvariants, enumerateRankingPatterns, enumerateSignPatterns, inGeneralPositionForRankings,
} from '../lp/index.ts';

const SEED = 20260321;
function generator(seed: number): () => number {
  let s = seed % 2147483647;
  return () => { s = (s * 48271) % 2147483647; return s; };
}
function genericMatrix(next: () => number, k: number, d: number, ok: (W: Rational[][]) => boolean): Rational[][] {
  for (;;) {
    const W = Array.from({ length: k }, () => Array.from({ length: d }, () => Q.fromRational((next() % 201) - 100, 1 + (next() % 7))));
    if (ok(W)) return W;
  }
}
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
/** Median process CPU ms of 5 runs of f (after one warm-up run). */
function cpuMs(f: () => unknown): number {
  f();
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const c = process.cpuUsage();
    f();
    const u = process.cpuUsage(c);
    runs.push((u.user + u.system) / 1000);
  }
  return median(runs);
}

const next = generator(SEED);
const lines: string[] = [];
{
  const W = genericMatrix(next, 16, 4, (M) => isInGeneralPosition(Q, M));
  const e = enumerateSignPatterns(Q, W);
  const total = cpuMs(() => enumerateSignPatterns(Q, W));
  const inv = cpuMs(() => assertSignPatternInvariants(Q, W, e, 'bench'));
  lines.push(`| S(W), k = 16, d = 4 | ${e.patterns.length} | ${total.toFixed(0)} ms | ${inv.toFixed(1)} ms | ${((100 * inv) / total).toFixed(1)} % |`);
}
{
  const W = genericMatrix(next, 8, 4, (M) => inGeneralPositionForRankings(Q, M));
  const e = enumerateRankingPatterns(Q, W);
  const total = cpuMs(() => enumerateRankingPatterns(Q, W));
  const inv = cpuMs(() => assertRankingPatternInvariants(Q, W, { patterns: e.rankings, witnesses: e.witnesses, complete: e.complete }, 'bench'));
  lines.push(`| R(W), k = 8, d = 4 | ${e.rankings.length} | ${total.toFixed(0)} ms | ${inv.toFixed(1)} ms | ${((100 * inv) / total).toFixed(1)} % |`);
}
const load = loadavg().map((v) => v.toFixed(1)).join(', ');
const section = [
  '<!-- invariants:start -->',
  '## Invariants of the enumerations',
  '',
  `Run \`npx tsx bench/invariants.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, load average ${load} (a shared machine: CPU times are steadier than wall-clock). The exact invariants every enumeration asserts on its result (Cover's bound on the rank, S = −S / R closed under reversal, distinct patterns, every witness re-checked with \`dotSign\`), timed alone on the enumeration's own result, against the whole enumeration (which includes them). Process CPU time, median of 5 warm runs; NOT exact.`,
  '',
  '| enumeration | patterns | enumeration (CPU) | invariants (CPU) | share |',
  '|---|---|---|---|---|',
  ...lines,
  '<!-- invariants:end -->',
].join('\n');
console.log(section);
const path = new URL('./RESULTS.md', import.meta.url);
let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
const re = /<!-- invariants:start -->[\s\S]*?<!-- invariants:end -->/;
doc = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}\n`;
writeFileSync(path, doc);
