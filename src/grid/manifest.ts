/**
 * The manifest of the authors' check grid (`../shared/peer-grid/manifest.json`):
 * `{ source, anchorWallSeconds, cases: [{ n, d, seed, cosine, braid, matrix }] }`,
 * where `matrix` names a `.npy` file (W, n × d float64) relative to the
 * manifest's own folder. Source: notes §4, last item (200 cases,
 * n ∈ {3, 5, 10}, d = 2 … min(n, 6), seeds 1–5).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { GridCaseSpec } from './case-matrices.ts';

/** One case as listed in the manifest. */
export interface ManifestCase extends GridCaseSpec {
  /** Position in the manifest's `cases` array. */
  readonly index: number;
  /** The `.npy` file name as written in the manifest. */
  readonly matrix: string;
  /** Absolute path of that file (resolved against the manifest's folder). */
  readonly matrixPath: string;
}

/** A loaded, validated manifest. */
export interface GridManifest {
  readonly path: string;
  readonly source: string;
  /** The authors' wall-clock time for the whole grid, in seconds (790 s). */
  readonly anchorWallSeconds: number | null;
  readonly cases: ManifestCase[];
}

/**
 * Validates parsed manifest JSON; `path` (the manifest file) names it in
 * errors and locates the `.npy` files. Throws `TypeError` naming the case
 * index and field for a missing or mistyped field (or a non-object
 * manifest, or a non-positive `anchorWallSeconds`), and `RangeError` naming
 * them for n or d not a positive integer or a seed not a non-negative integer.
 */
export function parseManifest(json: unknown, path: string): GridManifest {
  const where = path;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new TypeError(`${where}: the manifest must be a JSON object`);
  const o = json as Record<string, unknown>;
  if (!Array.isArray(o.cases)) throw new TypeError(`${where}: 'cases' must be an array`);
  const anchor = o.anchorWallSeconds;
  if (anchor !== undefined && (typeof anchor !== 'number' || !(anchor > 0))) {
    throw new TypeError(`${where}: 'anchorWallSeconds' must be a positive number, got ${JSON.stringify(anchor)}`);
  }
  const dir = dirname(resolve(path));
  const cases = o.cases.map((c: unknown, index: number): ManifestCase => {
    const at = `${where}: case ${index}`;
    if (typeof c !== 'object' || c === null || Array.isArray(c)) throw new TypeError(`${at}: must be an object`);
    const e = c as Record<string, unknown>;
    const int = (key: string, min: number): number => {
      const v = e[key];
      if (typeof v !== 'number') throw new TypeError(`${at}: '${key}' must be a number, got ${JSON.stringify(v)}`);
      if (!Number.isSafeInteger(v) || v < min) throw new RangeError(`${at}: '${key}' must be an integer ≥ ${min}, got ${v}`);
      return v;
    };
    const bool = (key: string): boolean => {
      const v = e[key];
      if (typeof v !== 'boolean') throw new TypeError(`${at}: '${key}' must be true or false, got ${JSON.stringify(v)}`);
      return v;
    };
    if (typeof e.matrix !== 'string' || e.matrix === '') throw new TypeError(`${at}: 'matrix' must be a file name, got ${JSON.stringify(e.matrix)}`);
    return {
      index, n: int('n', 1), d: int('d', 1), seed: int('seed', 0), cosine: bool('cosine'), braid: bool('braid'),
      matrix: e.matrix, matrixPath: resolve(dir, e.matrix),
    };
  });
  return { path, source: typeof o.source === 'string' ? o.source : '', anchorWallSeconds: typeof anchor === 'number' ? anchor : null, cases };
}

/**
 * Reads and validates a manifest file (see `parseManifest`). Throws
 * `SyntaxError` naming the file when it is not valid JSON; file-system
 * errors come from `node:fs`.
 */
export function loadManifest(path: string): GridManifest {
  const text = readFileSync(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  return parseManifest(json, path);
}
