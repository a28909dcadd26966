// Builds the browser preview (dist-preview/) as `webpack --env preview --mode production` does,
// through webpack's API, and prints the files the bundle was made from and the paths its imports
// looked for in vain (test/e2e/globalSetup.ts keeps them to know when the build is still up to
// date). Run by globalSetup in its own process, so jest's process never holds webpack.
const { join } = require('node:path');
const webpack = require('webpack');

const ROOT = join(__dirname, '..', '..');
const config = require(join(ROOT, 'webpack.config.js'))({ preview: true }, { mode: 'production' });
const compiler = webpack({ context: ROOT, ...config });

compiler.run((error, stats) => {
  compiler.close(() => undefined);
  if (error || !stats || stats.hasErrors()) {
    process.stderr.write(`${error ? error.stack : stats ? stats.toString('errors-only') : 'no stats'}\n`);
    process.exitCode = 1;
    return;
  }
  const ours = (paths) => [...paths].filter((path) => path.startsWith(`${ROOT}/`) && !path.includes('node_modules'));
  process.stdout.write(JSON.stringify({ files: ours(stats.compilation.fileDependencies), missing: ours(stats.compilation.missingDependencies) }));
});
