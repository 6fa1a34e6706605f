#!/usr/bin/env bash
# The packed package works from an empty project (a step of .ci/run; `npm run test:pack`).
#
#  1. `npm pack` (its `prepare` script builds dist/) into a temporary folder; the file list
#     is checked: compiled code, declarations, bin, README and docs only — no TypeScript
#     sources, tests, fixtures, benchmarks or build caches — and its size is printed.
#  2. An empty project installs the tarball (and fast-check, for its own property) with
#     `npm install --prefer-offline`: dependencies come from the npm cache when they are
#     there (offline), else from the registry.
#  3. Plain .mjs imports both entry points (and cosine-verify/report), runs a fast-check
#     property built from the exported arbitraries with exact decisions, and a TypeScript
#     consumer is type-checked against the shipped .d.ts files.
#  4. `npx cosine-verify verify` runs there (every claim verified, exit 0), a user's .mjs
#     conjecture importing cosine-verify/properties is fuzzed, and a .ts conjecture without
#     tsx installed gets the one-line install hint.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/cosine-verify-pack-XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "pack test: FAILED: $*" >&2; exit 1; }

cd "$root"
npm pack --pack-destination "$work" --json --silent >"$work/pack.json"
node - "$work/pack.json" <<'EOF'
const [info] = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const paths = info.files.map((f) => f.path);
const bad = paths.filter((p) =>
  /(^|\/)(test|tests|fixtures|bench|node_modules)\//.test(p) || /\.test\.(js|ts)$/.test(p) || /\.tsbuildinfo$/.test(p) ||
  (/\.ts$/.test(p) && !/\.d\.ts$/.test(p)));
if (bad.length > 0) { console.error(`pack test: files that do not belong in the package: ${bad.slice(0, 10).join(', ')}`); process.exit(1); }
for (const need of ['bin/cosine-verify.js', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/properties/index.js', 'dist/src/report/index.js', 'dist/src/cli/main.js', 'dist/src/examples/examples.json', 'README.md']) {
  if (!paths.includes(need)) { console.error(`pack test: ${need} is missing from the package`); process.exit(1); }
}
if (info.size > 2_000_000) { console.error(`pack test: the tarball is ${info.size} bytes (more than 2 MB)`); process.exit(1); }
console.log(`pack test: ${info.filename}: ${info.entryCount} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`);
EOF
tarball="$work/$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[0].filename)' "$work/pack.json")"

fastcheck="$(node -p 'require("./package.json").dependencies["fast-check"]')"
mkdir "$work/project"
cd "$work/project"
echo '{ "name": "cosine-verify-pack-test", "private": true, "type": "module" }' >package.json
npm install --prefer-offline --no-audit --no-fund --loglevel=error "$tarball" "fast-check@$fastcheck" >/dev/null
[ ! -e node_modules/tsx ] || fail "tsx was installed although it is only an optional peer dependency"

cat >use.mjs <<'EOF'
import fc from 'fast-check';
import * as core from 'cosine-verify';
import * as props from 'cosine-verify/properties';
import { buildReport } from 'cosine-verify/report';
import assert from 'node:assert/strict';

const { RationalField: Q, cosineMatrix, modelSignPatterns, modelRankingPatterns, decideQuestion, argmaxQuestion, loadExamples, compareModels, formatSignVector } = core;
assert.equal(typeof buildReport, 'function');
assert.ok(props.claims.length >= 16, 'the claims are exported');

// The paper's H.2 through the library: R(A) and R(B) differ in four certified rankings.
const h2 = loadExamples()['H.2'];
const lift = (W) => W.map((r) => [Q.one, ...r]);
const c = compareModels({ F: Q, W: lift(h2.A) }, { F: Q, W: lift(h2.B) });
assert.deepEqual([c.sign.equal, c.ranking.equal, c.ranking.comparison.onlyIn], [true, false, [['3,0,2,1,4', '4,1,2,0,3'], ['0,3,2,4,1', '1,4,2,3,0']]]);

// A property from the exported arbitraries: S(W) = −S(W) and R(W) is closed under reversal,
// and a label has a certified argmax decision, on random exact models.
let runs = 0;
fc.assert(
  fc.property(props.rationalMatrixArb({ k: { min: 2, max: 4 }, d: { min: 1, max: 3 }, nonZeroRows: true }), (W) => {
    runs++;
    const S = new Set(modelSignPatterns({ F: Q, W }).patterns.map(formatSignVector));
    for (const s of S) assert.ok(S.has([...s].map((x) => (x === '+' ? '-' : '+')).join('')));
    const R = new Set(modelRankingPatterns({ F: Q, W }).rankings.map((r) => r.join(',')));
    for (const r of R) assert.ok(R.has(r.split(',').reverse().join(',')));
    assert.equal(cosineMatrix(Q, W).length, W.length);
    assert.equal(typeof decideQuestion({ F: Q, W }, argmaxQuestion, 0).decision.feasible, 'boolean');
  }),
  { numRuns: 25, seed: 7 },
);
// the scale path from the package: w_3 = (0, 1/2) lies inside the triangle of the others, so it is not argmaxable; every certificate checked exactly
const dense = core.denseMatrix(new Float32Array([1, 0, 0, 1, -1, 0, 0, 0.5]), 4, 2);
const { results } = await core.collectAtScale(core.argmaxableAtScale(dense, { kernel: 'js' }));
const verdicts = results.map((r) => [r.label, r.argmaxable]).sort((a, b) => a[0] - b[0]);
assert.deepEqual(verdicts, [[0, true], [1, true], [2, true], [3, false]]);
for (const r of results) assert.ok(core.checkScaleCertificate(dense, core.argmaxQuestion.system(r.label, 4), r.certificate));
console.log(`pack test: imported cosine-verify, cosine-verify/properties and cosine-verify/report; compareModels on App. H.2, a ${runs}-run fast-check property and argmaxableAtScale passed`);
EOF
node use.mjs

cat >consumer.ts <<'EOF'
import { RationalField as Q, cosineMatrix, compareModels, type Model, type Rational } from 'cosine-verify';
import { rationalMatrixArb, claims } from 'cosine-verify/properties';
const model: Model<Rational> = { F: Q, W: [[Q.one, Q.zero], [Q.zero, Q.one]] };
const n: number = cosineMatrix(model.F, model.W).length + claims.length;
const equal: boolean | null = compareModels(model, model).ranking.equal;
export const used = [n, equal, rationalMatrixArb({ k: 2, d: 2 })];
EOF
cat >tsconfig.json <<'EOF'
{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "target": "ES2022", "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] }, "files": ["consumer.ts"] }
EOF
"$root/node_modules/.bin/tsc" -p tsconfig.json || fail "a TypeScript consumer does not type-check against the shipped .d.ts files"
echo "pack test: a TypeScript consumer type-checks against the shipped declarations"

cat >conjecture.mjs <<'EOF'
import { RationalField as Q, cosineMatrix } from 'cosine-verify';
import { defineConjecture, holds, rationalMatrixArb } from 'cosine-verify/properties';
export default defineConjecture({
  name: 'cosines-are-symmetric',
  description: 'C(W) is symmetric (true: a sanity check of a user module)',
  source: 'pack test',
  expected: 'true',
  arbitrary: rationalMatrixArb({ k: { min: 2, max: 4 }, d: 2, nonZeroRows: true }),
  check(W) {
    const C = cosineMatrix(Q, W);
    return holds(C.every((row, i) => row.every((c, j) => c.sign === C[j][i].sign && Q.equals(c.square, C[j][i].square))));
  },
  format: (W) => JSON.stringify(W.map((r) => r.map((x) => Q.format(x)))),
});
EOF
out="$(npx --no-install cosine-verify fuzz conjecture.mjs --runs 20 --seed 1)" || fail "fuzz of a user's .mjs conjecture: $out"
[[ "$out" == *"not refuted in 20 runs"* ]] || fail "fuzz of a user's .mjs conjecture printed: $out"
echo "pack test: npx cosine-verify fuzz conjecture.mjs: $out"
cp conjecture.mjs conjecture.ts
set +e
err="$(npx --no-install cosine-verify fuzz conjecture.ts --runs 5 2>&1)"
code=$?
set -e
if [ "$code" = 0 ] && [[ "$err" == *"not refuted"* ]]; then
  echo "pack test: this Node loads a .ts conjecture without tsx (type stripping)"
else
  [[ "$err" == *"needs tsx"* ]] || fail "a .ts conjecture without tsx: $err"
  echo "pack test: a .ts conjecture without tsx: $err"
fi

set +e
verify="$(npx --no-install cosine-verify verify 2>&1)"
code=$?
set -e
echo "$verify" | tail -n 3
[ "$code" = 0 ] || fail "npx cosine-verify verify exited with $code"
echo "pack test: passed"
