#!/usr/bin/env node
// The cosine-verify binary: runs the compiled CLI (dist/src/cli/main.js, built by
// `npm run build`, which `npm ci` / `npm install` in a clone and `npm pack` run through the
// `prepare` script) on the process streams (Ctrl-C, closed pipes: see runCliProcess) and
// sets the exit code it returns. No
// TypeScript loader here: tsx is loaded only when `fuzz` is given a user's `.ts` module.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = new URL('../dist/src/cli/main.js', import.meta.url);

if (!existsSync(main)) {
  process.stderr.write(`cosine-verify: the compiled CLI ${fileURLToPath(main)} is missing; run \`npm run build\` in ${root}\n`);
  process.exit(2);
}
warnIfStale();

const { runCliProcess } = await import(main.href);
process.exitCode = await runCliProcess(process.argv.slice(2));

/**
 * In a clone (the TypeScript sources are next to dist/), warns on stderr when a source file
 * is newer than the last build, so that an edited tree is not run as its old compiled self.
 * An installed package has no sources and is never warned about.
 */
function warnIfStale() {
  const built = new URL('../dist/.tsbuildinfo', import.meta.url);
  if (!existsSync(built) || !existsSync(new URL('../src/cli/main.ts', import.meta.url))) return;
  const since = statSync(built).mtimeMs;
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((e) =>
      e.isDirectory() ? newer(new URL(`${e.name}/`, dir)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && statSync(new URL(e.name, dir)).mtimeMs > since,
    );
  const stale = ['src/', 'lp/', 'properties/'].find((d) => newer(new URL(`../${d}`, import.meta.url)));
  if (stale) process.stderr.write(`cosine-verify: warning: ${stale} has changes newer than dist/; run \`npm run build\` to use them\n`);
}
