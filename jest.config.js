// Three jest projects; `npx jest` (and `npm test`) runs them all, `npm run test:unit`,
// `test:integration` and `test:browser` one each (`jest --selectProjects NAME`).
//
// Where a new test file lands, without editing this file:
// - src/**/*.test.ts: unit (beside the code; pure and quick: no child process, no webpack build).
// - test/e2e/**/*.test.ts: browser (the task pane in Chromium, Chrome or Edge).
// - every other test/**/*.test.ts: integration (files on disk, the command line, reader processes).
// Exceptions are listed by path below: the test/ files that are unit tests (they start no process,
// build nothing and take about a second or less), and any src/ file that is not.

/** test/ files that belong to the unit project (pure, quick). */
const UNIT_IN_TEST = [
  'test/architecture.test.ts',
  'test/docx.test.ts',
  'test/docxNumbering.test.ts',
  'test/examples.test.ts',
  'test/fixtures.test.ts',
  'test/formulaInjection.test.ts',
  'test/manifest.test.ts',
  'test/oldOffice.test.ts',
  'test/panePlanYear.test.ts',
  'test/readWorkbook.test.ts',
  'test/office/applyEdits.test.ts',
  'test/office/excelFormula.test.ts',
  'test/office/highlight.test.ts',
  'test/office/memoryExcel.test.ts',
  'test/office/officeAddinMock.test.ts',
  'test/office/ownSheets.test.ts',
  'test/office/textStaysText.test.ts',
  'test/office/workbookState.test.ts',
  'test/pane/copyAndDownload.test.ts',
  'test/pane/workerClient.test.ts',
  'test/realworld/tables.test.ts',
  'test/realworld/units-deadlines.test.ts',
  // Left in integration though they start no process: office/readSheet (every example sheet read
  // both ways), office/highlightPlan and office/payload (whole workbooks through the in-memory
  // Excel), realworld/imports (writes and reads Word and PDF files), properties (fast-check over
  // the whole engine): 5 to 12 s each. office/writeOwnSheets and writeFixedCopy run the command
  // line. A listed file that comes to start a process or take seconds leaves this list.
];

/** src/ files that belong to the integration project (none yet). */
const INTEGRATION_IN_SRC = [];

const exact = (paths) => paths.map((path) => `<rootDir>/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const shared = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  moduleNameMapper: { '^office-addin-manifest$': '<rootDir>/test/helpers/officeAppEnum.js' },
  transform: {
    // Type checking is done once by `tsc --noEmit` in `npm test`; jest only transpiles (ts-jest
    // transpiles file by file because tsconfig.json sets isolatedModules).
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false, tsconfig: { jsx: 'react-jsx' } }],
  },
};

/** @type {import('jest').Config} */
module.exports = {
  // `npx jest --coverage`: the engine, the readers and writers and the pane's .tsx alike.
  collectCoverageFrom: ['src/**/*.{ts,tsx}', '!src/**/*.d.ts'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.test.ts', ...UNIT_IN_TEST.map((path) => `<rootDir>/${path}`)],
      testPathIgnorePatterns: ['/node_modules/', ...exact(INTEGRATION_IN_SRC)],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.test.ts', ...INTEGRATION_IN_SRC.map((path) => `<rootDir>/${path}`)],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/', ...exact(UNIT_IN_TEST)],
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      // Finds the browser (or fails under CI=true) and builds the preview once per run.
      globalSetup: '<rootDir>/test/e2e/globalSetup.ts',
      // Prints the one line saying how to run the browser tests when they were skipped.
      globalTeardown: '<rootDir>/test/e2e/globalTeardown.ts',
    },
  ],
};
