/**
 * A user's conjecture module is loaded as an ES module wherever it lives. tsx decides
 * between CommonJS and ESM for a `.ts` file by the nearest package.json; a file outside any
 * package (e.g. `/tmp/my-conjecture.ts`) counted as CommonJS, and importing this package's
 * ES modules (with top-level await) from it failed with "Cannot require() ES Module … in a
 * cycle". A Node module hook (`module.register`) marks that one file — and the `.ts` files
 * beside it, which it may import — as `module`; every other file keeps its own format.
 */
import { register } from 'node:module';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const registered = new Set<string>();

/**
 * Registers the hook for the folder of `file` (once per folder). Has no effect under
 * runners without Node's module hooks (vitest loads `.ts` files as ES modules already).
 * @example loadAsEsModule('/tmp/x.ts'); await import(pathToFileURL('/tmp/x.ts').href)
 */
export function loadAsEsModule(file: string): void {
  const folder = pathToFileURL(dirname(resolve(file)) + '/').href;
  if (registered.has(folder)) return;
  registered.add(folder);
  const hook = [
    `const folder = ${JSON.stringify(folder)};`,
    "const mine = (url) => url.startsWith(folder) && /\\.(ts|mts|tsx)$/.test(url.split('?')[0]) && !url.includes('/node_modules/');",
    'export async function resolve(spec, ctx, next) { const r = await next(spec, ctx); return mine(r.url) ? { ...r, format: "module" } : r; }',
    'export async function load(url, ctx, next) { return next(url, mine(url) ? { ...ctx, format: "module" } : ctx); }',
  ].join('\n');
  try {
    register('data:text/javascript,' + encodeURIComponent(hook));
  } catch {
    // no module hooks here (e.g. an in-process test runner): nothing to do
  }
}
