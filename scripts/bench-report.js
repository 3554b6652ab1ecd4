'use strict';
// The bench's table: each figure next to its target and a pass/miss mark, printed and written
// to bench/RESULTS.md.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const MARK = { pass: 'pass', miss: 'MISS', info: '', pending: 'pending' };

/** A row: what, for which size, the figure, the target, and the mark (pass, miss, info or pending). */
function row(measure, size, figure, target, status) {
  return { measure, size, figure, target, mark: MARK[status] };
}

const ms = (x) => `${Math.round(x).toLocaleString('en-US')} ms`;
const mib = (bytes) => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (x) => `${x.toFixed(2)}×`;

function markdownTable(rows) {
  const head = '| Measure | Size | Figure | Target | Mark |\n|---|---|---|---|---|';
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  return [head, ...rows.map((r) => `| ${esc(r.measure)} | ${esc(r.size)} | ${esc(r.figure)} | ${esc(r.target)} | ${r.mark} |`)].join('\n');
}

/** Prints the table and writes bench/RESULTS.md; returns the Markdown. */
function report(rows, context) {
  console.log('');
  console.table(rows);
  const m = context.machine;
  const md = [
    '# Benchmark results (`npm run bench`)',
    '',
    `Run ${context.date} on ${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, Node ${m.node}; load average at the end ${m.load};`,
    `commit ${m.commit}${m.localChanges ? ` with ${m.localChanges} changed files in the tree` : ''}. ${context.runs} timed runs per figure (median) unless stated.`,
    '',
    markdownTable(rows),
    '',
    ...context.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
  const dir = join(__dirname, '..', 'bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'RESULTS.md'), md);
  console.log(`\nWritten: bench/RESULTS.md`);
  return md;
}

module.exports = { row, report, ms, mib, kb, ratio };
