// ESLint over all of src: the layers of docs/architecture.md ("Layers"), as one import rule per
// folder, and eslint-plugin-office-addins' Office.js rules (load before read, sync before read, no
// sync in loops, null-object checks) over the only code that touches Excel, src/office.
// The engine's purity is also a compiler check: tsconfig.core.json has no DOM, Node or Office types.
const { builtinModules } = require('node:module');
const path = require('node:path');
const officeAddins = require('eslint-plugin-office-addins');
const tseslint = require('typescript-eslint');

const SRC = path.join(__dirname, 'src');

/**
 * The src/io modules that import no Node built-in and use no Node global, so the pane and its Web
 * Worker can run them; the only src/io modules the pane may import, and (as a group) import only
 * each other and core. Every other io module may use Node.
 */
const BROWSER_IO = ['docx', 'docxNumbering', 'pdfText', 'readerMessages', 'readFailures', 'workbookBytes', 'writeReportDocx', 'writeTemplate', 'xml', 'zipDirectory', 'zipFiles'];

/** What each folder of src may import: folders of src, packages, Node built-ins. */
const LAYERS = {
  core: { folders: ['core'], packages: ['date-fns', '@date-fns/utc', 'zod'] },
  io: { folders: ['core', 'io'], node: true },
  browserIo: { folders: ['core', 'io'], browserIoOnly: true },
  cli: { folders: ['core', 'io', 'cli'], node: true },
  office: { folders: ['core', 'office'], forbiddenPackages: ['react', 'react-dom', '@fluentui'] },
  taskpane: { folders: ['core', 'io', 'office', 'taskpane'], browserIoOnly: true },
  commands: { folders: ['core', 'io', 'office', 'commands'], browserIoOnly: true },
};

/** Node's globals, for code that runs in the browser (the type checks of office and the pane see Node's types). */
const NODE_GLOBALS = ['Buffer', 'process', 'global', 'require', 'module', 'exports', '__dirname', '__filename', 'setImmediate'].map((name) => ({
  name,
  message: 'Node global in code that runs in the browser (docs/architecture.md, "Layers").',
}));

const NODE_BUILTINS = new Set(builtinModules);
const isNodeBuiltin = (specifier) => specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]);
const packageName = (specifier) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** layers/imports: every import, export-from, import(), require() and import('…') type of a file checked against its folder's row of LAYERS. */
const importsRule = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', additionalProperties: true }],
    docs: { description: 'What each folder of src may import (docs/architecture.md, "Layers")' },
  },
  create(context) {
    const layer = context.options[0];
    const file = path.relative(__dirname, context.filename).split(path.sep).join('/');
    const report = (node, why) => context.report({ node, message: `${file} may not import ${why} (docs/architecture.md, "Layers").` });
    const check = (node) => {
      if (!node) return;
      const specifier = node.type === 'Literal' ? node.value : node.type === 'TemplateLiteral' && node.expressions.length === 0 ? node.quasis[0].value.cooked : null;
      if (typeof specifier !== 'string') return report(node, 'a module named at run time');
      if (specifier.startsWith('.')) {
        const target = path.relative(SRC, path.resolve(path.dirname(context.filename), specifier)).split(path.sep);
        if (target[0] === '..') return report(node, `'${specifier}', outside src`);
        if (!layer.folders.includes(target[0])) return report(node, `src/${target[0]} ('${specifier}')`);
        if (target[0] === 'io' && layer.browserIoOnly && !BROWSER_IO.includes((target[1] ?? '').replace(/\.[cm]?[jt]sx?$/, ''))) {
          return report(node, `src/io/${target[1] ?? ''}, which may use Node: only the io modules listed in BROWSER_IO (eslint.config.js)`);
        }
        return;
      }
      if (isNodeBuiltin(specifier)) return layer.node ? undefined : report(node, `the Node built-in '${specifier}'`);
      const name = packageName(specifier);
      if (layer.packages && !layer.packages.includes(name)) return report(node, `the package '${name}': only ${layer.packages.join(', ')}`);
      if (layer.forbiddenPackages && layer.forbiddenPackages.some((p) => name === p || name.startsWith(`${p}/`))) return report(node, `the package '${name}'`);
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument.type === 'TSLiteralType' ? node.argument.literal : node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => node.callee.type === 'Identifier' && node.callee.name === 'require' && check(node.arguments[0]),
    };
  },
};

/** Text chosen by language outside the catalogues: a { vi, en } object, or a branch on `lang` that holds words. */
const LANGUAGE = '/^(vi|en)$/';
const ON_LANGUAGE = `:matches([test.right.value=${LANGUAGE}], [test.left.value=${LANGUAGE}])`;
const WORDS = ':matches(Literal[value=/[A-Za-zÀ-ỹ]{2}/]:not([value=/^(vi|en)$/]), TemplateElement[value.raw=/[A-Za-zÀ-ỹ]{2}/])';
const CATALOGUE = "put each language's text in its catalogue (src/core/i18n/vi, src/core/i18n/en) and read it from TEXT[lang]";
const TEXT_BY_LANGUAGE = [
  {
    selector: `ObjectExpression:has(> Property:matches([key.name='vi'], [key.value='vi'])):has(> Property:matches([key.name='en'], [key.value='en']))`,
    message: `Text in two languages side by side: ${CATALOGUE}.`,
  },
  ...['ConditionalExpression', 'IfStatement'].flatMap((node) => [
    { selector: `${node}${ON_LANGUAGE} > ${WORDS}.consequent, ${node}${ON_LANGUAGE} > ${WORDS}.alternate`, message: `Text chosen by language in code: ${CATALOGUE}.` },
    { selector: `${node}${ON_LANGUAGE} > .consequent ${WORDS}, ${node}${ON_LANGUAGE} > .alternate ${WORDS}`, message: `Text chosen by language in code: ${CATALOGUE}.` },
  ]),
  { selector: `SwitchStatement[discriminant.name='lang'] > SwitchCase ${WORDS}`, message: `Text chosen by language in code: ${CATALOGUE}.` },
];

const browserIoFiles = BROWSER_IO.map((name) => `src/io/${name}.ts`);
const layer = (files, rules, ignores = []) => ({ files, ignores: ['src/**/*.test.{ts,tsx}', ...ignores], rules });

module.exports = [
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { layers: { rules: { imports: importsRule } } },
  },
  layer(['src/core/**/*.{ts,tsx}'], { 'layers/imports': ['error', LAYERS.core] }),
  layer(['src/io/**/*.{ts,tsx}'], { 'layers/imports': ['error', LAYERS.io] }, browserIoFiles),
  layer(browserIoFiles, { 'layers/imports': ['error', LAYERS.browserIo], 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['src/cli/**/*.{ts,tsx}'], { 'layers/imports': ['error', LAYERS.cli] }),
  layer(['src/office/**/*.{ts,tsx}'], { 'layers/imports': ['error', LAYERS.office], 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['src/taskpane/**/*.{ts,tsx}'], { 'layers/imports': ['error', LAYERS.taskpane], 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  layer(['src/commands/**/*.{ts,tsx}'], { 'layers/imports': ['error', LAYERS.commands], 'no-restricted-globals': ['error', ...NODE_GLOBALS] }),
  {
    // One catalogue per language (src/core/i18n/vi, src/core/i18n/en): text is not chosen by language
    // anywhere else. A deadline family's form stays in its family's file (src/core/i18n/index.ts).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/core/i18n/**'],
    rules: { 'no-restricted-syntax': ['error', ...TEXT_BY_LANGUAGE] },
  },
  {
    files: ['src/core/deadline/parsers/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', ...TEXT_BY_LANGUAGE.map((rule) => ({ ...rule, selector: `${rule.selector}:not(Property[key.name='form'] > *)` }))] },
  },
  {
    files: ['src/office/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error'])),
  },
];
