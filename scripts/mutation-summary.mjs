#!/usr/bin/env node
/**
 * Markdown summary of a Stryker JSON report (mutation-testing-report-schema), for
 * bench/RESULTS.md and docs/testing.md (issue 13, item 2):
 *
 *   node scripts/mutation-summary.mjs [out/mutation/mutation.json] [--table | --ignored | --survivors]
 *
 * --table     per-file counts and the mutation score, detected / (detected + undetected),
 *             as Stryker computes it: killed and timeout are detected; survived and no
 *             coverage are undetected; ignored mutants (`// Stryker disable … : reason`)
 *             are not counted.
 * --ignored   every ignored mutant as `file:line:column Mutator → replacement`, grouped by
 *             the reason written in the source.
 * --survivors every survived or uncovered mutant with its line of source, grouped by the
 *             reason recorded in the source (`// equivalent mutants (Mutator, …): reason` in
 *             the comment lines above it), or as NOT EXPLAINED.
 * --check     exit 1 when a survivor has no recorded reason (for CI).
 * Without a flag: the first three.
 */
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'out/mutation/mutation.json';
const flags = new Set(args.filter((a) => a.startsWith('--')));
const all = flags.size === 0;
const report = JSON.parse(readFileSync(file, 'utf8'));

const byPosition = (a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column;
const short = (s, n = 60) => {
  const t = String(s ?? '').replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};
const where = (f, m) => `${f}:${m.location.start.line}:${m.location.start.column}`;
const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));

if (all || flags.has('--table')) {
  const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
  const score = (c) => {
    const detected = c.Killed + c.Timeout;
    const valid = detected + c.Survived + c.NoCoverage;
    return valid === 0 ? '—' : `${((100 * detected) / valid).toFixed(1)} %`;
  };
  console.log('| file | mutants | killed | timeout | survived | no coverage | ignored | score |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [f, d] of files) {
    const c = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, Ignored: 0 };
    for (const m of d.mutants) if (m.status in c) c[m.status]++;
    for (const k of Object.keys(c)) total[k] += c[k];
    console.log(`| \`${f}\` | ${d.mutants.length} | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Ignored} | ${score(c)} |`);
  }
  const n = Object.values(total).reduce((a, b) => a + b, 0);
  console.log(`| **all** | ${n} | ${total.Killed} | ${total.Timeout} | ${total.Survived} | ${total.NoCoverage} | ${total.Ignored} | **${score(total)}** |`);
}

if (all || flags.has('--ignored')) {
  const groups = new Map();
  for (const [f, d] of files) {
    for (const m of [...d.mutants].sort(byPosition)) {
      if (m.status !== 'Ignored') continue;
      const reason = String(m.statusReason ?? '').replace(/^Ignored because of comment: ?/i, '').trim() || '(no reason given)';
      if (!groups.has(reason)) groups.set(reason, []);
      groups.get(reason).push(`\`${where(f, m)}\` ${m.mutatorName} → \`${short(m.replacement)}\``);
    }
  }
  for (const [reason, items] of groups) {
    console.log(`\n- ${reason} (${items.length}):`);
    for (const i of items) console.log(`  - ${i}`);
  }
}

/**
 * The reason recorded for an equivalent mutant that is left surviving: a comment
 * `// equivalent mutants (Mutator, …): reason` in the block of comment lines right above its
 * line, naming its mutator. (A `// Stryker disable` directive would ignore every mutant of that
 * mutator on the line, killable ones too, so lines that also hold a killable mutant of the same
 * mutator keep their equivalent mutants visible this way.) Undefined when there is none.
 */
const recordedReason = (src, m) => {
  for (let i = m.location.start.line - 2; i >= 0 && /^\s*\/\//.test(src[i]); i--) {
    const e = src[i].match(/^\s*\/\/ equivalent mutants \(([^)]*)\): (.*)$/);
    if (e && e[1].split(/,\s*/).includes(m.mutatorName)) return e[2];
  }
  return undefined;
};

if (all || flags.has('--survivors') || flags.has('--check')) {
  let unexplained = 0;
  const groups = new Map();
  for (const [f, d] of files) {
    const src = d.source.split('\n');
    for (const m of [...d.mutants].sort(byPosition)) {
      if (m.status !== 'Survived' && m.status !== 'NoCoverage') continue;
      const reason = recordedReason(src, m);
      if (reason === undefined) unexplained++;
      const key = reason === undefined ? 'NOT EXPLAINED: no `// equivalent mutants (…)` comment names this mutator' : reason;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(`\`${where(f, m)}\` ${m.status} ${m.mutatorName} → \`${short(m.replacement)}\` in \`${short(src[m.location.start.line - 1].trim(), 90)}\``);
    }
  }
  if (all || flags.has('--survivors')) {
    for (const [reason, items] of groups) {
      console.log(`\n- ${reason} (${items.length}):`);
      for (const i of items) console.log(`  - ${i}`);
    }
  }
  if (flags.has('--check') && unexplained > 0) {
    console.error(`mutation-summary: ${unexplained} surviving mutant(s) neither killed nor explained as equivalent`);
    process.exitCode = 1;
  }
}
