// ESLint runs eslint-plugin-office-addins' Office.js rules (load before read, sync before read, no
// sync in loops, null-object checks) over the only code that touches Excel: src/office.
const officeAddins = require('eslint-plugin-office-addins');
const tseslint = require('typescript-eslint');

module.exports = [
  {
    files: ['src/office/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'office-addins': officeAddins },
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error'])),
  },
];
