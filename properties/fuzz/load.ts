/**
 * Loading a user's conjecture module (for `cosine-verify fuzz FILE`).
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertConjecture, type AnyConjecture } from './conjecture.ts';

/**
 * Imports the module at `file` (a path, relative to the working directory)
 * and returns its default export, checked to be a `Conjecture`. A `.js` /
 * `.mjs` module is imported by Node. A TypeScript module (`.ts`, `.mts`,
 * `.cts`) is imported as Node can (vitest, or a Node that strips types);
 * when Node cannot load TypeScript, through tsx's ESM loader (registered then), an optional
 * peer dependency of the package loaded only here: `RangeError` with the
 * install hint when it is missing.
 * Throws `RangeError` when the file does not exist, `TypeError` when the
 * module has no default export or it is not a conjecture (naming the file and
 * the bad field), and re-throws the import's own error (with the file named)
 * when the module fails to load.
 */
export async function loadConjectureModule(file: string): Promise<AnyConjecture> {
  const full = resolve(file);
  if (!existsSync(full)) throw new RangeError(`conjecture module ${file}: file not found`);
  let mod: Record<string, unknown>;
  try {
    mod = await importModule(full);
  } catch (e) {
    if (e instanceof TsxMissing) throw new RangeError(`conjecture module ${file}: ${e.message}`);
    throw new Error(`conjecture module ${file}: failed to load: ${(e as Error).message}`, { cause: e });
  }
  if (!('default' in mod) || mod.default === undefined) throw new TypeError(`conjecture module ${file}: no default export (export default a conjecture)`);
  assertConjecture(mod.default, `conjecture module ${file}`);
  return mod.default;
}

/** tsx is needed for a TypeScript module and is not installed. */
class TsxMissing extends Error {}

/** Errors with which Node refuses a TypeScript file it cannot load itself. */
const NODE_CANNOT_LOAD_TS = new Set(['ERR_UNKNOWN_FILE_EXTENSION', 'ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', 'ERR_NO_TYPESCRIPT']);

/** Imports `full` (an absolute path): natively, and a TypeScript file Node refuses through tsx. */
async function importModule(full: string): Promise<Record<string, unknown>> {
  const url = pathToFileURL(full).href;
  try {
    return (await import(url)) as Record<string, unknown>;
  } catch (e) {
    if (!/\.[cm]?ts$/.test(full) || !NODE_CANNOT_LOAD_TS.has((e as { code?: string }).code ?? '')) throw e;
  }
  let tsx: { register: () => unknown };
  try {
    tsx = (await import('tsx/esm/api')) as typeof tsx;
  } catch {
    throw new TsxMissing('a TypeScript module needs tsx to load (npm install --save-dev tsx), or write the conjecture as a .mjs module');
  }
  registerTypeScript(tsx, full);
  // A new URL: Node keeps the failed first import of `url` in its module map.
  return (await import(`${url}?typescript`)) as Record<string, unknown>;
}

const registeredFolders = new Set<string>();

/**
 * Registers tsx's ESM loader (once) and a module hook that marks the `.ts` files of the
 * conjecture's folder as ES modules. tsx decides between CommonJS and ESM for a `.ts` file by
 * the nearest package.json: a file outside any package (e.g. `/tmp/my-conjecture.ts`) would
 * count as CommonJS, and importing this package's ES modules (with top-level await) from it
 * fails ("Cannot require() ES Module … in a cycle", "Top-level await is currently not supported
 * with the cjs output format"). Hooks registered later run first, so the format reaches tsx.
 */
function registerTypeScript(tsx: { register: () => unknown }, full: string): void {
  if (registeredFolders.size === 0) tsx.register();
  const folder = pathToFileURL(dirname(full) + '/').href;
  if (registeredFolders.has(folder)) return;
  registeredFolders.add(folder);
  const hook = [
    `const folder = ${JSON.stringify(folder)};`,
    "const mine = (url) => url.startsWith(folder) && /\\.(ts|mts|tsx)$/.test(url.split('?')[0]) && !url.includes('/node_modules/');",
    'export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); return mine(r.url) ? { ...r, format: "module" } : r; }',
    'export async function load(url, ctx, next) { return next(url, mine(url) ? { ...ctx, format: "module" } : ctx); }',
  ].join('\n');
  register('data:text/javascript,' + encodeURIComponent(hook));
}
