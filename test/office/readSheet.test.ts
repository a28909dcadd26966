/** The Office adapter reads a sheet into the same grid the file reader gives, in two syncs. */
import { join } from 'node:path';
import { analyseWorkbook } from '../../src/core/analyse';
import type { Grid } from '../../src/core/grid';
import { toCheckReport } from '../../src/core/report';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { readSheet } from '../../src/office/readSheet';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';

const AS_OF = '2025-11-14';
const examples = join(__dirname, '..', '..', 'examples');
const CAN = { mergedAreas: true };

function report(grid: Grid) {
  return toCheckReport('sheet', AS_OF, analyseWorkbook({ sheets: [grid] }, { asOf: AS_OF })).tables;
}

async function throughExcel(grid: Grid, can = CAN): Promise<{ grid: Grid; syncs: number }> {
  const context = new MemoryContext(grid);
  const read = await readSheet(asExcelContext(context), can);
  return { grid: read, syncs: context.syncs };
}

describe('reading the active sheet', () => {
  const sheets = ['ke-hoach-01-bach-long-vi.xlsx', 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx', 'bao-cao-de-an-06-hai-phong.xlsx', 'ke-hoach-68-duong-kinh-ocr.xlsx'].flatMap(
    (file) => readWorkbookFile(join(examples, file)).sheets.map((grid) => [`${file} / ${grid.name}`, grid] as const),
  );

  it.each(sheets)('%s gives the same tables and findings as the file reader', async (_, grid) => {
    const { grid: read, syncs } = await throughExcel(grid);
    expect(report(read)).toEqual(report(grid));
    expect(syncs).toBe(2);
  });

  it('keeps merged areas and hidden rows', async () => {
    const grid = readWorkbookFile(join(__dirname, '..', 'fixtures', 'merged-and-hidden.xlsx')).sheets[0]!;
    const { grid: read } = await throughExcel(grid);
    expect(read.merges).toEqual(grid.merges);
    expect([...read.hiddenRows]).toEqual([...grid.hiddenRows]);
  });

  it('reads without merged areas where ExcelApi 1.13 is missing', async () => {
    const grid = readWorkbookFile(join(__dirname, '..', 'fixtures', 'merged-and-hidden.xlsx')).sheets[0]!;
    const { grid: read, syncs } = await throughExcel(grid, { mergedAreas: false });
    expect(read.merges).toEqual([]);
    expect(syncs).toBe(2);
  });

  it('reads an empty sheet in one sync', async () => {
    expect(await throughExcel(gridOf([], { name: 'Trống' }))).toEqual({ grid: { name: 'Trống', rows: [], merges: [], hiddenRows: new Set() }, syncs: 1 });
  });
});

describe('the sync budget does not grow with the sheet', () => {
  it.each([10, 5000])('%d task rows: two syncs', async (count) => {
    const rows = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành']];
    for (let i = 1; i <= count; i++) rows.push([String(i), `Rà soát thủ tục hành chính ${i}`, 'Sở Tư pháp', 'Quý IV/2025']);
    const { grid, syncs } = await throughExcel(gridOf(rows));
    expect(syncs).toBe(2);
    expect(report(grid)[0]!.tasks).toHaveLength(count);
  });
});

describe('the in-memory Excel keeps Office.js rules', () => {
  it('refuses to read a property that was not loaded and synced', async () => {
    const context = new MemoryContext(gridOf([['STT']], { name: 'A' }));
    const sheet = (context.workbook as { worksheets: { getActiveWorksheet(): { name: string; load(p: string): void } } }).worksheets.getActiveWorksheet();
    expect(() => sheet.name).toThrow('PropertyNotLoaded');
    sheet.load('name');
    expect(() => sheet.name).toThrow('PropertyNotLoaded');
    await context.sync();
    expect(sheet.name).toBe('A');
  });
});
