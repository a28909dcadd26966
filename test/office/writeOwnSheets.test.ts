/** The pane's summary sheets through the Office adapter: the command line's numbers, its own sheets only, few syncs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { cellText, type Grid } from '../../src/core/grid';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { summarize } from '../../src/core/summary';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { IMPORT_HEADER, importLayout, importText } from '../../src/core/import/importPlan';
import { sourceSheet, writeNewSheet } from '../../src/office/writeOwnSheets';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';
import { AS_OF, fresh, REPORT, summarizeInPane } from '../helpers/paneSummary';

const SHEETS = ['Tổng hợp theo đơn vị', 'Đơn vị phối hợp', 'Theo nhóm', 'Theo tháng', 'Quá hạn', 'Dữ liệu'];

const texts = (grid: Grid) => grid.rows.map((row) => (row ?? []).map((cell) => cellText(cell)));

describe('writeOwnSheets', () => {
  it('gives the same cells as `phuluc summarize` for the same file', async () => {
    const output = join(mkdtempSync(join(tmpdir(), 'phuluc-pane-')), 'tong-hop.xlsx');
    expect(await main(['summarize', REPORT, '-o', output, '--as-of', AS_OF], { out: () => undefined, err: () => undefined })).toBe(0);
    const file = readWorkbookFile(output);
    const context = fresh();
    await summarizeInPane(context);
    for (const sheet of file.sheets) {
      const pane = context.sheets.get(sheet.name)!.grid;
      // Trailing empty cells are the file's column widths, not values.
      expect(texts(pane).map((row) => row.join('|').replace(/\|+$/, ''))).toEqual(texts(sheet).map((row) => row.join('|').replace(/\|+$/, '')));
    }
    const police = context.sheets.get(SHEETS[0]!)!.grid.rows.find((row) => cellText(row[1]) === 'Công an thành phố')!;
    expect(police.slice(2, 9).map((c) => cellText(c))).toEqual(['9', '1', '0', '1', '0', '7', '0']);
  });

  it('adds the data as an Excel table, a PivotTable on it and a chart of the units, in three syncs', async () => {
    const context = fresh();
    const written = await summarizeInPane(context);
    expect(written).toEqual({ sheets: [...SHEETS, 'Bảng Pivot'], replaced: 0, pivot: 'made', syncs: 3 });
    expect(context.syncs).toBe(1 + 2 + 3); // the source lookup, the read, the write
    const data = context.sheets.get('Dữ liệu')!;
    expect(data.tables).toEqual([{ name: 'phuluc_du_lieu_tong_hop', address: 'A1:K56', style: 'TableStyleMedium2' }]);
    expect(context.sheets.get('Bảng Pivot')!.pivots).toEqual([
      { name: 'phuluc_pivot_tong_hop', source: 'phuluc_du_lieu_tong_hop', destination: 'A3', rows: ['Đơn vị chủ trì'], columns: ['Trạng thái tại ngày chốt'], data: ['Nhiệm vụ'] },
    ]);
    const byUnit = context.sheets.get(SHEETS[0]!)!;
    const units = summarize(recogniseWorkbook({ sheets: [readWorkbookFile(REPORT).sheets[0]!] }, { asOf: AS_OF }), AS_OF).byUnit.length;
    expect(byUnit.charts).toEqual([expect.objectContaining({ type: 'ColumnStacked', source: `D4:I${4 + units}`, categories: `B5:B${4 + units}` })]);
    expect(cellText(byUnit.grid.rows[3]![3])).toBe('đã hoàn thành đúng hạn');
    expect(byUnit.frozenRows).toBe(4);
    expect(byUnit.looks.get('A4:K4')).toMatchObject({ bold: true, fill: '#DDEBF7' });
    expect(context.active).toBe(SHEETS[0]);
  });

  it('writes the static sheets without a PivotTable where ExcelApi 1.8 is missing', async () => {
    const context = fresh();
    const written = await summarizeInPane(context, false);
    expect(written).toMatchObject({ sheets: SHEETS, pivot: 'unsupported' });
    expect([...context.sheets.keys()]).toEqual(SHEETS);
    expect(context.sheets.get(SHEETS[0]!)!.charts).toEqual([]);
  });

  it('keeps the static sheets when Excel refuses the PivotTable', async () => {
    const context = fresh();
    context.missing.add('pivotTables');
    const written = await summarizeInPane(context);
    expect(written).toMatchObject({ sheets: SHEETS, pivot: 'failed', syncs: 4 });
    expect([...context.sheets.keys()]).toEqual(SHEETS);
    await summarizeInPane(context); // the recorded ids still let a re-run replace them
    expect([...context.sheets.keys()]).toEqual(SHEETS);
  });

  it("replaces only its own sheets on a re-run, from whichever sheet the user is on, and leaves the user's cells alone", async () => {
    const context = fresh();
    const before = JSON.stringify(context.grid.rows);
    await summarizeInPane(context);
    expect(context.active).toBe(SHEETS[0]); // the user now looks at the summary and runs it again
    const again = await summarizeInPane(context);
    expect(again).toMatchObject({ replaced: 7, sheets: [...SHEETS, 'Bảng Pivot'] });
    expect(context.sheets.size).toBe(7);
    expect(JSON.stringify(context.grid.rows)).toBe(before);
  });

  it('reads the plan from the user’s sheet when the user is looking at a summary sheet and consolidates', async () => {
    const context = fresh();
    await summarizeInPane(context);
    expect(context.active).toBe(SHEETS[0]);
    // By name: the sheet's mark follows it, its id may not survive the file being reopened (office-js-docs#297).
    await expect(sourceSheet(asExcelContext(context))).resolves.toBe(context.grid.name);
  });

  it('writes an imported plan as a new sheet of the user’s, in two syncs, never over an earlier one', async () => {
    const context = fresh();
    const before = JSON.stringify(context.grid.rows);
    const plan = importText('1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian hoàn thành: Quý IV/2025.', AS_OF);
    const layout = importLayout(plan, plan.tables[0]!);
    await expect(writeNewSheet(asExcelContext(context), layout)).resolves.toBe('Nhiệm vụ');
    expect(context.syncs).toBe(2);
    await expect(writeNewSheet(asExcelContext(context), layout)).resolves.toBe('Nhiệm vụ (2)');
    expect(texts(context.sheets.get('Nhiệm vụ')!.grid).slice(2)).toEqual([IMPORT_HEADER, ['1.', 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '', 'Quý IV/2025']]);
    expect(context.active).toBe('Nhiệm vụ (2)');
    expect(context.settings.size).toBe(0); // not recorded as the add-in's: no run replaces it
    expect(JSON.stringify(context.grid.rows)).toBe(before);
  });

  it("gives a sheet a new name when the user's sheet already has it, in any case", async () => {
    const context = new MemoryContext(
      gridOf(
        [
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
          ['1', '=HYPERLINK("x")', '=1+1', 'Quý IV/2025'],
        ],
        { name: 'QUÁ HẠN' },
      ),
    );
    const written = await summarizeInPane(context);
    expect(written.sheets).toContain('Quá hạn (2)');
    const byUnit = context.sheets.get(SHEETS[0]!)!;
    expect([...byUnit.values.values()][0]![4]![1]).toBe("'=1+1"); // text that looks like a formula stays text
    expect(byUnit.grid.rows[4]![1]).toEqual({ kind: 'text', text: '=1+1' });
  });
});
