/**
 * The add-in's own sheets in a stricter Excel (issue 15, items 3 and 5): names Excel accepts, found
 * again by a mark saved in the file (not by Worksheet.id, which may change when the file is
 * reopened), table names free of everything in the workbook, and nothing left half-written.
 */
import fc from 'fast-check';
import { recogniseWorkbook } from '../../src/core/recognise/recogniseWorkbook';
import { summarize } from '../../src/core/summary';
import { summaryLayout, type SheetLayout } from '../../src/core/summaryLayout';
import { readSheet } from '../../src/office/readSheet';
import { ownSheetCount, sourceSheet, validSheetName, writeNewSheet, writeOwnSheets } from '../../src/office/writeOwnSheets';
import { gridOf } from '../helpers/grids';
import { asExcelContext, MemoryContext } from '../helpers/memoryExcel';
import { AS_OF, fresh, summarizeInPane } from '../helpers/paneSummary';

const tableNames = (context: MemoryContext) => context.allSheets().flatMap((sheet) => sheet.tables.map((t) => t.name));

/** A one-sheet layout under `name`. */
const layoutNamed = (name: string): SheetLayout => ({
  key: 'imported',
  name,
  rows: [['Kế hoạch'], [], ['STT', 'Nhiệm vụ'], ['1.', 'Rà soát thủ tục hành chính']],
  headerRow: 2,
  lastTableRow: 3,
  boldRows: [],
  widths: [8, 70],
  formats: {},
  table: null,
});

describe('sheet names Excel accepts (item 3)', () => {
  it.each([
    ['PHỤ LỤC I: DANH MỤC NHIỆM VỤ TRỌNG TÂM', 'PHỤ LỤC I - DANH MỤC NHIỆM VỤ T'],
    ['Kế hoạch 12/KH-UBND', 'Kế hoạch 12-KH-UBND'],
    ['a\\b?c*d[e]f', 'a-bcd(e)f'],
    ["'Trích'", 'Trích'],
    ["''", 'Bảng'],
    ['   ', 'Bảng'],
    ['History', 'Bảng'],
    ['history', 'Bảng'],
    ['Tên\tcó\nký tự điều khiển', 'Tên có ký tự điều khiển'],
    ['Phụ lục II:', 'Phụ lục II'],
    ["a'::", 'a'],
    ['Phụ lục 😀😀😀😀😀😀😀😀😀😀😀😀😀😀', 'Phụ lục 😀😀😀😀😀😀😀😀😀😀😀'],
  ])('%j becomes %j', (name, expected) => {
    expect(validSheetName(name)).toBe(expected);
    expect(validSheetName(name).length).toBeLessThanOrEqual(31);
  });

  it('composes decomposed Vietnamese (NFD) before comparing and writing', () => {
    expect(validSheetName('Quá hạn'.normalize('NFD'))).toBe('Quá hạn'.normalize('NFC'));
  });

  it('writes an imported plan whose heading has a colon, where Excel would refuse the raw name', async () => {
    const context = fresh();
    const heading = 'PHỤ LỤC I: DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2025';
    await expect(writeNewSheet(asExcelContext(context), layoutNamed(heading))).resolves.toBe('PHỤ LỤC I - DANH MỤC NHIỆM VỤ T');
    await expect(writeNewSheet(asExcelContext(context), layoutNamed(heading))).resolves.toBe('PHỤ LỤC I - DANH MỤC NHIỆM (2)');
    // The fake holds Excel's rules: the raw heading is refused.
    (context.workbook as { worksheets: { add(name: string): unknown } }).worksheets.add(heading.slice(0, 31));
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('any name at all becomes one the (strict) fake accepts, unique in any case', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'Á', 'ệ', ' ', ':', '/', '\\', '?', '*', '[', ']', "'", 'H', 'istory', '1', '😀', '\n', '-'), maxLength: 40 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (names) => {
          const context = new MemoryContext(gridOf([['STT']], { name: 'Trang tính' }));
          const written: string[] = [];
          for (const name of names) written.push(await writeNewSheet(asExcelContext(context), layoutNamed(name)));
          expect(new Set(written.map((n) => n.toLowerCase())).size).toBe(written.length);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the add-in’s own sheets found by their marks (item 5)', () => {
  it('replaces its sheets after the file was reopened (every id changed), without " (2)" names or a table-name clash', async () => {
    const context = fresh();
    const first = await summarizeInPane(context);
    const ids = context.allSheets().map((sheet) => sheet.id);
    context.reopen();
    expect(
      context
        .allSheets()
        .map((sheet) => sheet.id)
        .some((id) => ids.includes(id)),
    ).toBe(false);
    await expect(ownSheetCount(asExcelContext(context), 'summary')).resolves.toBe(7);
    const again = await summarizeInPane(context);
    expect(again).toMatchObject({ replaced: 7, sheets: first.sheets, pivot: 'made' });
    expect(context.sheets.size).toBe(7);
    expect(tableNames(context)).toEqual(['phuluc_du_lieu_tong_hop']);
  });

  it('after a reopen, reads the plan from the user’s sheet when the user stands on a summary sheet', async () => {
    const context = fresh();
    await summarizeInPane(context);
    context.reopen();
    context.active = 'Quá hạn';
    await expect(sourceSheet(asExcelContext(context))).resolves.toBe(context.grid.name);
  });

  it('finds a sheet the user renamed, and leaves alone a sheet of the user’s that took one of its names', async () => {
    const context = fresh();
    await summarizeInPane(context);
    context.renameSheet('Quá hạn', 'Việc quá hạn của tôi');
    context.addUserSheet({ ...gridOf([['Ghi chú của tôi']]), name: 'Quá hạn' });
    const again = await summarizeInPane(context);
    expect(again.replaced).toBe(7);
    expect(context.find('Việc quá hạn của tôi')).toBeNull();
    expect(context.gridOf('Quá hạn').rows).toEqual([[{ kind: 'text', text: 'Ghi chú của tôi' }]]);
    expect(again.sheets).toContain('Quá hạn (2)');
  });

  it('never takes a sheet of the user’s whose id an earlier version recorded (ids are reused by position after a reopen)', async () => {
    const context = fresh();
    context.reopen();
    context.settings.set('phuluc_summary', { sheetIds: [context.userSheetId, '{gone}'], source: context.userSheetId });
    const written = await summarizeInPane(context); // the fake throws if the user's sheet is deleted
    expect(written.replaced).toBe(0);
    expect(context.settings.has('phuluc_summary')).toBe(false); // the old record is gone; the marks say it now
  });

  it('replaces the sheets an earlier version recorded by id, once, when they hold the job’s own names', async () => {
    const context = fresh();
    await summarizeInPane(context);
    // What an earlier version left: ids in the settings, no marks.
    context.names.splice(0, context.names.length);
    context.settings.set('phuluc_summary', { sheetIds: [...context.sheets.values()].map((s) => s.id), source: context.userSheetId });
    const again = await summarizeInPane(context);
    expect(again.replaced).toBe(7);
    expect(context.sheets.size).toBe(7);
  });

  it('picks a free table name when one is taken by a table of the user’s, instead of failing half-way', async () => {
    const context = fresh();
    context.addUserTable(context.grid.name, 'PHULUC_DU_LIEU_TONG_HOP', 'M1:N2');
    const written = await summarizeInPane(context);
    expect(written.pivot).toBe('made');
    expect(tableNames(context)).toEqual(['PHULUC_DU_LIEU_TONG_HOP', 'phuluc_du_lieu_tong_hop_2']);
    expect(context.sheets.get('Bảng Pivot')!.pivots[0]!.source).toBe('phuluc_du_lieu_tong_hop_2');
    await summarizeInPane(context);
    expect(tableNames(context)).toEqual(['PHULUC_DU_LIEU_TONG_HOP', 'phuluc_du_lieu_tong_hop_2']);
  });

  it('a summary and a consolidation sit side by side, each replacing only its own sheets', async () => {
    const context = fresh();
    await summarizeInPane(context);
    const excel = asExcelContext(context);
    const grid = await readSheet(excel, { mergedAreas: true }, context.grid.name);
    const tables = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF });
    const layouts = summaryLayout(summarize(tables, AS_OF), tables, 'en');
    await writeOwnSheets(excel, layouts, { owner: 'consolidation', lang: 'en', source: context.grid.name, pivotTables: true });
    expect(context.sheets.size).toBe(14);
    await summarizeInPane(context);
    expect(context.sheets.size).toBe(14);
    await expect(ownSheetCount(excel, 'consolidation')).resolves.toBe(7);
    expect(tableNames(context).sort()).toEqual(['phuluc_du_lieu_hop_nhat', 'phuluc_du_lieu_tong_hop']);
  });

  it('when a request fails half-way, deletes what it made and leaves the user’s sheet as it was', async () => {
    const context = fresh();
    const before = JSON.stringify(context.grid.rows);
    // The run's second sync is the one writing the sheets: stop it after a few hundred calls.
    const excel = asExcelContext(context);
    const source = await sourceSheet(excel);
    const grid = await readSheet(excel, { mergedAreas: true }, source);
    const tables = recogniseWorkbook({ sheets: [grid] }, { asOf: AS_OF });
    const layouts = summaryLayout(summarize(tables, AS_OF), tables, 'vi');
    const sync = context.sync.bind(context);
    let count = 0;
    context.sync = async () => {
      if (++count === 2) context.failNextSync(40);
      return sync();
    };
    await expect(writeOwnSheets(excel, layouts, { owner: 'summary', lang: 'vi', source, pivotTables: true })).rejects.toMatchObject({ code: 'GeneralException' });
    context.sync = sync;
    expect(context.sheets.size).toBe(0);
    expect(context.names).toEqual([]);
    expect(JSON.stringify(context.grid.rows)).toBe(before);
    await expect(summarizeInPane(context)).resolves.toMatchObject({ sheets: expect.arrayContaining(['Quá hạn']), pivot: 'made' });
  });
});
