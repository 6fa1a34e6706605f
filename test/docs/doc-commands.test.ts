/**
 * The command lines of README.md and docs/*.md run, in-process, and the output they show
 * is what the commands print (convention: docs/examples.md, "Command lines").
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { collectingIO } from '../../src/cli/io.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/docs');
const outDir = mkdtempSync(join(tmpdir(), 'cosine-verify-doc-commands-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** A command of the docs: where it stands, its arguments, and the output shown (null: not shown). */
interface DocCommand {
  readonly where: string;
  readonly argv: string[];
  readonly shown: string[] | null;
}

/** The fenced blocks of a markdown text: language and lines, with the line of the fence. */
export function fencedBlocks(text: string): { lang: string; line: number; lines: string[] }[] {
  const out: { lang: string; line: number; lines: string[] }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(```|~~~)\s*([\w-]*)\s*$/.exec(lines[i]);
    if (!open) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() !== open[1]) j++;
    out.push({ lang: open[2], line: i + 1, lines: lines.slice(i + 1, j) });
    i = j;
  }
  return out;
}

/** The commands of one markdown file (see the module doc). */
export function docCommands(file: string, text: string): DocCommand[] {
  const out: DocCommand[] = [];
  for (const b of fencedBlocks(text)) {
    if (b.lang === 'sh') {
      b.lines.forEach((l, t) => {
        const m = /^npx cosine-verify\s+(.*?)(\s+#.*)?$/.exec(l.trim());
        if (m) out.push({ where: `${file}:${b.line + 1 + t}`, argv: m[1].split(/\s+/), shown: null });
      });
    } else if (b.lang === 'text' || b.lang === '') {
      for (let t = 0; t < b.lines.length; t++) {
        const m = /^\$ (?:(?:npx )?cosine-verify\s+(.*)|npm start)\s*$/.exec(b.lines[t]);
        if (!m) continue;
        let u = t + 1;
        while (u < b.lines.length && !b.lines[u].startsWith('$ ')) u++;
        const shown = b.lines.slice(t + 1, u);
        out.push({ where: `${file}:${b.line + 1 + t}`, argv: m[1] === undefined ? ['verify'] : m[1].trim().split(/\s+/), shown: shown.length > 0 ? shown : null });
        t = u - 1;
      }
    }
  }
  return out;
}

const norm = (l: string) => l.replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * True when the printed lines match the shown lines: blanks collapsed, a shown line `…`
 * matches any number of lines, `…` inside a shown line any text.
 */
export function outputMatches(shown: readonly string[], printed: readonly string[]): boolean {
  const s = shown.map(norm);
  const p = printed.map(norm);
  const lineMatches = (a: string, b: string) => new RegExp(`^${a.split('…').map(escapeRe).join('.*')}$`).test(b);
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let r: boolean;
    if (i === s.length) r = j === p.length;
    else if (s[i] === '…') r = go(i + 1, j) || (j < p.length && go(i, j + 1));
    else r = j < p.length && lineMatches(s[i], p[j]) && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}

/** Missing input files come from test/fixtures/docs; `--out FILE` (in an existing folder) and `.jsonl` files go to a temporary folder. */
function resolveArgs(argv: readonly string[]): { argv: string[]; renamed: [string, string][] } {
  const renamed: [string, string][] = [];
  const out = argv.map((a, t) => {
    if (t > 0 && argv[t - 1] === '--out' && existsSync(dirname(resolve(root, a)))) {
      // a path the command can write (its folder exists) goes to a temporary folder instead
      const target = join(outDir, basename(a));
      renamed.push([target, a]);
      return target;
    }
    if (/\.jsonl$/.test(a) && !existsSync(join(root, a))) {
      // the JSONL files of argmax / merge live in the temporary folder (written by one command, read by the next)
      const target = join(outDir, basename(a));
      renamed.push([target, a]);
      return target;
    }
    if (/\.(json|csv|npy)$/.test(a) && !existsSync(join(root, a)) && existsSync(join(fixtures, a))) {
      renamed.push([join('test/fixtures/docs', a), a]);
      return join('test/fixtures/docs', a);
    }
    return a;
  });
  return { argv: out, renamed };
}

const docFiles = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const commands = docFiles.flatMap((f) => docCommands(f, readFileSync(join(root, f), 'utf8')));

describe('the command lines of README.md and docs/ run as shown', () => {
  it('finds the commands (sh lines and $ sessions)', () => {
    expect(commands.filter((c) => c.shown === null).length).toBeGreaterThan(10);
    expect(commands.filter((c) => c.shown !== null).length).toBeGreaterThan(8);
  });
  for (const c of commands) {
    it(`${c.where}: cosine-verify ${c.argv.join(' ')}`, async () => {
      const { argv, renamed } = resolveArgs(c.argv);
      const io = collectingIO(false);
      const code = await runCli(argv, io);
      let printed = (io.out() + io.err()).replace(/\n$/, '');
      for (const [to, from] of renamed) printed = printed.split(to).join(from);
      expect(printed, `${c.where}: no internal error`).not.toMatch(/internal error/);
      if (c.shown === null) {
        expect([0, 1], `${c.where}: exit code ${code}; output:\n${printed}`).toContain(code);
        return;
      }
      const ok = outputMatches(c.shown, printed.split('\n'));
      expect(ok, `${c.where}: shown\n${c.shown.join('\n')}\n--- printed\n${printed}`).toBe(true);
    }, 120_000);
  }
});

describe('the output comparison can fail', () => {
  it('matches `…` lines and in-line `…`, and only those', () => {
    expect(outputMatches(['a', '…', 'z'], ['a', 'b', 'c', 'z'])).toBe(true);
    expect(outputMatches(['a', '…', 'z'], ['a', 'z'])).toBe(true);
    expect(outputMatches(['time … s  ok'], ['time 0.12 s ok'])).toBe(true);
    expect(outputMatches(['a', 'z'], ['a', 'b', 'z'])).toBe(false);
    expect(outputMatches(['time … s ok'], ['time 0.12 s failed'])).toBe(false);
    expect(outputMatches(['a'], ['a', 'extra'])).toBe(false);
  });
  it('reads sh lines and $ sessions', () => {
    const md = ['```sh', 'npx cosine-verify fuzz --list   # all', 'npm test', '```', '```text', '$ cosine-verify decide x --argmax 1', 'out 1', '$ npm start', '```'].join('\n');
    expect(docCommands('x.md', md)).toEqual([
      { where: 'x.md:2', argv: ['fuzz', '--list'], shown: null },
      { where: 'x.md:6', argv: ['decide', 'x', '--argmax', '1'], shown: ['out 1'] },
      { where: 'x.md:8', argv: ['verify'], shown: null },
    ]);
  });
});
