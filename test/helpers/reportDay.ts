/**
 * The folder a standing office really has on report day (issue 13, "Whose file is whose"), made
 * from seed 001's plan (examples/bao-cao-de-an-06-hai-phong.xlsx): units' reports whose letterhead
 * puts the city's people's committee above the unit, with or without diacritics; files called
 * Book1/Book2 with no letterhead, one filled and one not; units named only by an abbreviation in the
 * file name; an .ods report; a corrected copy sent three days later; the plan itself and last
 * month's consolidation left in the folder; and files that are not reports at all.
 *
 * `REPORT_DAY` says what a consolidation of this folder must find, file by file.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { cellText } from '../../src/core/grid';
import { fold } from '../../src/core/text';
import type { Task } from '../../src/core/table';
import { ledBy, MASTER, tasks } from './unitFiles';

/** Where a source's unit came from, as `phuluc consolidate --json` names it. */
export type UnitFrom = 'letterhead' | 'label' | 'file' | 'alias' | 'rows' | 'user';

/** A unit report that must be read: whose it is, how phuluc knows, and its task rows. */
export interface ExpectedReport {
  unit: string | null;
  unitFrom: UnitFrom | null;
  confirm: boolean;
  /** Task rows in the file; every one of them is a task of the plan. */
  tasks: number;
}

const POLICE = 'Công an thành phố';
const COURT = 'Tòa án nhân dân thành phố';
const HEALTH = 'Sở Y tế';
const CONSTRUCTION = 'Sở Xây dựng';
const JUSTICE = 'Sở Tư pháp';
const EDUCATION = 'Sở Giáo dục và Đào tạo';
const SCIENCE = 'Sở Khoa học và Công nghệ';
const TAX = 'Thuế thành phố Hải Phòng';

/** The tasks a unit leads, whatever the plan's spelling of its name ("Sở Giáo dục và đào tạo"). */
const ledByAnySpelling = (unit: string) => tasks.filter((t) => t.lead.some((u) => fold(u.name) === fold(unit)));

const taxTasks = ledBy(TAX);
/** The task Thuế's corrected copy reports done: the first of its tasks with a due day (the others are "Thường xuyên"). */
const taxCorrected = taxTasks.find((t) => t.deadline.due !== null)!;

export const REPORT_DAY = {
  /** The files that are units' reports and are used. */
  reports: {
    'bao-cao-thang-11.xlsx': { unit: POLICE, unitFrom: 'letterhead', confirm: false, tasks: ledBy(POLICE).length },
    'toa-an.xlsx': { unit: COURT, unitFrom: 'letterhead', confirm: false, tasks: ledBy(COURT).length },
    'Book1.xlsx': { unit: HEALTH, unitFrom: 'rows', confirm: true, tasks: ledBy(HEALTH).length },
    'Book2.xlsx': { unit: null, unitFrom: null, confirm: true, tasks: ledBy(CONSTRUCTION).length },
    'STP.xlsx': { unit: JUSTICE, unitFrom: 'file', confirm: false, tasks: ledBy(JUSTICE).length },
    'SGDDT_T11.xlsx': { unit: EDUCATION, unitFrom: 'file', confirm: false, tasks: ledByAnySpelling(EDUCATION).length },
    'So KHCN.ods': { unit: SCIENCE, unitFrom: 'letterhead', confirm: false, tasks: ledBy(SCIENCE).length },
    'thue-tp (1).xlsx': { unit: TAX, unitFrom: 'letterhead', confirm: false, tasks: taxTasks.length },
  } satisfies Record<string, ExpectedReport>,
  /** Book2's rows name Sở Xây dựng's tasks but none is filled in: nothing says whose file it is. */
  unknown: { file: 'Book2.xlsx', unit: CONSTRUCTION } as const,
  /** Book1 names no unit; the rows it filled in are all Sở Y tế's. */
  inferred: { file: 'Book1.xlsx', unit: HEALTH } as const,
  /** Thuế sent its report, then a corrected copy three days later (the corrected task: `taxCorrected`). */
  duplicate: { older: 'thue-tp.xlsx', newer: 'thue-tp (1).xlsx', unit: TAX, corrected: taxCorrected } as const,
  /** Files in the folder that are not units' reports, with a phrase their reason must contain (any reason when null). */
  skipped: {
    'ke-hoach.xlsx': 'kế hoạch',
    'tong-hop-thang-10.xlsx': 'tổng hợp',
    'danh-sach.csv': null,
    'cong-van.doc': null,
    '~$bao-cao-thang-11.xlsx': null,
    'thang-10': null,
  } as Record<string, string | null>,
  /** Units whose files name them one way or another (Sở Y tế inferred from its rows). */
  reported: [POLICE, COURT, HEALTH, JUSTICE, EDUCATION, SCIENCE, TAX],
  /** Sheet names, titles and date lines in the folder's workbooks: none of them is a unit. */
  notUnits: [
    'Sheet1',
    'Báo cáo',
    'Phụ lục',
    'Tổng hợp',
    'Nguồn và phát hiện',
    'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH',
    'Book1',
    'Book2',
    'STP',
    'SGDDT_T11',
    'So KHCN',
    'ke-hoach',
    'tong-hop-thang-10',
  ],
};

/** Every file name in the folder (the sub-folder too), as listed in `sources`. */
export const REPORT_DAY_FILES = [...Object.keys(REPORT_DAY.reports), REPORT_DAY.duplicate.older, ...Object.keys(REPORT_DAY.skipped)];

const NATIONAL_TITLE = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', 'Tình hình thực hiện', 'Kết quả thực hiện'];
const TITLE = 'BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH';
const WIDTH = HEADER.length;
/** The national title and the date sit over the right half of the table (columns D–F), the letterhead over the left (A–C). */
const RIGHT = 3;

interface ReportRow {
  task: Task;
  /** Empty when the unit did not fill the row in. */
  status: string;
  result: string;
}

interface UnitReport {
  name: string;
  /** The letterhead's lines, the governing body first; none for a file typed straight into a blank workbook. */
  letterhead?: string[];
  /** "Số: 12/BC-CATP", under the letterhead. */
  number?: string;
  /** "Hải Phòng, ngày 17 tháng 11 năm 2025", under the national title. */
  dateLine?: string;
  /** The national title, the title and the header as typed (a file typed without diacritics has its own). */
  nationalTitle?: string[];
  title?: string;
  header?: string[];
  sheet?: string;
  rows: ReportRow[];
}

function padded(cells: string[]): string[] {
  return [...cells, ...Array<string>(Math.max(0, WIDTH - cells.length)).fill('')];
}

/** Left and right halves of a letterhead row. */
function letterheadRow(left: string, right: string): string[] {
  const row = padded([left]);
  row[RIGHT] = right;
  return row;
}

/** A unit's report the way units type it: letterhead, national title, date, title, the table of the tasks it leads, renumbered. */
function unitReport(report: UnitReport): XLSX.WorkBook {
  const national = report.nationalTitle ?? NATIONAL_TITLE;
  const left = [...(report.letterhead ?? [])];
  const right = report.letterhead ? [...national] : [];
  if (report.number || report.dateLine) {
    while (left.length < right.length) left.push('');
    left.push(report.number ?? '');
    right.push(report.dateLine ?? '');
  }
  const top = Array.from({ length: Math.max(left.length, right.length) }, (_, i) => letterheadRow(left[i] ?? '', right[i] ?? ''));
  const aoa: (string | number)[][] = [
    ...top,
    ...(top.length ? [padded([])] : []),
    padded([report.title ?? TITLE]),
    padded([]),
    report.header ?? HEADER,
    ...report.rows.map(({ task, status, result }, i) => [i + 1, task.text, cellText(task.values.lead) || task.lead.map((u) => u.name).join('; '), task.deadline.text, status, result]),
  ];
  const sheet = XLSX.utils.aoa_to_sheet(aoa);
  const titleRow = top.length ? top.length + 1 : 0;
  sheet['!merges'] = [
    ...top.flatMap((_, r) => [
      { s: { r, c: 0 }, e: { r, c: RIGHT - 1 } },
      { s: { r, c: RIGHT }, e: { r, c: WIDTH - 1 } },
    ]),
    { s: { r: titleRow, c: 0 }, e: { r: titleRow, c: WIDTH - 1 } },
  ];
  sheet['!cols'] = [{ wch: 6 }, { wch: 60 }, { wch: 28 }, { wch: 18 }, { wch: 18 }, { wch: 30 }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, report.sheet ?? 'Báo cáo');
  return book;
}

function writeBook(path: string, book: XLSX.WorkBook): void {
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: path.endsWith('.ods') ? 'ods' : 'xlsx' }) as Buffer);
}

const done =
  (result: string) =>
  (task: Task): ReportRow => ({ task, status: 'Đã hoàn thành', result });
const ongoing =
  (result: string) =>
  (task: Task): ReportRow => ({ task, status: 'Đang thực hiện', result });

/** Công an's November report: every task it leads done. Also last month's only input for the previous consolidation. */
const policeReport = (name: string): UnitReport => ({
  name,
  letterhead: ['UBND THÀNH PHỐ HẢI PHÒNG', 'CÔNG AN THÀNH PHỐ HẢI PHÒNG'],
  number: 'Số: 12/BC-CATP',
  dateLine: 'Hải Phòng, ngày 17 tháng 11 năm 2025',
  rows: ledBy(POLICE).map(done('Báo cáo số 12/BC-CATP')),
});

/** Thuế's report: everything under way; the corrected copy, dated three days later, reports one task done. */
const taxReport = (name: string, dateLine: string, corrected: boolean): UnitReport => ({
  name,
  letterhead: ['THUẾ THÀNH PHỐ HẢI PHÒNG'],
  dateLine,
  rows: taxTasks.map((task) =>
    corrected && task === taxCorrected ? done('Đã cấp tài khoản định danh điện tử cho 12.500 tổ chức')(task) : ongoing('Đang rà soát, làm sạch dữ liệu người nộp thuế')(task),
  ),
});

const REPORTS: UnitReport[] = [
  policeReport('bao-cao-thang-11.xlsx'),
  {
    // Typed on a computer without a Vietnamese keyboard.
    name: 'toa-an.xlsx',
    letterhead: ['UBND THANH PHO HAI PHONG', 'TOA AN NHAN DAN THANH PHO HAI PHONG'],
    nationalTitle: ['CONG HOA XA HOI CHU NGHIA VIET NAM', 'Doc lap - Tu do - Hanh phuc'],
    title: 'BAO CAO KET QUA THUC HIEN KE HOACH',
    header: ['STT', 'Nhiem vu', 'Don vi chu tri', 'Thoi gian hoan thanh', 'Tinh hinh thuc hien', 'Ket qua thuc hien'],
    rows: ledBy(COURT).map((task, i) =>
      i === 0 ? { task, status: 'Dang thuc hien', result: 'Cho huong dan cua TAND toi cao' } : { task, status: 'Da hoan thanh', result: 'Bao cao so 45/BC-TA' },
    ),
  },
  // Typed into a new workbook: no letterhead, Excel's default names.
  { name: 'Book1.xlsx', sheet: 'Sheet1', rows: ledBy(HEALTH).map(ongoing('Đã tích hợp Sổ sức khỏe điện tử cho 82% người dân')) },
  { name: 'Book2.xlsx', sheet: 'Sheet1', rows: ledBy(CONSTRUCTION).map((task) => ({ task, status: '', result: '' })) },
  { name: 'STP.xlsx', rows: ledBy(JUSTICE).map(done('Báo cáo số 98/BC-STP')) },
  { name: 'SGDDT_T11.xlsx', rows: ledByAnySpelling(EDUCATION).map(ongoing('Đã thí điểm tại 40 trường học')) },
  {
    name: 'So KHCN.ods',
    letterhead: ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ'],
    dateLine: 'Hải Phòng, ngày 12 tháng 11 năm 2025',
    rows: ledBy(SCIENCE).map((task, i) => (i % 2 ? done('Đã hoàn thành, báo cáo số 77/BC-SKHCN')(task) : ongoing('Đang triển khai theo kế hoạch')(task))),
  },
  taxReport(REPORT_DAY.duplicate.older, 'Hải Phòng, ngày 10 tháng 11 năm 2025', false),
  taxReport(REPORT_DAY.duplicate.newer, 'Hải Phòng, ngày 13 tháng 11 năm 2025', true),
];

const REPORT_COLUMN = /^(tinh hinh thuc hien|tinh trang|ket qua thuc hien|ngay hoan thanh)$/;

/**
 * The plan as the office received it: the master with its report columns removed, under the plan's
 * title (the report's "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH ..." without its first words).
 */
function planCopy(): XLSX.WorkBook {
  const master = XLSX.read(readFileSync(MASTER));
  const aoa = XLSX.utils.sheet_to_json<(string | number)[]>(master.Sheets[master.SheetNames[0]!]!, { header: 1, defval: '', raw: true });
  const header = aoa.findIndex((row) => row.some((cell) => fold(String(cell)) === 'stt'));
  const headerRows = aoa.slice(header, header + 2);
  const width = Math.max(...aoa.map((row) => row.length));
  const kept = Array.from({ length: width }, (_, c) => c).filter((c) => !headerRows.some((row) => REPORT_COLUMN.test(fold(String(row[c] ?? '')))));
  const rows = aoa.map((row) => kept.map((c) => row[c] ?? ''));
  // The second header row only named the report columns: without them it is empty.
  const body = rows.filter((row, r) => r <= header || row.some((cell) => String(cell).trim()));
  const [title] = body;
  title![0] = String(title![0]).replace(/^.*?(?=KẾ HOẠCH)/, '');
  body[1] = ['(Kèm theo Kế hoạch của Ủy ban nhân dân thành phố Hải Phòng)', ...Array<string>(kept.length - 1).fill('')];
  const sheet = XLSX.utils.aoa_to_sheet(body);
  const last = kept.length - 1;
  sheet['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: last } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: last } },
    // Section rows: a number and a heading across the table.
    ...body.flatMap((row, r) => (r > header && String(row[1]).trim() && row.slice(2).every((cell) => !String(cell).trim()) ? [{ s: { r, c: 1 }, e: { r, c: last } }] : [])),
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Phụ lục');
  return book;
}

const ROOT = join(__dirname, '..', '..');
let lastMonth: string | undefined;

/**
 * Last month's consolidation, written by phuluc itself (in a child process, so the folder is built
 * synchronously) from Công an's report at the cut-off 14/10/2025. Made once per test process.
 */
function lastMonthOutput(): string {
  if (lastMonth) return lastMonth;
  const input = mkdtempSync(join(tmpdir(), 'phuluc-thang-10-'));
  writeBook(join(input, 'bao-cao-thang-11.xlsx'), unitReport(policeReport('bao-cao-thang-11.xlsx')));
  const output = join(mkdtempSync(join(tmpdir(), 'phuluc-thang-10-out-')), 'tong-hop-thang-10.xlsx');
  const args = ['consolidate', input, '--master', MASTER, '-o', output, '--as-of', '2025-10-14'];
  const script = `require(${JSON.stringify(join(ROOT, 'src', 'cli', 'main.ts'))}).main(${JSON.stringify(args)}, { out: () => {}, err: (t) => process.stderr.write(t + '\\n') }).then((code) => { process.exitCode = code; });`;
  try {
    execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`reportDayFolder: phuluc consolidate could not write last month's output: ${stderr}`);
  }
  if (!existsSync(output)) throw new Error(`reportDayFolder: phuluc consolidate wrote no ${output}`);
  lastMonth = output;
  return output;
}

/** An Excel lock file: the user's name in a fixed-size record (165 bytes), no workbook. */
function lockFile(user: string): Buffer {
  const bytes = Buffer.alloc(165);
  bytes[0] = user.length;
  bytes.write(user, 1, 'latin1');
  bytes[0x36] = user.length;
  bytes.write(user, 0x38, 'utf16le');
  return bytes;
}

/** A Word 97 document's compound-file signature and nothing a spreadsheet reader could use. */
function wordDocument(): Buffer {
  const bytes = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  bytes.write('Công văn số 1234/UBND-VP về việc báo cáo kết quả thực hiện Đề án 06', 512, 'utf8');
  return bytes;
}

/** The folder on report day (14/11/2025): see REPORT_DAY for what each file is and what must come of it. */
export function reportDayFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-ngay-bao-cao-'));
  for (const report of REPORTS) writeBook(join(dir, report.name), unitReport(report));
  // Both Thuế attachments were saved from the mail at the same sitting, the corrected one first: the
  // files' modified times do not tell which report is newer, the dates written in them do.
  utimesSync(join(dir, REPORT_DAY.duplicate.newer), new Date('2025-11-14T08:30:00+07:00'), new Date('2025-11-14T08:30:00+07:00'));
  utimesSync(join(dir, REPORT_DAY.duplicate.older), new Date('2025-11-14T08:31:00+07:00'), new Date('2025-11-14T08:31:00+07:00'));
  writeBook(join(dir, 'ke-hoach.xlsx'), planCopy());
  copyFileSync(lastMonthOutput(), join(dir, 'tong-hop-thang-10.xlsx'));
  writeFileSync(join(dir, 'danh-sach.csv'), 'STT,Đơn vị,Người đầu mối,Điện thoại\n1,Công an thành phố,Nguyễn Văn A,0225 3841 234\n2,Sở Tư pháp,Trần Thị B,0225 3842 111\n');
  writeFileSync(join(dir, 'cong-van.doc'), wordDocument());
  writeFileSync(join(dir, '~$bao-cao-thang-11.xlsx'), lockFile('Nguyen Van A'));
  // Last month's reports, kept in a sub-folder: not this month's.
  mkdirSync(join(dir, 'thang-10'));
  writeBook(join(dir, 'thang-10', 'bao-cao-thang-10.xlsx'), unitReport(policeReport('bao-cao-thang-10.xlsx')));
  return dir;
}
