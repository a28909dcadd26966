// Builds the add-in (dist-addin/: task pane, ribbon function file, manifest, icons) and, with
// --env preview, the browser preview (dist-preview/), whose in-memory Excel never enters the add-in.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where the add-in is hosted: the one setting to change for production (default: the dev server). */
const DEFAULT_URL = 'https://localhost:3000/';

/** The certificates `npx office-addin-dev-certs install` makes, which Office trusts for localhost. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const file = (name) => path.join(dir, name);
  return fs.existsSync(file('localhost.crt'))
    ? { key: fs.readFileSync(file('localhost.key')), cert: fs.readFileSync(file('localhost.crt')), ca: fs.readFileSync(file('ca.crt')) }
    : undefined;
}

module.exports = (env = {}, argv = {}) => {
  const preview = Boolean(env.preview);
  const url = (process.env.PHULUC_URL || DEFAULT_URL).replace(/\/?$/, '/');
  return {
    mode: argv.mode || 'production',
    devtool: false,
    entry: preview
      ? { preview: './test/preview/previewOffice.tsx', taskpane: './src/taskpane/index.tsx' }
      : { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' },
    output: {
      path: path.resolve(__dirname, preview ? 'dist-preview' : 'dist-addin'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { configFile: 'tsconfig.pane.json', transpileOnly: true } }],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: preview ? 'index.html' : 'taskpane.html',
        template: 'src/taskpane/taskpane.html',
        chunks: preview ? ['preview', 'taskpane'] : ['taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { preview },
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Shown instead of a blank pane by Office versions whose webview cannot run the bundle.
          { from: 'src/taskpane/static/old-office.js', to: 'old-office.js' },
          ...(preview
            ? []
            : [
                { from: 'assets', to: 'assets' },
                { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().replaceAll(DEFAULT_URL, url) },
              ]),
        ],
      }),
      ...(preview ? [] : [new HtmlWebpackPlugin({ filename: 'commands.html', template: 'src/commands/commands.html', chunks: ['commands'] })]),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: devCertificates() },
    },
  };
};
