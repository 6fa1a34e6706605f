/**
 * A user conjecture for the fuzzer (the README's example): "two labels whose
 * unembeddings point in opposite directions (negative cosine) can never tie
 * for the top". App. C.2 refutes it (cos(w1, w2) = −8/√185, yet labels 1 and
 * 2 can tie); the fuzzer finds its own counterexample, shrinks it, and
 * prints it exactly with the witness x of the tie.
 *
 * Run it:  npx tsx examples/conjecture-example.ts
 * or:      npx cosine-verify fuzz examples/conjecture-example.ts
 */
import { pathToFileURL } from 'node:url';
import { RationalField as Q, type Rational } from '../src/field/rational.ts';
import { cosine } from '../src/cosine/index.ts';
import { decideTieForTop } from '../lp/queries/tie-for-top.ts';
import { checkCertificate, type Witness } from '../lp/engine/certificate.ts';
import {
  defineConjecture, formatCertificate, formatExactCosine, formatExactMatrix, fuzzConjecture, holds, rationalMatrixArb, refutedBy, tieForTopSystem,
} from '../properties/index.ts';

const conjecture = defineConjecture<Rational[][], { i: number; j: number; tie: Witness<Rational> }>({
  name: 'opposite-labels-never-tie',
  description: 'Labels whose unembeddings have a negative cosine can never tie for the top.',
  source: 'user example (refuted by App. C.2)',
  expected: 'false',
  arbitrary: rationalMatrixArb({ k: { min: 3, max: 5 }, d: 2, nonZeroRows: true, distinctRows: true }),
  check(W) {
    for (let i = 0; i < W.length; i++)
      for (let j = i + 1; j < W.length; j++) {
        if (cosine(Q, W[i], W[j]).sign >= 0) continue;
        const tie = decideTieForTop(Q, W, i, j).certificate; // certified: a witness x or a Motzkin certificate
        if (tie.kind === 'witness') return refutedBy({ i, j, tie });
      }
    return holds();
  },
  // optional: re-check the evidence independently (the fuzzer refuses evidence that fails)
  certify(W, e) {
    const { A, B } = tieForTopSystem(Q, W, e.i, e.j); // A = rows w_i − w_l (l ∉ {i, j}), B = [w_i − w_j]
    return cosine(Q, W[e.i], W[e.j]).sign < 0 && checkCertificate(Q, A, B, e.tie);
  },
  format: (W, e) =>
    [formatExactMatrix(Q, W, 'W'), `cos(w_${e.i}, w_${e.j}) = ${formatExactCosine(Q, cosine(Q, W[e.i], W[e.j]))} < 0,`,
     `yet labels ${e.i} and ${e.j} tie for the top at x = ${formatCertificate(Q, e.tie)}`].join('\n'),
});
export default conjecture;

// Run directly (npx tsx examples/conjecture-example.ts): fuzz it and print the result.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(fuzzConjecture(conjecture, { runs: 100, replayAs: 'examples/conjecture-example.ts' }).text);
