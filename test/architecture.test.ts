/**
 * The layers of docs/architecture.md are enforced by the compiler and the linter that `npm test`
 * runs, not by reading sources here: tsconfig.core.json type-checks src/core with no DOM, Node or
 * Office types, and eslint.config.js's `layers/imports` rule says what each folder of src may import
 * (static, dynamic and type imports alike, whatever the quotes). This file checks that both guards
 * are in place and that the rule bites, by linting one import as if it were in a folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';

const ROOT = join(__dirname, '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

describe('the guards', () => {
  it('type-checks src/core without DOM, Node or Office types', () => {
    const core = json('tsconfig.core.json');
    expect(core.compilerOptions.lib).toEqual(['ES2022']);
    expect(core.compilerOptions.types).toEqual([]);
    expect(core.include).toEqual(['src/core']);
  });

  it('runs the core type check and the linter over all of src in npm test', () => {
    const { scripts } = json('package.json');
    expect(scripts.test).toContain('tsc --noEmit -p tsconfig.core.json');
    expect(scripts.lint).toBe('eslint src');
    expect(scripts.test).toContain('npm run lint');
  });
});

/** [where the import is, the code, whether the layer allows it] */
const CASES: [string, string, boolean][] = [
  ['src/core/x.ts', `import { readFileSync } from "node:fs";`, false],
  ['src/core/x.ts', `const fs = require('fs');`, false],
  ['src/core/x.ts', `import React from 'react';`, false],
  ['src/core/x.ts', `import * as XLSX from '@e965/xlsx';`, false],
  ['src/core/x.ts', `export * from '../io/readWorkbook';`, false],
  ['src/core/x.ts', `export const host = import('../office/host');`, false],
  ['src/core/x.ts', `export type Pool = typeof import('../io/readerPool');`, false],
  ['src/core/consolidate/x.ts', `import { columnLetter } from '../../io/xmlSheet';`, false],
  ['src/core/consolidate/x.ts', `import { a1 } from '../grid';`, true],
  ['src/core/x.ts', `import { format } from 'date-fns/format'; import { UTCDate } from '@date-fns/utc'; import { z } from 'zod';`, true],
  ['src/office/x.ts', `import { useState } from 'react';`, false],
  ['src/office/x.ts', `import { Button } from '@fluentui/react-components';`, false],
  ['src/office/x.ts', `import { App } from '../taskpane/App';`, false],
  ['src/office/x.ts', `import { readFileSync } from 'fs';`, false],
  ['src/office/x.ts', `export const bytes = Buffer.from('x');`, false],
  ['src/office/x.ts', `import { a1 } from '../core/grid'; import { z } from 'zod';`, true],
  ['src/taskpane/x.tsx', `import { join } from 'node:path';`, false],
  ['src/taskpane/x.tsx', `import { tmpdir } from 'os';`, false],
  ['src/taskpane/x.tsx', `import { fork } from 'child_process';`, false],
  ['src/taskpane/worker/x.ts', `import { Worker } from "worker_threads";`, false],
  ['src/taskpane/x.tsx', `import { main } from '../cli/main';`, false],
  ['src/taskpane/x.tsx', `import { readWorkbook } from '../io/readWorkbook';`, false],
  ['src/taskpane/x.tsx', `export const writer = import('../io/writeSummary');`, false],
  ['src/taskpane/x.tsx', `export const bytes = Buffer.alloc(1);`, false],
  ['src/taskpane/worker/x.ts', `import { readWorkbookBytes } from '../../io/workbookBytes'; export const t = import('../../io/writeTemplate');`, true],
  ['src/taskpane/x.tsx', `import { useState } from 'react'; import { readSheet } from '../office/readSheet'; export const x = <b />;`, true],
  ['src/commands/x.ts', `import { App } from '../taskpane/App';`, false],
  ['src/io/workbookBytes.ts', `import { inflateRawSync } from 'node:zlib';`, false],
  ['src/io/workbookBytes.ts', `import { readWorkbook } from './readWorkbook';`, false],
  ['src/io/workbookBytes.ts', `export const bytes = Buffer.from('x');`, false],
  ['src/io/workbookBytes.ts', `import { checkZip } from './zipDirectory'; import { a1 } from '../core/grid';`, true],
  ['src/io/readWorkbook.ts', `import { inflateRawSync } from 'node:zlib'; export const bytes = Buffer.from('x');`, true],
  ['src/io/readWorkbook.ts', `import { host } from '../office/host';`, false],
  ['src/cli/x.ts', `import { App } from '../taskpane/App';`, false],
  ['src/cli/x.ts', `import { readFileSync } from 'node:fs'; import { startReaders } from '../io/readerPool';`, true],
];

describe('eslint.config.js', () => {
  const linter = new Linter({ cwd: ROOT });
  // The config as ESLint loads it (CommonJS); Linter takes it as is, with no config file lookup.
  const config = require(join(ROOT, 'eslint.config.js')) as Linter.Config[];

  it.each(CASES)('%s: %s (allowed: %s)', (file, code, allowed) => {
    const messages = linter.verify(code, config, { filename: join(ROOT, file) }).map((m) => `${m.ruleId}: ${m.message}`);
    expect(messages.filter((m) => !/^(layers\/imports|no-restricted-globals):/.test(m))).toEqual([]);
    if (allowed) expect(messages).toEqual([]);
    else expect(messages).toHaveLength(1);
  });
});

/** [where the code is, the code, whether it may choose text by language there] */
const TEXT_CASES: [string, string, boolean][] = [
  ['src/core/x.ts', `export const done = { vi: 'Đã xong', en: 'Done' };`, false],
  ['src/cli/x.ts', `export const say = (lang: string) => (lang === 'en' ? 'Wrote' : 'Đã ghi');`, false],
  ['src/taskpane/x.tsx', `export const say = (lang: string) => (lang === 'vi' ? \`Đã ghi \${1}\` : 'Wrote');`, false],
  ['src/core/x.ts', `export const done = { 'vi': 'Đã xong', 'en': 'Done' };`, false],
  ['src/cli/x.ts', `export const say = (lang: string) => ('en' === lang ? 'Wrote' : 'Đã ghi');`, false],
  ['src/cli/x.ts', `export const say = (lang: string, n: number) => (lang === 'en' ? String(n) + ' files' : String(n) + ' tệp');`, false],
  ['src/cli/x.ts', `export function more(lang: string) { if (lang === 'vi') return 'và còn nữa'; return 'and more'; }`, false],
  ['src/cli/x.ts', `export function more(lang: string) { switch (lang) { case 'en': return 'and more'; default: return 'và còn nữa'; } }`, false],
  ['src/core/deadline/parsers/x.ts', `export const day = { pattern: /x/, message: { vi: 'ngày', en: 'a day' } };`, false],
  ['src/cli/x.ts', `export function languageOf(value: string) { if (value === 'en') return 'en'; return 'vi'; }`, true],
  ['src/core/consolidate/x.ts', `import { TEXT } from '../i18n'; export const say = (lang: 'vi' | 'en') => TEXT[lang].states.overdue;`, true],
  ['src/cli/x.ts', `export const locale = (lang: string) => (lang === 'en' ? EN_LOCALE : VI_LOCALE);`, true],
  ['src/core/i18n/vi/x.ts', `export const x = { vi: 'vi-VN', en: 'en-GB' };`, true],
  ['src/core/deadline/parsers/x.ts', `export const day = { pattern: /x/, form: { vi: 'ngày dd/mm/yyyy', en: 'dd/mm/yyyy day' } };`, true],
];

describe('one catalogue per language (src/core/i18n)', () => {
  const linter = new Linter({ cwd: ROOT });
  const config = require(join(ROOT, 'eslint.config.js')) as Linter.Config[];

  it.each(TEXT_CASES)('%s: %s (allowed: %s)', (file, code, allowed) => {
    const messages = linter.verify(code, config, { filename: join(ROOT, file) }).map((m) => `${m.ruleId}: ${m.message}`);
    // A branch holding several words is reported once per word.
    expect(messages.filter((m) => m.startsWith('no-restricted-syntax:')).length > 0).toBe(!allowed);
  });
});
