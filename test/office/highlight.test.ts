/** Highlighting overdue rows through the Office adapter: the add-in's rules and sheet only, in few syncs. */
import { join } from 'node:path';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { applyHighlight, clearHighlight } from '../../src/office/highlight';
import { HELPER_SHEET, planHighlight } from '../../src/office/highlightPlan';
import { isoToExcelSerial } from '../../src/core/calendar';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';

const grid = readWorkbookFile(join(__dirname, '..', '..', 'examples', 'bao-cao-de-an-06-hai-phong.xlsx')).sheets[0]!;
const table = recogniseWorkbook({ sheets: [grid] }, { asOf: '2025-11-14' })[0]!;
const plan = planHighlight(table, { asOf: null, dueSoonDays: 7 });

describe('applyHighlight', () => {
  it('writes the due days to a very hidden sheet and three rules on the table', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    expect(context.sheets.get(HELPER_SHEET)).toMatchObject({ visibility: 'VeryHidden' });
    expect(context.sheets.get(HELPER_SHEET)!.values.get(plan.helperRange)).toEqual(plan.helperValues);
    expect(context.formats.map((f) => [f.range, f.type, f.formula, f.fill])).toEqual(plan.rules.map((r) => [plan.range, 'Custom', r.formula, r.fill]));
    expect(context.syncs).toBe(3); // find the old rules, read their formulas, then clear and draw in one request
  });

  it('replaces its earlier highlight instead of stacking rules', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    await applyHighlight(asExcelContext(context), grid.name, planHighlight(table, { asOf: '2025-11-14', dueSoonDays: 3 }));
    expect(context.formats).toHaveLength(3);
    expect(context.formats[0]!.formula).toContain('DATE(2025,11,14)');
  });

  it.each([10, 5000])('keeps to three syncs for %d rows', async (count) => {
    const rows = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng']];
    for (let i = 1; i <= count; i++) rows.push([String(i), `Rà soát thủ tục ${i}`, 'Sở Tư pháp', 'Tháng 9/2025', i % 2 ? 'Đã hoàn thành' : 'Đang thực hiện']);
    const big = gridOf(rows);
    const context = new MemoryContext(big);
    await applyHighlight(asExcelContext(context), big.name, planHighlight(recogniseWorkbook({ sheets: [big] }, { asOf: '2025-11-14' })[0]!, { asOf: null, dueSoonDays: 7 }));
    expect(context.syncs).toBe(3);
    expect(context.sheets.get(HELPER_SHEET)!.values.get(`A2:A${count + 1}`)).toHaveLength(count);
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

  it('writes the due days in the workbook’s own date system (1904: 1,462 days fewer), so TODAY() compares alike', async () => {
    const context = new MemoryContext(grid);
    context.date1904 = true;
    await applyHighlight(asExcelContext(context), grid.name, plan);
    const written = context.sheets.get(HELPER_SHEET)!.values.get(plan.helperRange)!;
    const task = plan.helperValues.findIndex(([v]) => v === isoToExcelSerial('2025-09-30'));
    expect(written[task]).toEqual([isoToExcelSerial('2025-09-30') - 1462]);
    expect(written.filter(([v]) => v === '')).toHaveLength(plan.helperValues.filter(([v]) => v === '').length);
  });
});
