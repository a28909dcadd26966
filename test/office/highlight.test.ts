/** Highlighting overdue rows through the Office adapter: the add-in's rules and sheet only, in few syncs. */
import { join } from 'node:path';
import { addDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';
import { isoToExcelSerial } from '../../src/core/calendar';
import type { Grid } from '../../src/core/grid';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import type { AppendixTable } from '../../src/core/table';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { applyHighlight, clearHighlight } from '../../src/office/highlight';
import { HELPER_SHEET, keyFormula, planHighlight } from '../../src/office/highlightPlan';
import { gridOf, type Value } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';
import { ruleFills } from './highlightColours';

const grid = readWorkbookFile(join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx')).sheets[0]!;
const table = recogniseWorkbook({ sheets: [grid] }, { asOf: '2025-11-14' })[0]!;
const plan = planHighlight(table, grid, { asOf: null, dueSoonDays: 7 });

const RED = '#FFC7CE';
const AMBER = '#FFEB9C';
const GREEN = '#C6EFCE';

/** A copy of a sheet the test may sort and insert rows into. */
const copyOf = (sheet: Grid, name = sheet.name): Grid => ({
  ...sheet,
  name,
  rows: sheet.rows.map((row) => [...(row ?? [])]),
  merges: [...sheet.merges],
  hiddenRows: new Set(sheet.hiddenRows),
});

/** The colour (first rule that applies) of every row of `sheet`, 0-based, as Excel would draw it on `today`. */
function colours(context: MemoryContext, sheet: string, today = '2025-11-14'): Map<number, string> {
  return new Map([...ruleFills(context, sheet, { today })].map(([row, fills]) => [row, fills[0]!]));
}

/** The colour of every row by what the row holds (a sorted row keeps its cells): row content → colour or "". */
function coloursByRow(context: MemoryContext, sheet: string, from: number, to: number, today?: string): Map<string, string> {
  const drawn = colours(context, sheet, today);
  const rows = context.gridOf(sheet).rows;
  const byRow = new Map<string, string>();
  for (let row = from; row <= to; row++) if (rows[row]?.some(Boolean)) byRow.set(JSON.stringify(rows[row]), drawn.get(row) ?? '');
  return byRow;
}

/** The colour the engine gives a task at `asOf` with `days` of warning: done green, overdue red, due soon amber. */
function engineColour(task: AppendixTable['tasks'][number], asOf: string, days = 7): string {
  if (task.status.done) return GREEN;
  const due = task.deadline.due;
  if (!due) return '';
  if (due < asOf) return RED;
  return due <= addDays(new UTCDate(asOf), days).toISOString().slice(0, 10) ? AMBER : '';
}

/** Excel inserting an empty row at `at` (0-based) on `sheet`: cells below move down, and so do the rules' ranges and their references to that sheet's rows. */
function insertRow(context: MemoryContext, sheet: string, at: number): void {
  context.gridOf(sheet).rows.splice(at, 0, []);
  const moved = (row: number) => (row - 1 >= at ? row + 1 : row);
  for (const format of context.formats.filter((f) => f.sheet === sheet)) {
    format.range = format.range.replace(/(\$?[A-Z]{1,3})(\$?)(\d+)/g, (_all, col: string, fixed: string, row: string) => `${col}${fixed}${moved(Number(row))}`);
    // References without a sheet name are to this sheet (the helper's carry theirs); text literals are left alone.
    format.formula = format.formula
      .split('"')
      .map((part, i) =>
        i % 2 ? part : part.replace(/(?<![!:$\w])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (_all, col: string, fixed: string, row: string) => `${col}${fixed}${moved(Number(row))}`),
      )
      .join('"');
  }
}

describe('applyHighlight', () => {
  it('writes the keys (as text) and due days to a very hidden sheet and three rules on the table', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    expect(context.sheets.get(HELPER_SHEET)).toMatchObject({ visibility: 'VeryHidden' });
    expect(context.sheets.get(HELPER_SHEET)!.values.get(plan.helperRange)).toEqual(plan.helperValues[1900]);
    expect(context.sheets.get(HELPER_SHEET)!.numberFormats.get(plan.keyRange)).toEqual(plan.helperValues[1900].map(() => ['@']));
    expect(context.formats.map((f) => [f.range, f.type, f.formula, f.fill])).toEqual(plan.rules.map((r) => [plan.range, 'Custom', r.formula, r.fill]));
    expect(context.syncs).toBe(3); // find the old rules, read their formulas, then clear and draw in one request
  });

  it('replaces its earlier highlight instead of stacking rules', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    await applyHighlight(asExcelContext(context), grid.name, planHighlight(table, grid, { asOf: '2025-11-14', dueSoonDays: 3 }));
    expect(context.formats).toHaveLength(3);
    expect(context.formats[0]!.formula).toContain('DATE(2025,11,14)');
  });

  it.each([10, 5000])('keeps to three syncs for %d rows', async (count) => {
    const rows = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng']];
    for (let i = 1; i <= count; i++) rows.push([String(i), `Rà soát thủ tục ${i}`, 'Sở Tư pháp', 'Tháng 9/2025', i % 2 ? 'Đã hoàn thành' : 'Đang thực hiện']);
    const big = gridOf(rows);
    const context = new MemoryContext(big);
    const bigPlan = planHighlight(recogniseWorkbook({ sheets: [big] }, { asOf: '2025-11-14' })[0]!, big, { asOf: null, dueSoonDays: 7 });
    await applyHighlight(asExcelContext(context), big.name, bigPlan);
    expect(context.syncs).toBe(3);
    // One deadline, so one key, however many rows.
    expect(context.sheets.get(HELPER_SHEET)!.values.get(bigPlan.helperRange)).toEqual([['Tháng 9/2025', isoToExcelSerial('2025-09-30')]]);
    const drawn = ruleFills(context, big.name, { today: '2025-11-14', lastRow: 20 });
    expect([drawn.get(1), drawn.get(2)]).toEqual([[GREEN], [RED]]);
  });
});

describe('clearHighlight', () => {
  it("removes only the add-in's rules and sheet, not the user's own rule", async () => {
    const context = new MemoryContext(grid);
    context.formats.push({ sheet: grid.name, range: 'E6:E69', type: 'Custom', formula: '=$E6=""', fill: '#DDDDDD' });
    context.formats.push({ sheet: grid.name, range: 'A1:A5', type: 'DataBar', formula: '' });
    await applyHighlight(asExcelContext(context), grid.name, plan);
    const before = context.syncs;
    expect(await clearHighlight(asExcelContext(context), grid.name)).toBe(3);
    expect(context.syncs - before).toBe(3);
    expect(context.formats.map((f) => f.formula)).toEqual(['=$E6=""', '']);
    expect(context.sheets.has(HELPER_SHEET)).toBe(false);
  });

  it('does nothing on a sheet that was never highlighted, and works on the active sheet by default', async () => {
    const context = new MemoryContext(grid);
    expect(await clearHighlight(asExcelContext(context))).toBe(0);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    expect(await clearHighlight(asExcelContext(context))).toBe(3);
  });
});

describe('the highlight in a stricter Excel (issue 15)', () => {
  it('runs twice and clears: the very hidden helper is made hidden before it is deleted (Excel refuses otherwise)', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    expect(context.sheets.get(HELPER_SHEET)).toMatchObject({ visibility: 'VeryHidden' });
    expect(await clearHighlight(asExcelContext(context), grid.name)).toBe(3);
    expect(context.formats).toEqual([]);
    expect([...context.sheets.keys()]).toEqual([]);
  });

  it('the fake refuses to delete a very hidden sheet, as Excel does', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    const worksheets = (context.workbook as { worksheets: { getItem(name: string): { delete(): void } } }).worksheets;
    worksheets.getItem(HELPER_SHEET).delete();
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(context.sheets.has(HELPER_SHEET)).toBe(true);
  });

  it('gives each highlighted sheet its own helper, so highlighting a second sheet leaves the first one’s rules working', async () => {
    const context = new MemoryContext(grid);
    const second = context.addUserSheet({ ...gridOf([]), name: 'Phụ lục II', rows: grid.rows.map((row) => [...(row ?? [])]) });
    await applyHighlight(asExcelContext(context), grid.name, plan);
    await applyHighlight(asExcelContext(context), second.name, plan);
    await applyHighlight(asExcelContext(context), second.name, plan); // a re-run keeps the second sheet's helper apart
    expect([...context.sheets.keys()].sort()).toEqual([HELPER_SHEET, `${HELPER_SHEET}_2`]);
    const formulas = (sheet: string) => context.formats.filter((f) => f.sheet === sheet).map((f) => f.formula);
    expect(formulas(grid.name)).toEqual(plan.rules.map((r) => r.formula));
    expect(formulas(second.name)).toEqual(plan.rules.map((r) => r.formula.split(`${HELPER_SHEET}!`).join(`${HELPER_SHEET}_2!`)));
    expect(context.formats.some((f) => f.formula.includes('#REF!'))).toBe(false);

    expect(await clearHighlight(asExcelContext(context), grid.name)).toBe(3);
    expect([...context.sheets.keys()]).toEqual([`${HELPER_SHEET}_2`]);
    expect(formulas(second.name)).toHaveLength(3);
    expect(context.formats.some((f) => f.formula.includes('#REF!'))).toBe(false);
  });

  it('clears the rules an earlier version left reading a deleted helper (#REF!)', async () => {
    const context = new MemoryContext(grid);
    context.formats.push({ sheet: grid.name, range: plan.range, type: 'Custom', formula: '=AND(ISNUMBER(#REF!),#REF!<TODAY(),NOT(FALSE))', fill: '#FFC7CE' });
    context.formats.push({ sheet: grid.name, range: 'E6:E69', type: 'Custom', formula: '=ISNUMBER(#REF!)', fill: '#DDDDDD' });
    expect(await clearHighlight(asExcelContext(context), grid.name)).toBe(1);
    expect(context.formats.map((f) => f.formula)).toEqual(['=ISNUMBER(#REF!)']);
  });

  it('clears its keyed rules when their helper sheet is gone (#REF!), and only them', async () => {
    const context = new MemoryContext(grid);
    context.formats.push({ sheet: grid.name, range: 'E6:E69', type: 'Custom', formula: `=SUMPRODUCT(EXACT(${keyFormula('$E6')},#REF!))>0`, fill: '#DDDDDD' });
    await applyHighlight(asExcelContext(context), grid.name, plan);
    const worksheets = (context.workbook as { worksheets: { getItem(name: string): { visibility: string; delete(): void } } }).worksheets;
    const helper = worksheets.getItem(HELPER_SHEET);
    helper.visibility = 'Hidden';
    helper.delete();
    await context.sync();
    expect(context.formats.filter((f) => f.formula.includes('#REF!'))).toHaveLength(4);
    expect(await clearHighlight(asExcelContext(context), grid.name)).toBe(3);
    expect(context.formats.map((f) => f.fill)).toEqual(['#DDDDDD']);
  });

  it('writes the due days in the workbook’s own date system (1904: 1,462 days fewer), so TODAY() compares alike', async () => {
    const context = new MemoryContext(grid);
    context.date1904 = true;
    await applyHighlight(asExcelContext(context), grid.name, plan);
    const written = context.sheets.get(HELPER_SHEET)!.values.get(plan.helperRange)!;
    expect(written).toEqual(plan.helperValues[1904]);
    const task = plan.helperValues[1900].findIndex(([, v]) => v === isoToExcelSerial('2025-09-30'));
    expect(written[task]).toEqual([plan.helperValues[1900][task]![0], isoToExcelSerial('2025-09-30') - 1462]);
  });
});

describe('the colours follow the rows (F12: the due day is keyed by the deadline cell, not by position)', () => {
  const first = table.headerRows.at(-1)! + 1;
  // 60 days of warning, so the table has rows of all three colours.
  const fixed = planHighlight(table, grid, { asOf: '2025-11-14', dueSoonDays: 60 });

  it('colours every task as the engine does', async () => {
    const context = new MemoryContext(copyOf(grid));
    await applyHighlight(asExcelContext(context), grid.name, fixed);
    const drawn = colours(context, grid.name);
    for (const task of table.tasks) expect([task.row, drawn.get(task.row) ?? '']).toEqual([task.row, engineColour(task, '2025-11-14', 60)]);
    expect(new Set(drawn.values())).toEqual(new Set([RED, AMBER, GREEN]));
  });

  it('keeps each row’s colour when the user sorts the table after highlighting', async () => {
    const sheet = copyOf(grid);
    const context = new MemoryContext(sheet);
    await applyHighlight(asExcelContext(context), sheet.name, fixed);
    const before = coloursByRow(context, sheet.name, first, table.lastRow);
    const drawnBefore = colours(context, sheet.name);
    // Sort by the deadline column, Z to A, as Data › Sort does: whole rows move, the rules stay on the range.
    const column = table.columns.deadline!;
    const text = (row: Grid['rows'][number]) => JSON.stringify(row?.[column] ?? '');
    const data = sheet.rows.slice(first, table.lastRow + 1).sort((a, b) => text(b).localeCompare(text(a)));
    sheet.rows.splice(first, data.length, ...data);
    expect(colours(context, sheet.name)).not.toEqual(drawnBefore); // the coloured rows did move
    expect(coloursByRow(context, sheet.name, first, table.lastRow)).toEqual(before);
    // And reversed.
    sheet.rows.splice(first, data.length, ...data.reverse());
    expect(coloursByRow(context, sheet.name, first, table.lastRow)).toEqual(before);
  });

  it('keeps each row’s colour when the user inserts a row above the table, or inside it', async () => {
    const sheet = copyOf(grid);
    const context = new MemoryContext(sheet);
    await applyHighlight(asExcelContext(context), sheet.name, fixed);
    const before = coloursByRow(context, sheet.name, first, table.lastRow);
    insertRow(context, sheet.name, 0);
    expect(context.formats[0]!.range).toBe('A7:H70');
    expect(coloursByRow(context, sheet.name, first + 1, table.lastRow + 1)).toEqual(before);
    insertRow(context, sheet.name, first + 10);
    expect(context.formats[0]!.range).toBe('A7:H71');
    expect(coloursByRow(context, sheet.name, first + 1, table.lastRow + 2)).toEqual(before);
    expect(colours(context, sheet.name).has(first + 10)).toBe(false); // the new, empty row
  });

  it('keeps deadline texts Excel would read as a date or a number ("5/6/2025", "2025") as text in the helper, so they still match', async () => {
    const rows: Value[][] = [
      ['KẾ HOẠCH NĂM 2025'],
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng'],
      ['1', 'Rà soát thủ tục A', 'Sở Tư pháp', '5/6/2025', 'Đang thực hiện'],
      ['2', 'Rà soát thủ tục B', 'Sở Tư pháp', '2025', 'Đang thực hiện'],
      ['3', 'Rà soát thủ tục C', 'Sở Tư pháp', '1.10.2025', 'Đang thực hiện'],
      ['4', 'Rà soát thủ tục D', 'Sở Tư pháp', 'Quý IV/2026', 'Đang thực hiện'],
    ];
    const sheet = gridOf(rows);
    const found = recogniseWorkbook({ sheets: [sheet] }, { asOf: '2025-12-28' })[0]!;
    expect(found.tasks.map((t) => t.deadline.due)).toEqual(['2025-06-05', '2025-12-31', '2025-10-01', '2026-12-31']);
    const context = new MemoryContext(sheet);
    await applyHighlight(asExcelContext(context), sheet.name, planHighlight(found, sheet, { asOf: '2025-12-28', dueSoonDays: 7 }));
    const helper = context.gridOf(HELPER_SHEET);
    expect(helper.rows.slice(0, 4).map((row) => row[0])).toEqual(['5/6/2025', '2025', '1.10.2025', 'Quý IV/2026'].map((text) => ({ kind: 'text', text })));
    expect(context.formatAt(HELPER_SHEET, 'A1')).toBe('@');
    expect(colours(context, sheet.name, '2025-12-28')).toEqual(
      new Map([
        [2, RED],
        [3, AMBER],
        [4, RED],
      ]),
    );
  });

  it('colours date-cell deadlines right in a workbook that counts from 1904', async () => {
    const date = (iso: string): Value => ({ kind: 'date', iso, format: 'dd/mm/yyyy' });
    const sheet = gridOf([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng'],
      ['1', 'Rà soát thủ tục A', 'Sở Tư pháp', date('2025-09-30'), 'Đang thực hiện'],
      ['2', 'Rà soát thủ tục B', 'Sở Tư pháp', date('2025-11-18'), 'Đang thực hiện'],
      ['3', 'Rà soát thủ tục C', 'Sở Tư pháp', date('2026-03-01'), 'Đang thực hiện'],
      ['4', 'Rà soát thủ tục D', 'Sở Tư pháp', date('2025-09-30'), 'Đã hoàn thành'],
      ['5', 'Rà soát thủ tục E', 'Sở Tư pháp', 'Tháng 10/2025', 'Đang thực hiện'],
    ]);
    const found = recogniseWorkbook({ sheets: [sheet] }, { asOf: '2025-11-14' })[0]!;
    const expected = new Map([
      [1, RED],
      [2, AMBER],
      [4, GREEN],
      [5, RED],
    ]);
    for (const asOf of [null, '2025-11-14']) {
      const context = new MemoryContext(copyOf(sheet));
      context.date1904 = true;
      await applyHighlight(asExcelContext(context), sheet.name, planHighlight(found, sheet, { asOf, dueSoonDays: 7 }));
      expect(context.gridOf(HELPER_SHEET).rows[0]).toEqual([
        { kind: 'text', text: String(isoToExcelSerial('2025-09-30') - 1462) },
        { kind: 'number', value: isoToExcelSerial('2025-09-30') - 1462 },
      ]);
      expect(colours(context, sheet.name)).toEqual(expected);
      // Sorted, the same rows keep their colours.
      context.gridOf(sheet.name).rows.reverse();
      context.gridOf(sheet.name).rows.unshift(context.gridOf(sheet.name).rows.pop()!);
      expect(colours(context, sheet.name)).toEqual(new Map([...expected].map(([row, fill]) => [6 - row, fill])));
    }
  });

  it('keeps two highlighted sheets on their own due days, even for the same deadline text', async () => {
    const sheetOf = (name: string, year: number) =>
      gridOf(
        [
          [`KẾ HOẠCH NĂM ${year}`],
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng'],
          ['1', 'Rà soát thủ tục A', 'Sở Tư pháp', 'Tháng 12', 'Đang thực hiện'],
          ['2', 'Rà soát thủ tục B', 'Sở Tư pháp', 'Tháng 11', 'Đang thực hiện'],
          ['3', 'Rà soát thủ tục C', 'Sở Tư pháp', 'Tháng 10', 'Đã hoàn thành'],
        ],
        { name },
      );
    const first = sheetOf('Phụ lục I', 2025);
    const second = sheetOf('Phụ lục II', 2024);
    const context = new MemoryContext(first);
    context.addUserSheet(second);
    for (const sheet of [first, second]) {
      const found = recogniseWorkbook({ sheets: [sheet] }, { asOf: '2025-11-14' })[0]!;
      expect(found.tasks[0]!.deadline.due).toBe(`${sheet === first ? 2025 : 2024}-12-31`);
      await applyHighlight(asExcelContext(context), sheet.name, planHighlight(found, sheet, { asOf: '2025-11-14', dueSoonDays: 30 }));
    }
    expect(colours(context, first.name)).toEqual(
      new Map([
        [3, AMBER],
        [4, GREEN],
      ]),
    );
    expect(colours(context, second.name)).toEqual(
      new Map([
        [2, RED],
        [3, RED],
        [4, GREEN],
      ]),
    );
    // Re-highlighting the first keeps the second's colours; clearing the first leaves the second alone.
    await applyHighlight(
      asExcelContext(context),
      first.name,
      planHighlight(recogniseWorkbook({ sheets: [first] }, { asOf: '2025-11-14' })[0]!, first, { asOf: '2025-11-14', dueSoonDays: 30 }),
    );
    expect(colours(context, second.name)).toEqual(
      new Map([
        [2, RED],
        [3, RED],
        [4, GREEN],
      ]),
    );
    expect(await clearHighlight(asExcelContext(context), first.name)).toBe(3);
    expect(colours(context, first.name)).toEqual(new Map());
    expect(colours(context, second.name)).toEqual(
      new Map([
        [2, RED],
        [3, RED],
        [4, GREEN],
      ]),
    );
  });
});
