/** Highlighting overdue rows through the Office adapter: the add-in's rules and sheet only, in few syncs. */
import { join } from 'node:path';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { applyHighlight, clearHighlight } from '../../src/office/highlight';
import { HELPER_SHEET, planHighlight } from '../../src/office/highlightPlan';
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
    expect(context.syncs).toBe(4);
  });

  it('replaces its earlier highlight instead of stacking rules', async () => {
    const context = new MemoryContext(grid);
    await applyHighlight(asExcelContext(context), grid.name, plan);
    await applyHighlight(asExcelContext(context), grid.name, planHighlight(table, { asOf: '2025-11-14', dueSoonDays: 3 }));
    expect(context.formats).toHaveLength(3);
    expect(context.formats[0]!.formula).toContain('DATE(2025,11,14)');
  });

  it.each([10, 5000])('keeps to four syncs for %d rows', async (count) => {
    const rows = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình trạng']];
    for (let i = 1; i <= count; i++) rows.push([String(i), `Rà soát thủ tục ${i}`, 'Sở Tư pháp', 'Tháng 9/2025', i % 2 ? 'Đã hoàn thành' : 'Đang thực hiện']);
    const big = gridOf(rows);
    const context = new MemoryContext(big);
    await applyHighlight(asExcelContext(context), big.name, planHighlight(recogniseWorkbook({ sheets: [big] }, { asOf: '2025-11-14' })[0]!, { asOf: null, dueSoonDays: 7 }));
    expect(context.syncs).toBe(4);
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
