// Second step of `npm run build` (after `tsc -p tsconfig.build.json`): copies the data
// files the compiled code reads at run time next to it in dist/ (tsc emits only
// JavaScript and declarations). Today that is the shipped worked examples, read by
// src/examples/examples.ts through `new URL('./examples.json', import.meta.url)`.
import { copyFileSync, existsSync, mkdirSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ASSETS = ['src/examples/examples.json'];

for (const file of ASSETS) {
  const target = join(root, 'dist', file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(root, file), target);
}

// The build's time stamp for bin/cosine-verify.js's staleness warning: tsc leaves
// dist/.tsbuildinfo untouched when nothing needed re-emitting.
const stamp = join(root, 'dist/.tsbuildinfo');
if (existsSync(stamp)) utimesSync(stamp, new Date(), new Date());
