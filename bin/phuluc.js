#!/usr/bin/env node
'use strict';
// The compiled command line (dist/ is built by `npm ci` / `npm install` through the prepare script).
let cli;
try {
  cli = require('../dist/cli/main.js');
} catch {
  process.stderr.write('phuluc: run `npm run build:cli` first (dist/ is missing)\n');
  process.exit(2);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
