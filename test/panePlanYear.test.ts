/**
 * The pane reads one sheet whole and the others' top rows (src/office/sheetTops.ts), and gets the
 * plan year the command line gets from the whole file, from the same place.
 */
import { join } from 'node:path';
import { checkWorkbook } from '../src/core/check';
import type { Grid, Workbook } from '../src/core/grid';
import { readWorkbookFile } from '../src/io/readWorkbook';
import type { Host } from '../src/office/host';
import { PaneSettingsSchema } from '../src/office/workbookState';
import { checkActiveSheet } from '../src/taskpane/sheet/activeSheet';
import { gridOf } from './helpers/grids';
import { asExcelContext, MemoryContext } from './helpers/memoryExcel';

const AS_OF = '2025-11-14';
const examples = join(__dirname, '..', 'examples');

/** The workbook in Excel, its sheets in the file's order, `active` the one shown. */
function excelOf(workbook: Workbook, active: string): { host: Host; context: MemoryContext } {
  const [first, ...others] = workbook.sheets as [Grid, ...Grid[]];
  const context = new MemoryContext(first);
  for (const grid of others) context.addUserSheet(grid);
  context.active = active;
  const host: Host = { lang: 'vi', can: { mergedAreas: true, pivotTables: true }, run: (work) => work(asExcelContext(context)) };
  return { host, context };
}

/** Each sheet holding a table: its tables' plan years as the command line reads them from the file. */
function fileYears(workbook: Workbook) {
  const years = new Map<string, unknown[]>();
  for (const { table } of checkWorkbook(workbook, { asOf: AS_OF })) years.set(table.sheet, [...(years.get(table.sheet) ?? []), table.planYearSource]);
  return years;
}

async function paneYears(workbook: Workbook, sheet: string, planYear?: number) {
  const { host } = excelOf(workbook, sheet);
  const settings = PaneSettingsSchema.parse({ asOf: AS_OF, planYear });
  const { analysed } = await checkActiveSheet(host, settings);
  return analysed.map(({ table }) => table.planYearSource);
}

/** A commune's plan: the year only on the cover sheet, before the appendix whose deadlines write none. */
const coverFirst: Workbook = {
  sheets: [
    gridOf([['ỦY BAN NHÂN DÂN'], ['XÃ AN HƯNG'], [], ['KẾ HOẠCH'], ['Triển khai chuyển đổi số năm 2024']], { name: 'Kế hoạch' }),
    gridOf(
      [
        ['PHỤ LỤC NHIỆM VỤ'],
        [],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
        ['1', 'Rà soát thủ tục hành chính', 'Văn phòng HĐND và UBND', 'Quý II'],
        ['2', 'Số hóa hồ sơ hộ tịch', 'Công chức Tư pháp - Hộ tịch', 'Tháng 9'],
      ],
      { name: 'Phụ lục' },
    ),
  ],
};

describe('the plan year in the pane', () => {
  const files = ['ke-hoach-01-bach-long-vi.xlsx', 'ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx', 'bao-cao-de-an-06-hai-phong.xlsx', 'ke-hoach-68-duong-kinh-ocr.xlsx'];
  const cases = files.flatMap((file) => {
    const workbook = readWorkbookFile(join(examples, file));
    return [...fileYears(workbook)].map(([sheet, years]) => [`${file} / ${sheet}`, workbook, sheet, years] as const);
  });

  it.each(cases)('%s: the same year, from the same place, as the command line', async (_, workbook, sheet, years) => {
    await expect(paneYears(workbook, sheet)).resolves.toEqual(years);
  });

  it('comes from the cover sheet when the appendix sheet states none', async () => {
    const [year] = await paneYears(coverFirst, 'Phụ lục');
    expect(year).toEqual({ year: 2024, from: 'title', text: 'Triển khai chuyển đổi số năm 2024', cell: 'Kế hoạch!A5' });
    expect([year]).toEqual(fileYears(coverFirst).get('Phụ lục'));
  });

  it('is the user’s when set, without reading the other sheets', async () => {
    const { host, context } = excelOf(coverFirst, 'Phụ lục');
    const { analysed } = await checkActiveSheet(host, PaneSettingsSchema.parse({ asOf: AS_OF, planYear: 2026 }));
    expect(analysed[0]!.table.planYearSource).toEqual({ year: 2026, from: 'setting', text: '2026', cell: null });
    expect(context.syncs).toBe(2); // the sheet's read alone
  });

  it('reads the other sheets’ tops in two syncs whatever their number', async () => {
    const many: Workbook = { sheets: [...coverFirst.sheets, ...Array.from({ length: 20 }, (_, i) => gridOf([[`Trang ${i}`]], { name: `Trang ${i}` }))] };
    const { host, context } = excelOf(many, 'Phụ lục');
    await checkActiveSheet(host, PaneSettingsSchema.parse({ asOf: AS_OF }));
    expect(context.syncs).toBe(4); // the sheet (two), the list of sheets, every top at once
  });
});
