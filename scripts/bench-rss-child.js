'use strict';
// Child process of the memory check: runs `coop-model build <input> -o <output>` on the
// compiled CLI in a fresh Node process and prints its peak resident set size (maxRSS) as JSON.
const { performance } = require('node:perf_hooks');
const { main } = require('../dist/cli/main.js');

const [input, output] = process.argv.slice(2);
const start = performance.now();
const silent = { stdout: () => undefined, stderr: () => undefined };
main(['node', 'coop-model', 'build', input, '-o', output], silent).then(
  (code) => {
    const ms = performance.now() - start;
    process.stdout.write(`${JSON.stringify({ code, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
  },
  (error) => {
    process.stdout.write(`${JSON.stringify({ code: 2, error: String(error), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
  },
);
