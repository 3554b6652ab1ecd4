'use strict';
// The machine and the tree a bench ran on, for bench/RESULTS.md and the README.
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const os = require('node:os');

function cpuModel() {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1].trim();
  } catch {
    // not Linux: fall back on Node's view
  }
  return os.cpus()[0]?.model ?? 'unknown CPU';
}

function git(args) {
  try {
    return execFileSync('git', args, { cwd: `${__dirname}/..`, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** CPU model, cores, RAM, Node version, load average, commit and whether the tree had local changes. */
function machine() {
  const changes = git(['status', '--porcelain']);
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(1)).join(' '),
    commit: git(['rev-parse', '--short', 'HEAD']) ?? 'unknown',
    localChanges: changes === null ? null : changes.split('\n').filter(Boolean).length,
  };
}

module.exports = { machine };
