/**
 * `grid MANIFEST` on the authors' matrices (../shared/peer-grid, as on a fresh clone next to
 * the shared folder): the n = 3 cases through the CLI, table and JSON; bad manifests exit 2.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';

const PEER = resolve(process.cwd(), '../shared/peer-grid');
const dir = mkdtempSync(join(tmpdir(), 'cosine-verify-cli-grid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = collectingIO(false);
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A manifest with the authors' n = 3 cases (30 of the 200), matrices by absolute path. */
function smallManifest(): string {
  if (!existsSync(join(PEER, 'manifest.json'))) throw new Error(`the authors' grid is missing: expected ${PEER}/manifest.json`);
  const m = JSON.parse(readFileSync(join(PEER, 'manifest.json'), 'utf8'));
  const cases = (m.cases as { n: number; matrix: string }[]).filter((c) => c.n === 3).map((c) => ({ ...c, matrix: join(PEER, c.matrix) }));
  const p = join(dir, 'manifest-n3.json');
  expect(cases).toHaveLength(30); // d = 2: braid × cosine; d = 3 = n: without the braid matrix only; 5 seeds each
  writeFileSync(p, JSON.stringify({ ...m, cases }));
  return p;
}

describe('grid', () => {
  it('prints the table and the summary with the ratio to the authors\' 790 s', async () => {
    const r = await run(['grid', smallManifest()]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\s*n\s+d\s+braid\s+cosine\s+seed\s+verdict\s+method\s+seconds$/);
    expect(lines.filter((l) => /^\s*3\s+[23]\s/.test(l))).toHaveLength(30);
    expect(lines.at(-1)).toMatch(/^30 cases: 30 same, 0 different; total \d+\.\d+ s exact decisions .* of the authors' 790 s/);
  });

  it('--budget: no case starts after it; the cases not decided are counted (exit 1); Ctrl-C likewise with 130', async () => {
    const r = await run(['grid', smallManifest(), '--budget', '0.001']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^not computed: \d+ of 30 cases, not started after the 0\.001 s budget ran out$/m);
    const ac = new AbortController();
    ac.abort();
    const io = collectingIO(false, ac.signal);
    expect(await runCli(['grid', smallManifest()], io)).toBe(130);
    expect(io.out()).toMatch(/^not computed: 30 of 30 cases, not started after the run was interrupted \(Ctrl-C\)$/m);
  });

  it('--json prints {"seconds", "cases": [...]} with verdicts', async () => {
    const r = await run(['grid', smallManifest(), '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(typeof j.seconds).toBe('number');
    expect(j.cases).toHaveLength(30);
    for (const c of j.cases) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['n', 'd', 'seed', 'braid', 'cosine', 'verdict', 'method', 'seconds']));
      expect(c.verdict).toBe('same');
    }
  });

  it('bad manifests: missing file, invalid JSON, a missing matrix, no cases (exit 2, one line)', async () => {
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify({ cases: [] }));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"cases": [');
    const missing = join(dir, 'missing-matrix.json');
    writeFileSync(missing, JSON.stringify({ cases: [{ n: 3, d: 2, seed: 1, cosine: false, braid: false, matrix: 'nope.npy' }] }));
    const cases: [string, RegExp][] = [
      [join(dir, 'none.json'), /none\.json: no such file/],
      [bad, /bad\.json: not valid JSON/],
      [missing, /missing-matrix\.json: .*nope\.npy: no such file/],
      [empty, /empty\.json: the manifest lists no cases/],
    ];
    for (const [p, msg] of cases) {
      const r = await run(['grid', p]);
      expect(r.code, p).toBe(2);
      expect(r.err).toMatch(msg);
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
