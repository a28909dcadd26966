/** The Office adapter reads a sheet into the same grid the file reader gives, in two syncs. */
import { join } from 'node:path';
import { checkWorkbook } from '../../src/core/check';
import type { Grid } from '../../src/core/grid';
import { toCheckReport } from '../../src/core/report';
import { readWorkbookFile } from '../../src/io/readWorkbook';
import { parseAddress } from '../../src/office/gridFromRange';
import { readSheet, readSheetDetails } from '../../src/office/readSheet';
import { gridOf } from '../helpers/grids';
import { asExcelContext, isSetSupported, LIMITS, MemoryContext } from '../helpers/memoryExcel';

const AS_OF = '2025-11-14';
const examples = join(__dirname, '..', '..', 'examples');
const CAN = { mergedAreas: true };

function report(grid: Grid) {
  return toCheckReport('sheet', AS_OF, checkWorkbook({ sheets: [grid] }, { asOf: AS_OF })).tables;
}

async function throughExcel(grid: Grid, can = CAN): Promise<{ grid: Grid; syncs: number }> {
  const context = new MemoryContext(grid);
  const read = await readSheet(asExcelContext(context), can);
  return { grid: read, syncs: context.syncs };
}

describe('reading the active sheet', () => {
  const sheets = ['ke-hoach-01-bach-long-vi.xlsx', 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx', 'bao-cao-de-an-06-hai-phong.xlsx', 'ke-hoach-68-duong-kinh-ocr.xlsx'].flatMap((file) =>
    readWorkbookFile(join(examples, file)).sheets.map((grid) => [`${file} / ${grid.name}`, grid] as const),
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

describe('reading within Excel’s limits (issue 15)', () => {
  const big = (rows: number, text = 'Rà soát, số hóa hồ sơ thủ tục hành chính và cập nhật cơ sở dữ liệu quốc gia') => {
    const lines: (string | number)[][] = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng']];
    for (let i = 1; i <= rows; i++) lines.push([i, `${text} ${i}`, 'Sở Tư pháp', 'Công an thành phố; Sở Nội vụ; Sở Thông tin và Truyền thông', 'Quý IV/2025', 'Đang thực hiện']);
    return gridOf(lines);
  };

  it('reads a sheet too big for one response in bands, each response well under 5 MB, and gets every cell', async () => {
    const grid = big(20_000);
    const context = new MemoryContext(grid);
    const read = await readSheetDetails(asExcelContext(context), { mergedAreas: true });
    expect(read.grid.rows).toEqual(grid.rows);
    expect(read.syncs).toBeGreaterThan(3);
    expect(context.syncs).toBe(read.syncs);
    expect(context.heaviest().response).toBeLessThan(3 * 1024 * 1024);
    expect(context.heaviest().response).toBeLessThan(LIMITS.payloadBytes);
  });

  it('when the first band was guessed too small for its text, halves it until Excel answers, then sizes bands by what they weighed', async () => {
    const grid = big(3000, 'Nhiệm vụ '.repeat(300));
    const context = new MemoryContext(grid);
    const read = await readSheet(asExcelContext(context), { mergedAreas: true });
    expect(read.rows).toEqual(grid.rows);
    const refused = context.syncLog.filter((s) => s.response > LIMITS.payloadBytes);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.length).toBeLessThan(6);
    expect(context.syncLog.slice(context.syncLog.lastIndexOf(refused.at(-1)!) + 1).every((s) => s.response < LIMITS.payloadBytes)).toBe(true);
  });

  it('keeps a 5,000-task sheet to two syncs', async () => {
    const context = new MemoryContext(big(5000));
    await readSheet(asExcelContext(context), { mergedAreas: true });
    expect(context.syncs).toBe(2);
  });

  it('ignores cells that carry formatting only (borders down 60,000 rows): the used range is asked for values only', async () => {
    const grid = big(20);
    const context = new MemoryContext(grid);
    context.style(grid.name, 'A1:K60000');
    const read = await readSheet(asExcelContext(context), { mergedAreas: true });
    expect(read.rows).toHaveLength(21);
    expect(context.heaviest().response).toBeLessThan(64 * 1024);
  });

  it('reads more than 512 merged areas: queried in row bands, each band halved while Excel refuses it', async () => {
    const rows: string[][] = [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', ...Array.from({ length: 8 }, (_, i) => `Cột ${i}`)]];
    for (let i = 1; i <= 400; i++) rows.push([String(i), `Nhiệm vụ ${i}`, 'Sở Tư pháp', 'Quý IV/2025', ...Array.from({ length: 8 }, () => 'x')]);
    // Six merged pairs a row: 600 areas in each hundred rows.
    const merges = rows.slice(1).flatMap((_, r) => [0, 2, 4, 6, 8, 10].map((c): [number, number, number, number] => [r + 1, c, r + 1, c + 1]));
    const grid = gridOf(rows, { merges });
    const context = new MemoryContext(grid);
    const read = await readSheetDetails(asExcelContext(context), { mergedAreas: true });
    expect(read.merges).toBe('all');
    expect(read.grid.merges).toHaveLength(merges.length);
    expect(new Set(read.grid.merges.map((m) => `${m.top},${m.left}`)).size).toBe(merges.length);
  });

  it('reports each merged area once, by the band holding its top-left cell, even when it spans two bands (office-js#3611)', async () => {
    const rows = Array.from({ length: 260 }, (_, i) => [String(i + 1), `Nhiệm vụ ${i}`, 'Sở Tư pháp']);
    const merges: [number, number, number, number][] = [
      [98, 0, 101, 0],
      [199, 1, 200, 2],
      [5, 2, 6, 2],
    ];
    const context = new MemoryContext(gridOf(rows, { merges }));
    const read = await readSheet(asExcelContext(context), { mergedAreas: true });
    expect(read.merges.map((m) => [m.top, m.left, m.bottom, m.right]).sort((a, b) => a[0]! - b[0]!)).toEqual([...merges].sort((a, b) => a[0] - b[0]));
  });

  it('on an older Excel (ExcelApi 1.6) takes the path without merged areas: the capability compares versions as numbers', async () => {
    expect(isSetSupported('1.6')('ExcelApi', '1.13')).toBe(false);
    expect(isSetSupported('1.13')('ExcelApi', '1.6')).toBe(true);
    expect(isSetSupported('1.13')('ExcelApi', '1.13')).toBe(true);
    const grid = readWorkbookFile(join(__dirname, '..', 'fixtures', 'merged-and-hidden.xlsx')).sheets[0]!;
    const context = new MemoryContext(grid);
    context.maxApi = '1.6';
    const can = { mergedAreas: isSetSupported(context.maxApi)('ExcelApi', '1.13') };
    const read = await readSheetDetails(asExcelContext(context), can);
    expect(read.merges).toBe('unsupported');
    expect(read.grid.merges).toEqual([]);
    // Asking anyway fails as Office.js does (ApiNotFound at the sync), and the reader goes on without merged areas.
    const asked = await readSheetDetails(asExcelContext(context), { mergedAreas: true });
    expect(context.syncLog.length).toBeGreaterThan(2);
    expect(asked.merges).toBe('unsupported');
    expect(asked.grid.rows).toEqual(read.grid.rows);
  });

  it('reads a 1904-system workbook’s dates on the right day and says so', async () => {
    const grid = gridOf([
      ['STT', 'Nhiệm vụ', 'Thời gian hoàn thành'],
      ['1', 'Làm sạch dữ liệu', { kind: 'date', iso: '2025-10-31', format: 'dd/mm/yyyy' }],
    ]);
    const context = new MemoryContext(grid);
    context.date1904 = true;
    const read = await readSheetDetails(asExcelContext(context), CAN);
    expect(read.date1904).toBe(true);
    expect(read.grid.rows[1]![2]).toEqual({ kind: 'date', iso: '2025-10-31', format: 'dd/mm/yyyy' });
    const plain = await readSheetDetails(asExcelContext(new MemoryContext(grid)), CAN);
    expect(plain.date1904).toBe(false);
  });
});

describe('parseAddress', () => {
  it('reads cells, ranges, whole columns and whole rows, and says when an address is none of these', () => {
    expect(parseAddress("'Phụ lục'!$C$5:$C$7")).toEqual({ top: 4, left: 2, bottom: 6, right: 2 });
    expect(parseAddress('Sheet1!B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    // A merged area of whole rows or columns used to throw a TypeError from a failed match.
    expect(parseAddress('Sheet1!$3:$5')).toEqual({ top: 2, left: 0, bottom: 4, right: 16_383 });
    expect(parseAddress('Sheet1!C:D')).toEqual({ top: 0, left: 2, bottom: 1_048_575, right: 3 });
    expect(() => parseAddress('Sheet1!#REF!')).toThrow(/not a range address/);
  });
});
