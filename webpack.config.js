// Builds the add-in (dist-addin/: task pane, ribbon function file, manifest, icons) and, with
// --env preview, the browser preview (dist-preview/), whose in-memory Excel never enters the add-in.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** Where the add-in is hosted: the one setting to change for production (default: the dev server). */
const DEFAULT_URL = 'https://localhost:3000/';

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
      ...(preview
        ? []
        : [
            new HtmlWebpackPlugin({ filename: 'commands.html', template: 'src/commands/commands.html', chunks: ['commands'] }),
            new CopyWebpackPlugin({
              patterns: [
                { from: 'assets', to: 'assets' },
                { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().replaceAll(DEFAULT_URL, url) },
              ],
            }),
          ]),
    ],
    performance: { hints: false },
  };
};
