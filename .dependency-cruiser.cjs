/**
 * The layer rules of cosine-verify, checked by dependency-cruiser (`npm run lint:deps`, and
 * a step of `.ci/run`). Type-only imports count as imports.
 *
 * 1. Layers, lowest first; a file may import its own layer and the layers below, never above:
 *      src/field < src/linalg < (src/cosine, src/models, src/lemmas, src/examples, src/io, src/dense)
 *      < lp/engine < lp/queries < (lp/arrangements, lp/scale, lp/index.ts) < properties
 *      < (src/cli, src/report, src/grid)
 *    Folders not listed (bench/, examples/, test/, and new ones) are outside the layers.
 * 2. Nobody outside a folder imports its `internal/`: for every directory P/internal in the
 *    tree, only files under P/ import from P/internal/.
 * 3. No import cycles between files.
 * 4. bench/ uses lp/ only through its public entry lp/index.ts.
 */
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const LAYERS = [
  { name: 'field', path: '^src/field/' },
  { name: 'linalg', path: '^src/linalg/' },
  { name: 'core', path: '^src/(cosine|models|lemmas|examples|io|dense)/' },
  { name: 'lp-engine', path: '^lp/engine/' },
  { name: 'lp-queries', path: '^lp/queries/' },
  { name: 'lp-arrangements', path: '^lp/(arrangements/|scale/|index\\.ts$)' },
  { name: 'properties', path: '^properties/' },
  { name: 'front', path: '^src/(cli|report|grid)/' },
];

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer.name}`,
  comment: `${layer.path} is layer ${i + 1} of ${LAYERS.length}: it imports only its own layer and the layers below (see the header of .dependency-cruiser.cjs)`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(i + 1).map((l) => l.path) },
}));

/** Every directory called `internal` below `dir` (relative paths). */
function internalDirs(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (!statSync(p).isDirectory()) continue;
    if (name === 'internal') out.push(p);
    out.push(...internalDirs(p));
  }
  return out;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const internalRules = ['src', 'lp', 'properties']
  .flatMap((root) => internalDirs(join(__dirname, root)).map((abs) => abs.slice(__dirname.length + 1).split('\\').join('/')))
  .map((internal) => {
    const parent = internal.slice(0, -'/internal'.length);
    return {
      name: `internal-${internal.replace(/\//g, '-')}`,
      comment: `only files under ${parent}/ import ${internal}/`,
      severity: 'error',
      from: { pathNot: `^${escape(parent)}/` },
      to: { path: `^${escape(internal)}/` },
    };
  });

module.exports = {
  forbidden: [
    ...layerRules,
    ...internalRules,
    {
      name: 'no-circular',
      comment: 'no import cycles between files',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'bench-through-lp-index',
      comment: 'bench/ imports lp/ only through lp/index.ts',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^lp/', pathNot: '^lp/index\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
