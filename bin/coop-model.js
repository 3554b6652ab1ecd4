#!/usr/bin/env node
'use strict';
// The CLI is compiled to dist/ by `npm ci` (the prepare script).
require('../dist/cli/main.js').main(process.argv).then(
  (code) => { process.exitCode = code; },
  () => { process.exitCode = 2; },
);
