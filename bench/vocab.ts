/**
 * Benchmark: argmaxable labels at vocabulary scale (issue 10), ours against
 * the peer pipeline (Grivas, Bogoychev & Lopez 2022, re-implemented with
 * SciPy's HiGHS in ../shared/peer-argmax/peer_unargmaxable.py) on the same
 * files in the same run.
 *
 *   npx tsx bench/vocab.ts [--sizes 8192x256,32000x512,50257x768] [--dir DIR]
 *       [--peer-labels 2000] [--no-peer] [--no-bias] [--kernel auto|js|onnxruntime]
 *       [--kernels] [--lps] [--write]
 *
 * Matrices come from ../shared/peer-argmax/make_vocab_matrix.py (seed 1, 20
 * planted labels, float32, with a bias file), generated into DIR (default
 * /tmp/cosine-verify-vocab) when missing (needs python3-numpy). Each run of
 * ours is a child process (`--child`) so that its peak RSS is its own. For
 * k > 10 000 the peer runs on labels 0 … peer-labels−1 only and its time for
 * all labels is extrapolated linearly (stated as such). Disagreements with
 * the peer are listed with the certificate of ours that settles each (a
 * witness or a Gordan certificate, both checked exactly).
 * --kernels measures the matrix kernels (GMAC/s); --lps glpk.js against
 * HiGHS (npm `highs`, WebAssembly) on the LPs of the scale path.
 * --write replaces the "Vocabulary scale" section of bench/RESULTS.md
 * (between `<!-- vocab:start -->` and `<!-- vocab:end -->`).
 * Wall-clock figures are NOT exact and depend on the machine's load (noted).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDenseMatrix, type DenseMatrix } from '../src/dense/dense-matrix.ts';
import { jsKernel, type MatrixKernel } from '../src/dense/kernel.ts';
import { ortKernel } from '../src/dense/kernel-ort.ts';
import { argmaxableAtScale, argmaxQuestion, checkScaleCertificate, difference, floatRow, solveMaxMarginLP, type ArgmaxResult } from '../lp/index.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const peerDir = resolve(repoRoot, '../shared/peer-argmax');
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const flag = (name: string) => args.includes(name);
const load = () => loadavg().map((v) => v.toFixed(1)).join(', ');

/** What a child run of ours reports. */
interface OursRun {
  wall: number; labels: number; kernel: string; unargmaxable: number[]; firstWitness: number;
  lps: number; exactRows: number; exactSubsystems: number; witnessChecks: number; maxRssMiB: number;
  certificates: Record<number, ArgmaxResult['certificate']>; loadBefore: string; loadAfter: string;
}

async function child(): Promise<void> {
  const [w, b, out] = args.slice(1, 4);
  const kernel = opt('--kernel', 'auto') as 'auto';
  const loadBefore = load();
  const t0 = performance.now();
  const W = loadDenseMatrix(w, b === '-' ? undefined : b);
  const gen = argmaxableAtScale(W, { kernel });
  const un: number[] = [];
  const certificates: Record<number, ArgmaxResult['certificate']> = {};
  let firstWitness = 0;
  let labels = 0;
  for (;;) {
    const r = await gen.next();
    if (r.done) {
      const s = r.value;
      const res: OursRun = {
        wall: (performance.now() - t0) / 1000, labels, kernel: s.kernel, unargmaxable: un.sort((x, y) => x - y), firstWitness,
        lps: s.stats.lps, exactRows: s.stats.exactRows, exactSubsystems: s.stats.exactSubsystems, witnessChecks: s.stats.witnessChecks,
        maxRssMiB: process.resourceUsage().maxRSS / 1024, certificates, loadBefore, loadAfter: load(),
      };
      writeFileSync(out, JSON.stringify(res));
      return;
    }
    labels++;
    if (r.value.method === 'first-witness') firstWitness++;
    if (!r.value.argmaxable) { un.push(r.value.label); certificates[r.value.label] = r.value.certificate; }
    else if (r.value.label % 5000 === 0) certificates[r.value.label] = r.value.certificate;
  }
}

function ensureMatrix(dir: string, k: number, d: number): { w: string; b: string; planted: { label: number; a: number; b: number }[] } {
  const w = resolve(dir, `W_${k}x${d}.npy`);
  const b = resolve(dir, `b_${k}x${d}.npy`);
  if (!existsSync(w) || !existsSync(b)) {
    execFileSync('python3', [resolve(peerDir, 'make_vocab_matrix.py'), String(k), String(d), '1', w, '--bias', b, '--planted', '20'], { stdio: 'inherit' });
  }
  return { w, b, planted: JSON.parse(readFileSync(w.replace(/\.npy$/, '.planted.json'), 'utf8')).planted };
}

function runOurs(w: string, b: string | null, kernel: string): OursRun {
  const out = resolve(dirname(w), `ours_${Date.now()}.json`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', w, b ?? '-', out, '--kernel', kernel], { stdio: ['ignore', 'inherit', 'inherit'], cwd: repoRoot });
  if (r.status !== 0) throw new Error(`our run on ${w} failed (exit ${r.status})`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

interface PeerRun { wall: number; labels: number; lp: number; unargmaxable: number[]; maxRssMiB: number; loadBefore: string; loadAfter: string; range: string }

function runPeer(w: string, b: string | null, labels: number | null): PeerRun {
  const out = resolve(dirname(w), `peer_${Date.now()}.json`);
  const loadBefore = load();
  const a = ['-f', '%M', 'python3', resolve(peerDir, 'peer_unargmaxable.py'), w, '--processes', '2', '--json', out];
  if (b) a.push('--bias', b);
  if (labels !== null) a.push('--labels', `0:${labels}`);
  const r = spawnSync('/usr/bin/time', a, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`peer failed on ${w}: ${r.stderr}`);
  const rss = Number(r.stderr.trim().split('\n').at(-1)) / 1024;
  const j = JSON.parse(readFileSync(out, 'utf8'));
  return { wall: j.wall_s, labels: j.labels, lp: j.lp, unargmaxable: j.unargmaxable, maxRssMiB: rss, loadBefore, loadAfter: load(), range: labels === null ? 'all' : `0:${labels}` };
}

async function kernelFigures(): Promise<string[]> {
  const rows: string[] = [];
  const n = 4096;
  const m = 2048;
  const d = 768;
  const W = Float32Array.from({ length: n * d }, () => Math.fround(Math.random() - 0.5));
  const X32 = Float32Array.from({ length: m * d }, () => Math.fround(Math.random() - 0.5));
  const time = async (K: MatrixKernel | null, X: Float32Array | Float64Array, mm: number) => {
    if (!K) return null;
    await K.products(X.subarray(0, 16 * d), 16);
    const t0 = performance.now();
    await K.products(X, mm);
    const s = (performance.now() - t0) / 1000;
    await K.close();
    return (mm * n * d) / s / 1e9;
  };
  const cases: [string, () => Promise<MatrixKernel | null>, boolean, number][] = [
    ['onnxruntime-node, binary32, 2 threads', () => ortKernel(W, n, d, 2), true, m],
    ['onnxruntime-node, binary32, 1 thread', () => ortKernel(W, n, d, 1), true, m],
    ['onnxruntime-node, binary64, 2 threads', () => ortKernel(Float64Array.from(W), n, d, 2), false, m],
    ['js loops (binary64 accumulation), 2 worker threads', async () => jsKernel(W, n, d, 2), false, 256],
    ['js loops (binary64 accumulation), 1 thread', async () => jsKernel(W, n, d, 1), false, 128],
  ];
  for (const [name, make, f32, mm] of cases) {
    const g = await time(await make(), f32 ? X32 : Float64Array.from(X32.subarray(0, mm * d)), mm);
    rows.push(`| ${name} | ${mm} × ${d} · (${n} × ${d})ᵀ | ${g === null ? 'not available' : `${g.toFixed(2)} GMAC/s`} | ${load()} |`);
    console.error(rows.at(-1));
  }
  return rows;
}

/** glpk.js against HiGHS on max-margin LPs of label 0 on the R nearest rows (the scale path's active sets, and larger). */
async function lpFigures(W: DenseMatrix, sizes: number[], tag: string, i: number): Promise<string[]> {
  const highsLoader = (await import('highs')).default as unknown as () => Promise<{ solve(lp: string, o: object): { Status: string; ObjectiveValue: number } }>;
  const highs = await highsLoader();
  highs.solve('Maximize\n obj: x\nSubject To\n c: x <= 1\nEnd', { output_flag: false }); // compile the wasm first
  const rows: string[] = [];
  const logits = new Float64Array(W.k);
  const xi = W.data.subarray(i * W.d, (i + 1) * W.d);
  for (let j = 0; j < W.k; j++) { let s = 0; for (let c = 0; c < W.d; c++) s += W.data[j * W.d + c] * xi[c]; logits[j] = s; }
  const order = Array.from({ length: W.k }, (_, j) => j).filter((j) => j !== i).sort((a, b) => logits[b] - logits[a]);
  for (const R of sizes) {
    const A = order.slice(0, R).map((j) => floatRow(W, difference(i, j)));
    let t0 = performance.now();
    const g = solveMaxMarginLP(A, [], W.d);
    const tg = (performance.now() - t0) / 1000;
    t0 = performance.now();
    const lines = ['Maximize', ' obj: t', 'Subject To'];
    A.forEach((row, r) => {
      let s = 0;
      for (const v of row) s = Math.max(s, Math.abs(v));
      const terms = row.map((v, c) => (v === 0 ? '' : `${v / s >= 0 ? '+' : '-'} ${Math.abs(v / s)} x${c}`)).join(' ');
      lines.push(` a${r}: ${terms} - t >= 0`);
    });
    lines.push('Bounds', ...Array.from({ length: W.d }, (_, c) => ` -1 <= x${c} <= 1`), ' t <= 1', ' t >= -1e30', 'End');
    const h = highs.solve(lines.join('\n'), { output_flag: false });
    const th = (performance.now() - t0) / 1000;
    rows.push(`| ${tag} label ${i}, its ${R} nearest rows at x = w_i | ${R} × ${W.d} | ${tg.toFixed(3)} s (margin ${g.margin.toExponential(2)}) | ${th.toFixed(3)} s (margin ${Number(h.ObjectiveValue).toExponential(2)}, ${h.Status}) | ${load()} |`);
    console.error(rows.at(-1));
  }
  return rows;
}

/** One matrix variant's runs, kept in DIR/vocab-runs.json so that runs can be made one at a time and the table composed from all. */
interface RunRecord { k: number; d: number; bias: boolean; ours?: OursRun; peer?: PeerRun; planted: number[]; support2?: number }

function readRecords(dir: string): { [key: string]: RunRecord } {
  const path = resolve(dir, 'vocab-runs.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

function saveRecord(dir: string, key: string, r: RunRecord): void {
  const all = readRecords(dir);
  all[key] = { ...all[key], ...r };
  writeFileSync(resolve(dir, 'vocab-runs.json'), JSON.stringify(all));
}

async function main(): Promise<void> {
  if (flag('--child')) return child();
  const dir = opt('--dir', '/tmp/cosine-verify-vocab');
  mkdirSync(dir, { recursive: true });
  const sizes = opt('--sizes', '8192x256,32000x512,50257x768').split(',').map((s) => s.split('x').map(Number) as [number, number]);
  const peerLabels = Number(opt('--peer-labels', '2000'));
  const kernel = opt('--kernel', 'auto');
  const lines: string[] = [];
  const started = new Date().toISOString().slice(0, 10);
  lines.push('<!-- vocab:start -->', '## Vocabulary scale: argmaxable labels', '');
  lines.push(`Run \`npx tsx bench/vocab.ts ${args.join(' ')}\` on ${started}: ${cpus().length} cores, CPU "${cpus()[0]?.model.trim()}", Node ${process.version}. Matrices from \`make_vocab_matrix.py K D 1 W.npy --bias b.npy --planted 20\` (float32). Ours: \`argmaxableAtScale\` (every label certified: witness checked by the filter + exact re-decision, Gordan/Motzkin certificate checked exactly); peer: \`peer_unargmaxable.py --processes 2\` (braid reflect + Chebyshev LP in SciPy HiGHS, tolerance 1e-9, certifies nothing). Wall-clock times (NOT exact); the machine is shared with other engineers' runs, so the load average (1, 5, 15 min) is given before each run. Peak RSS: ours of the child process, the peer's of its largest process (/usr/bin/time).`, '');
  lines.push('| matrix | bias | ours: wall | labels/s | first witness | LPs | rows re-decided exactly | exact subsystems | peak RSS | kernel | load before | peer: labels | peer wall | peer LPs | peer all labels | ratio | planted found | disagreements |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const [k, d] of sizes) {
    const { w, b, planted } = ensureMatrix(dir, k, d);
    const variants = flag('--bias-only') ? [true] : flag('--no-bias') ? [false] : [false, true];
    for (const withBias of variants) {
      const key = `${k}x${d}${withBias ? '+bias' : ''}`;
      const rec: RunRecord = { k, d, bias: withBias, planted: planted.map((p) => p.label) };
      if (!flag('--no-ours')) {
        console.error(`== ${key}: ours (load ${load()})`);
        rec.ours = runOurs(w, withBias ? b : null, kernel);
        console.error(`   ours: ${rec.ours.wall.toFixed(1)} s, ${rec.ours.unargmaxable.length} unargmaxable, ${rec.ours.maxRssMiB.toFixed(0)} MiB`);
        const Wm = loadDenseMatrix(w, withBias ? b : undefined);
        for (const [label, c] of Object.entries(rec.ours.certificates)) {
          if (c.kind === 'infeasible' && !checkScaleCertificate(Wm, argmaxQuestion.system(Number(label), Wm.k), c)) throw new Error(`certificate of label ${label} fails its exact check`);
        }
        rec.support2 = planted.filter((p) => { const c = rec.ours!.certificates[p.label]; return c?.kind === 'infeasible' && c.rows.length === 2; }).length;
      }
      if (!flag('--no-peer')) {
        const range = k > 10000 ? peerLabels : null;
        console.error(`   peer (${range === null ? 'all labels' : `labels 0:${range}`}, load ${load()})`);
        rec.peer = runPeer(w, withBias ? b : null, range);
        console.error(`   peer: ${rec.peer.wall.toFixed(1)} s`);
      }
      saveRecord(dir, key, rec);
    }
  }
  const notes: string[] = [];
  const records = Object.values(readRecords(dir)).sort((x, y) => x.k - y.k || Number(x.bias) - Number(y.bias));
  for (const rec of records) {
    const { k, d, ours, peer } = rec;
    const name = `${k} × ${d}${rec.bias ? ' + bias' : ''}`;
    if (!ours) continue;
    const found = rec.planted.filter((l) => ours.unargmaxable.includes(l)).length;
    let peerCells = '| not run | | | | | ';
    let disagreements = '—';
    if (peer) {
      const range = peer.range === 'all' ? null : Number(peer.range.split(':')[1]);
      const all = peer.wall * (k / peer.labels);
      const inRange = (l: number) => range === null || l < range;
      const oursIn = ours.unargmaxable.filter(inRange);
      const dis = [...new Set([...oursIn, ...peer.unargmaxable])].filter((l) => oursIn.includes(l) !== peer.unargmaxable.includes(l));
      disagreements = dis.length === 0 ? '0' : `${dis.length}: ${dis.join(', ')}`;
      for (const l of dis) {
        const c = ours.certificates[l];
        notes.push(`- ${name}, label ${l}: peer says ${peer.unargmaxable.includes(l) ? 'unargmaxable' : 'argmaxable'}, ours ${ours.unargmaxable.includes(l) ? 'unargmaxable' : 'argmaxable'}; settled by ${c ? JSON.stringify(c).slice(0, 300) : 'our witness (checked by the filter + exact re-decision; not stored)'}`);
      }
      peerCells = `| ${peer.labels}${range === null ? '' : ` (0:${range})`} | ${peer.wall.toFixed(1)} s (load ${peer.loadBefore}) | ${peer.lp} | ${range === null ? `${peer.wall.toFixed(1)} s` : `≈ ${all.toFixed(0)} s (extrapolated)`} | ${(all / ours.wall).toFixed(1)}× | `;
      notes.push(`- ${name}: peer peak RSS ${Number.isFinite(peer.maxRssMiB) ? `${peer.maxRssMiB.toFixed(0)} MiB` : "not recorded"}; peer unargmaxable (in its range ${peer.range}): ${peer.unargmaxable.length} (${peer.unargmaxable.join(', ')}).`);
    }
    lines.push(`| ${k} × ${d} | ${rec.bias ? 'yes' : 'no'} | ${ours.wall.toFixed(1)} s | ${(ours.labels / ours.wall).toFixed(0)} | ${ours.firstWitness} | ${ours.lps} | ${ours.exactRows} | ${ours.exactSubsystems} | ${ours.maxRssMiB.toFixed(0)} MiB | ${ours.kernel} | ${ours.loadBefore} ${peerCells}${rec.bias ? `${found} / 20 planted unargmaxable (the others are argmaxable with the bias: 2b_i > b_a + b_b)` : `${found} / 20 (${rec.support2 ?? '?'} with support 2)`} | ${disagreements} |`);
    notes.push(`- ${name}: ours ${ours.unargmaxable.length} unargmaxable labels (${ours.unargmaxable.join(', ')}); load after ${ours.loadAfter}.`);
  }
  lines.push('', ...notes);
  if (flag('--kernels')) {
    lines.push('', '### Matrix kernels (P = X·Wᵀ, float32 data)', '', '| kernel | shape | speed | load |', '|---|---|---|---|', ...(await kernelFigures()));
  }
  if (flag('--lps')) {
    lines.push('', '### LP solvers on the scale path\'s max-margin LPs (one label, its R nearest rows)', '', '| LP | rows × columns | glpk.js | HiGHS (npm highs, wasm) | load |', '|---|---|---|---|---|');
    for (const [k, d] of [sizes[0], sizes.at(-1)!]) {
      const { w, planted } = ensureMatrix(dir, k, d);
      const W = loadDenseMatrix(w);
      // a planted label (LP margin 0: the LP must find the certificate's support) and an argmaxable label
      lines.push(...(await lpFigures(W, [64, 256, 1024], `${k} × ${d} (planted)`, planted[0].label)));
      lines.push(...(await lpFigures(W, [64, 256, 1024], `${k} × ${d}`, planted[0].a)));
    }
  }
  lines.push('<!-- vocab:end -->');
  const section = lines.join('\n');
  console.log(section);
  if (flag('--write')) {
    const path = resolve(repoRoot, 'bench/RESULTS.md');
    const old = readFileSync(path, 'utf8');
    const re = /<!-- vocab:start -->[\s\S]*<!-- vocab:end -->/;
    writeFileSync(path, re.test(old) ? old.replace(re, section) : `${old.trimEnd()}\n\n${section}\n`);
  }
}

await main();
