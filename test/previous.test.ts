/** `phuluc consolidate --previous`: October's consolidation of the bundled plan read back in November, and what changed. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import type ExcelJS from 'exceljs';
import { main } from '../src/cli/main';
import { consolidate, readReport } from '../src/core/consolidate/consolidate';
import { consolidationLayout } from '../src/core/consolidate/consolidationLayout';
import { KEY_HEADER } from '../src/core/cycle/identity';
import { compareWithPrevious, readPreviousConsolidation } from '../src/core/cycle/previous';
import { cellText } from '../src/core/grid';
import { recogniseWorkbook } from '../src/core/recognise/recogniseWorkbook';
import type { Task } from '../src/core/table';
import { readSheet } from '../src/office/readSheet';
import { writeOwnSheets } from '../src/office/writeOwnSheets';
import { readWorkbookFile } from '../src/io/readWorkbook';
import { asExcelContext, MemoryContext } from './helpers/memoryExcel';
import { ledBy, MASTER, tasks } from './helpers/unitFiles';

// Every run starts its reader processes.
jest.setTimeout(60_000);

const OCTOBER = '14/10/2025';
const NOVEMBER = '14/11/2025';

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(['consolidate', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const task = (start: string) => tasks.find((t) => t.text.startsWith(start))!;
const POLICE_ACCOUNTS = task('Triển khai đăng ký, cấp và quản lý tài khoản định danh');
const HOME_RECORDS = task('Số hóa hồ sơ cán bộ');
const SCIENCE_SOLUTION = task('Đề xuất hoặc có giải pháp đưa vào vận hành');
// Due in September, and no lead reports them in either month: overdue both times.
const UNREPORTED = [task('Triển khai thực hiện làm sạch dữ liệu để cấp tài khoản'), task('Làm sạch dữ liệu hôn nhân')];

/** A unit's report labelled with its unit: every task it leads, "Đang thực hiện" unless `statuses` says otherwise. */
function writeUnit(dir: string, file: string, unit: string, statuses: Map<Task, string> = new Map()): void {
  const aoa = [
    [`Đơn vị: ${unit}`],
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình hình thực hiện'],
    ...ledBy(unit).map((t) => [t.stt ?? '', t.text, t.lead.map((u) => u.name).join('; '), t.deadline.text, statuses.get(t) ?? 'Đang thực hiện']),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Báo cáo');
  writeFileSync(join(dir, file), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** One month's reports: Công an thành phố, Sở Nội vụ and Sở Khoa học và Công nghệ. */
function month(name: string, police: string, home: string): string {
  const dir = join(root, name);
  mkdirSync(dir);
  writeUnit(dir, 'ca.xlsx', 'Công an thành phố', new Map([[POLICE_ACCOUNTS, police]]));
  writeUnit(dir, 'snv.xlsx', 'Sở Nội vụ', new Map([[HOME_RECORDS, home]]));
  writeUnit(dir, 'skhcn.xlsx', 'Sở Khoa học và Công nghệ');
  return dir;
}

const root = mkdtempSync(join(tmpdir(), 'phuluc-ky-truoc-'));
const october = month('thang-10', 'Đang thực hiện', 'Đã hoàn thành');
const november = month('thang-11', 'Đã hoàn thành', 'Đang thực hiện');
const lastMonth = join(root, 'tong-hop-thang-10.xlsx');
const output = join(root, 'tong-hop-thang-11.xlsx');

interface Change {
  kind: string;
  key: string;
  matchedBy: string;
  stt: string | null;
  text: string;
  before: string;
  after: string;
  daysOverdue: number | null;
}

/** What changed between October and November, by kind and in plan order. */
const EXPECTED: [string, Task, string, string, number | null][] = [
  ['newlyDone', POLICE_ACCOUNTS, 'overdue', 'done_on_time', null],
  ['stillOverdue', SCIENCE_SOLUTION, 'overdue', 'overdue', 45],
  ['stillOverdue', UNREPORTED[0]!, 'overdue', 'overdue', 60],
  ['stillOverdue', UNREPORTED[1]!, 'overdue', 'overdue', 45],
  ['backwards', HOME_RECORDS, 'done_on_time', 'overdue', 45],
];

describe('phuluc consolidate --previous', () => {
  let changes: { previousAsOf: string; asOf: string; changes: Change[]; counts: Record<string, number>; unmatched: number; added: number; byWording: number };

  beforeAll(async () => {
    const first = await run(october, '--master', MASTER, '-o', lastMonth, '--as-of', OCTOBER);
    expect(first).toMatchObject({ code: 0, err: '' });
    const second = await run(november, '--master', MASTER, '-o', output, '--as-of', NOVEMBER, '--previous', lastMonth, '--json');
    expect(second).toMatchObject({ code: 0, err: '' });
    changes = JSON.parse(second.out).changes;
  });

  it('names in --json exactly the tasks that changed since October, paired by their keys', () => {
    expect(changes).toMatchObject({
      previousAsOf: '2025-10-14',
      asOf: '2025-11-14',
      counts: { newlyDone: 1, newlyOverdue: 0, stillOverdue: 3, backwards: 1 },
      unmatched: 0,
      added: 0,
      byWording: 0,
    });
    expect(changes.changes.map((c) => [c.kind, c.text, c.before, c.after, c.daysOverdue])).toEqual(
      EXPECTED.map(([kind, t, before, after, days]) => [kind, t.text, before, after, days]),
    );
    expect(changes.changes.every((c) => c.matchedBy === 'key' && /^[0-9a-f]{8}-\d{3}$/.test(c.key))).toBe(true);
  });

  it('writes the sheet "So với kỳ trước" after "Tổng hợp": both cut-off days, the counts, and the same tasks', () => {
    const book = readWorkbookFile(output);
    expect(book.sheets.slice(0, 2).map((s) => s.name)).toEqual(['Tổng hợp', 'So với kỳ trước']);
    const rows = book.sheets[1]!.rows.map((row) => (row ?? []).map((cell) => cellText(cell)));
    expect(rows.slice(0, 9)).toEqual([
      ['THAY ĐỔI SO VỚI KỲ TRƯỚC'],
      ['Số liệu tính đến ngày 14/11/2025'],
      ['Kỳ trước: số liệu tính đến ngày 14/10/2025'],
      [],
      ['Thay đổi', 'Số nhiệm vụ'],
      ['mới hoàn thành', '1'],
      ['mới quá hạn', '0'],
      ['vẫn quá hạn', '3'],
      ['kỳ trước đã hoàn thành, nay chưa', '1'],
    ]);
    const header = rows.findIndex((row) => row[0] === 'Thay đổi' && row[1] === 'STT');
    expect(rows.slice(header + 1).map((row) => [row[0], row[2], row[6] ?? ''])).toEqual([
      ['mới hoàn thành', POLICE_ACCOUNTS.text, ''],
      ['vẫn quá hạn', SCIENCE_SOLUTION.text, '45'],
      ['vẫn quá hạn', UNREPORTED[0]!.text, '60'],
      ['vẫn quá hạn', UNREPORTED[1]!.text, '45'],
      ['kỳ trước đã hoàn thành, nay chưa', HOME_RECORDS.text, '45'],
    ]);
  });

  it('writes each task’s key in a last, hidden column of "Tổng hợp"', async () => {
    const Workbook = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
    const book = new Workbook();
    await book.xlsx.readFile(output);
    const sheet = book.getWorksheet('Tổng hợp')!;
    const header = sheet.getRow(4).values as unknown[];
    const keyColumn = header.indexOf(KEY_HEADER);
    expect(keyColumn).toBe(header.length - 1);
    expect(sheet.getColumn(keyColumn).hidden).toBe(true);
    expect(sheet.getColumn(keyColumn - 1).hidden).toBe(false);
    const keys = tasks.map((_, i) => String(sheet.getRow(5 + i).getCell(keyColumn).value));
    expect(new Set(keys).size).toBe(tasks.length);
    expect(keys.find((k) => !/^[0-9a-f]{8}-\d{3}$/.test(k))).toBeUndefined();
  });

  it('prints the count of each kind of change', async () => {
    const again = join(root, 'tong-hop-en.xlsx');
    const result = await run(november, '--master', MASTER, '-o', again, '--as-of', NOVEMBER, '--previous', lastMonth, '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.out).toContain(['Since last cut-off (14/10/2025):', '  newly done: 1', '  newly overdue: 0', '  still overdue: 3', '  done last time, not now: 1'].join('\n'));
  });

  it('refuses, in one line and writing nothing, a --previous that is not a consolidation, not earlier, unreadable, or the output', async () => {
    const refused = join(root, 'khong-ghi.xlsx');
    const cases: [string, string, string][] = [
      [MASTER, NOVEMBER, `phuluc: --previous ${MASTER}: không phải bản tổng hợp của phuluc (không trang nào có dòng tiêu đề của trang "Tổng hợp")`],
      [output, NOVEMBER, `phuluc: --previous ${output}: kỳ trước có ngày chốt 14/11/2025, không trước ngày chốt kỳ này 14/11/2025; hãy cho bản tổng hợp của kỳ trước`],
      [join(root, 'khong-co.xlsx'), NOVEMBER, `phuluc: --previous ${join(root, 'khong-co.xlsx')}: không đọc được: không tìm thấy tệp`],
    ];
    for (const [previous, asOf, message] of cases) {
      const result = await run(november, '--master', MASTER, '-o', refused, '--as-of', asOf, '--previous', previous);
      expect(result).toEqual({ code: 2, out: '', err: message });
    }
    const over = await run(november, '--master', MASTER, '-o', lastMonth, '--as-of', NOVEMBER, '--previous', lastMonth);
    expect(over.code).toBe(2);
    expect(over.err).toBe(`phuluc: -o ${lastMonth}: tệp ghi ra phải khác tệp nguồn (đây là tệp đầu vào ${lastMonth}); phuluc không bao giờ ghi đè tệp đầu vào`);
    expect(() => readWorkbookFile(refused)).toThrow();
  });
});

describe('in the pane', () => {
  /** A month's consolidation as the pane's worker makes it, from the same unit files. */
  function consolidated(dir: string, asOf: string) {
    const files = ['ca.xlsx', 'snv.xlsx', 'skhcn.xlsx'].map((name) => join(dir, name));
    const reports = files.map((file) => readReport(file, readWorkbookFile(file), { asOf, planYear: 2025, lang: 'vi' }));
    return consolidate(recogniseWorkbook(readWorkbookFile(MASTER), { asOf }), reports, { asOf, lang: 'vi' });
  }

  it('hides the key column it writes, and reads October back from the workbook’s own sheet to compare', async () => {
    const context = new MemoryContext(readWorkbookFile(MASTER).sheets[0]!);
    const excel = asExcelContext(context);
    await writeOwnSheets(excel, consolidationLayout(consolidated(october, '2025-10-14'), 'vi'), { owner: 'consolidation', lang: 'vi', source: context.grid.name, pivotTables: false });
    const sheet = context.sheets.get('Tổng hợp')!;
    expect(sheet.looks.get('L:L')).toMatchObject({ columnHidden: true });
    expect(sheet.looks.get('K:K')?.columnHidden).toBeUndefined();
    const previous = readPreviousConsolidation({ sheets: [await readSheet(excel, { mergedAreas: true }, 'Tổng hợp')] });
    if ('problem' in previous) throw new Error(previous.problem);
    const m = compareWithPrevious(consolidated(november, '2025-11-14'), previous);
    if ('problem' in m) throw new Error(m.problem);
    expect(m.changes.map((c) => [c.kind, c.text, c.matchedBy])).toEqual(EXPECTED.map(([kind, t]) => [kind, t.text, 'key']));
  });
});
