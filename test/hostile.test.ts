/**
 * Hostile and broken workbooks (scripts/build-hostile.ts, written to test/fixtures/hostile/): each
 * is refused with its reason or read as it should be, nothing hangs, nothing leaks into
 * Object.prototype, and a consolidation over all of them still writes its output.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHostile, HOSTILE, HOSTILE_DIR } from '../scripts/build-hostile';
import { main } from '../src/cli/main';
import { TEXT } from '../src/core/i18n';
import { cellText } from '../src/core/grid';
import { type ReadFailure, WorkbookReadError } from '../src/io/readFailures';
import { readPlanFile } from '../src/io/readPlan';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { readWorkbookBytes } from '../src/io/workbookBytes';
import { AS_OF, MASTER } from './helpers/unitFiles';

/** Every own property of Object.prototype with its value: what pollution would change. */
function prototypeSnapshot(): [string, unknown][] {
  return Reflect.ownKeys(Object.prototype).map((key) => [String(key), Object.getOwnPropertyDescriptor(Object.prototype, key)?.value]);
}

function outcome(read: () => unknown): string {
  try {
    read();
    return 'read';
  } catch (error) {
    if (error instanceof WorkbookReadError) return error.reason;
    throw error;
  }
}

describe('hostile workbooks', () => {
  const before = prototypeSnapshot();
  const temp = mkdtempSync(join(tmpdir(), 'phuluc-hostile-'));
  beforeAll(() => buildHostile());
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it.each(Object.entries(HOSTILE).map(([name, { expect: reason }]) => [name, reason]))('%s: %s', (name, reason) => {
    const started = performance.now();
    expect(outcome(() => readWorkbookFile(join(HOSTILE_DIR, name)))).toBe(reason);
    expect(performance.now() - started).toBeLessThan(5_000); // refused before parsing, or read at once
  });

  it('gives the same answers through the pane’s reader, which cannot inflate to check sizes (the Web Worker’s timeout covers a lying zip there)', () => {
    for (const [name, { expect: reason }] of Object.entries(HOSTILE)) {
      if (name === 'lying-zip.xlsx') continue;
      expect([name, outcome(() => readWorkbookBytes(readFileSync(join(HOSTILE_DIR, name)), name))]).toEqual([name, reason]);
    }
  });

  it('guards a plan’s Word document (the import) with the same zip checks', () => {
    for (const name of ['zip-bomb.xlsx', 'lying-zip.xlsx', 'many-entries.xlsx', 'truncated.xlsx']) {
      const docx = join(temp, name.replace(/\.xlsx$/, '.docx'));
      copyFileSync(join(HOSTILE_DIR, name), docx);
      expect([name, outcome(() => readPlanFile(docx, AS_OF))]).toEqual([name, HOSTILE[name]!.expect]);
    }
  });

  it('neither resolves external entities nor expands nested ones', () => {
    const xxe = readWorkbookFile(join(HOSTILE_DIR, 'xxe.xlsx')).sheets[0]!;
    expect(cellText(xxe.rows[0]![0])).toBe('STT&xxe;');
    const laughs = readWorkbookFile(join(HOSTILE_DIR, 'billion-laughs.xlsx')).sheets[0]!;
    expect(cellText(laughs.rows[0]![0])).toBe('STT&lol9;');
  });

  it('reads namespace-prefixed SpreadsheetML (<x:workbook>) like any workbook, and finds its table', async () => {
    let out = '';
    const code = await main(['check', join(HOSTILE_DIR, 'prefixed.xlsx'), '--as-of', AS_OF, '--json'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const report = JSON.parse(out) as { tables: { sheet: string; tasks: { lead: string[] }[] }[] };
    expect(report.tables.map((t) => [t.sheet, t.tasks.length])).toEqual([['Phụ lục', 3]]);
  });

  it('keeps sheets, headers and units named __proto__ or constructor as plain names', async () => {
    const workbook = readWorkbookFile(join(HOSTILE_DIR, 'proto-names.xlsx'));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['__proto__', 'constructor']);
    let out = '';
    await main(['check', join(HOSTILE_DIR, 'proto-names.xlsx'), '--as-of', AS_OF, '--json'], { out: (t) => (out += t), err: () => {} });
    type Named = { name: string }[];
    const report = JSON.parse(out) as { tables: { sheet: string; tasks: { task: string; lead: Named; support: Named }[] }[] };
    const [table] = report.tables;
    expect(table!.sheet).toBe('constructor');
    const last = table!.tasks.at(-1)!;
    expect([last.task, last.lead.map((u) => u.name), last.support.map((u) => u.name)]).toEqual(['constructor', ['__proto__'], ['constructor', 'hasOwnProperty']]);
  });

  it('consolidates past every hostile file: each is listed with its reason and the output is written', async () => {
    const output = join(temp, 'tong-hop.xlsx');
    let out = '';
    const code = await main(['consolidate', HOSTILE_DIR, '--master', MASTER, '-o', output, '--as-of', AS_OF, '--json'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const json = JSON.parse(out) as { sources: { file: string; error: string | null }[] };
    const errors = Object.fromEntries(json.sources.map((s) => [s.file.split('/').pop(), s.error]));
    // A file that was read is counted, or listed as no unit's report (it has no report column); never as unreadable.
    const readable = [null, TEXT.vi.consolidation.sourceWords.noReportColumns];
    for (const [name, { expect: reason }] of Object.entries(HOSTILE)) {
      if (reason === 'read') expect([name, readable]).toEqual([name, expect.arrayContaining([errors[name]])]);
      else expect([name, errors[name]]).toEqual([name, TEXT.vi.reading.failures[reason as ReadFailure]]);
    }
    const written = readWorkbookFile(output);
    const text = written.sheets.flatMap((s) => s.rows.flatMap((r) => r.map(cellText))).join('\n');
    expect(text).not.toMatch(/root:.*:0:0/); // nothing of /etc/passwd
  }, 60_000);

  it('leaves Object.prototype untouched after reading every hostile file', () => {
    expect(prototypeSnapshot()).toEqual(before);
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});
