/**
 * Builds the example workbooks (examples/) and the test fixtures (test/fixtures/) from the seed
 * plans transcribed in test/fixtures/plans/*.json, with the quirks a table picks up on its way from
 * Word or PDF into Excel. Run with `npm run fixtures`; test/fixtures.test.ts checks the committed
 * files still match what this script builds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { isoToExcelSerial } from '../src/core/calendar';
import seed000 from '../test/fixtures/plans/seed000-bach-long-vi.json';
import seed001 from '../test/fixtures/plans/seed001-de-an-06-hai-phong.json';
import seed003 from '../test/fixtures/plans/seed003-bcd-tinh.json';
import seed004 from '../test/fixtures/plans/seed004-duong-kinh-ocr.json';

type CellSpec = string | number | { date: string; format?: string } | { error: string } | null;
type Merge = [top: number, left: number, bottom: number, right: number];

interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: Merge[];
  hidden?: number[];
  widths?: number[];
}

const ERROR_VALUES: Record<string, number> = { '#REF!': 0x17, '#N/A': 0x2a, '#VALUE!': 0x0f, '#DIV/0!': 0x07 };

/** Days between the 1900 and the 1904 date systems' day zero. */
const DAYS_1900_TO_1904 = 1462;

function toSheetCell(spec: CellSpec, date1904: boolean): XLSX.CellObject | null {
  if (spec === null || spec === '') return null;
  if (typeof spec === 'string') return { t: 's', v: spec };
  if (typeof spec === 'number') return { t: 'n', v: spec };
  if ('date' in spec) {
    const serial = isoToExcelSerial(spec.date) - (date1904 ? DAYS_1900_TO_1904 : 0);
    return { t: 'n', v: serial, z: spec.format ?? 'dd/mm/yyyy' };
  }
  return { t: 'e', v: ERROR_VALUES[spec.error]! };
}

function sheet(spec: SheetSpec, date1904: boolean): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxCol = 0;
  spec.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      const cell = toSheetCell(value, date1904);
      if (cell) ws[XLSX.utils.encode_cell({ r, c })] = cell;
      maxCol = Math.max(maxCol, c);
    }),
  );
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, spec.rows.length - 1), c: maxCol } });
  if (spec.merges) ws['!merges'] = spec.merges.map(([top, left, bottom, right]) => ({ s: { r: top, c: left }, e: { r: bottom, c: right } }));
  if (spec.hidden) {
    const rows: XLSX.RowInfo[] = [];
    for (const r of spec.hidden) rows[r] = { hidden: true };
    ws['!rows'] = rows;
  }
  if (spec.widths) ws['!cols'] = spec.widths.map((wch) => ({ wch }));
  return ws;
}

function workbook(sheets: SheetSpec[], date1904 = false): XLSX.WorkBook {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) XLSX.utils.book_append_sheet(book, sheet(spec, date1904), spec.name);
  if (date1904) book.Workbook = { ...(book.Workbook ?? {}), WBProps: { date1904: true } };
  return book;
}

function bytes(book: XLSX.WorkBook, bookType: XLSX.BookType): Buffer {
  return XLSX.write(book, { type: 'buffer', bookType, compression: true }) as Buffer;
}

/** A title line merged across the table's width, as Word's centred paragraphs arrive. */
function titleRows(lines: readonly string[], width: number, from: number): { rows: CellSpec[][]; merges: Merge[] } {
  return {
    rows: lines.map((line) => [line]),
    merges: lines.map((_, i): Merge => [from + i, 0, from + i, width - 1]),
  };
}

/**
 * Seed 000, Bạch Long Vĩ: a cover sheet with the plan's text, then the appendix pasted from the
 * PDF: tasks 1-4 come out one printed line per row, tasks 5-9 as one row with line breaks in cells;
 * Word's "(1) ... (5)" column numbers under the header; the signature block under the table.
 */
export function bachLongVi(): XLSX.WorkBook {
  const width = 5;
  const title = titleRows(seed000.title, width, 0);
  const rows: CellSpec[][] = [...title.rows, [], seed000.header, ['(1)', '(2)', '(3)', '(4)', '(5)']];
  seed000.tasks.forEach((task, i) => {
    const cells = [[task.stt], task.task, task.lead, task.support, task.deadline];
    if (i < 4) {
      const height = Math.max(...cells.map((lines) => lines.length));
      for (let line = 0; line < height; line++) rows.push(cells.map((lines) => lines[line] ?? null));
    } else {
      rows.push(cells.map((lines) => lines.join('\n') || null));
    }
  });
  rows.push([], ['Nơi nhận:', null, null, 'TM. BAN CHỈ ĐẠO'], ['- Như trên;', null, null, 'TRƯỞNG BAN'], ['- Lưu: VT, VP.']);
  const cover: SheetSpec = {
    name: 'Kế hoạch',
    rows: [
      ['BAN CHỈ ĐẠO HUYỆN BẠCH LONG VĨ'],
      ['KẾ HOẠCH'],
      ['Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ về đẩy mạnh triển khai Đề án 06/ĐA-CP'],
      ['III. PHÂN CÔNG NHIỆM VỤ CỤ THỂ'],
      ['(Có phụ lục phân công cụ thể, chi tiết từng nhiệm vụ, từng đơn vị thực hiện gửi kèm theo)'],
    ],
  };
  return workbook([cover, { name: 'Phụ lục', rows, merges: title.merges, widths: [6, 60, 22, 26, 16] }]);
}

type AppendixRow = string[];

/**
 * Seed 003, the province's four appendices, one sheet each: Phụ lục II has its "Cơ quan / chủ trì"
 * header split over two rows (the other titles merged down) and section rows merged across;
 * Phụ lục III's "30/10/2025" is a real date cell; Phụ lục IV numbers every row "1.".
 */
export function bcdTinh(): XLSX.WorkBook {
  const sheets = seed003.appendices.map(({ name, title, rows: tableRows }): SheetSpec => {
    const body = tableRows as AppendixRow[];
    const width = body[0]!.length;
    const rows: CellSpec[][] = [[name], [title], []];
    const merges: Merge[] = [
      [0, 0, 0, width - 1],
      [1, 0, 1, width - 1],
    ];
    const twoRowHeader = body[1]!.some((cell) => cell.trim() === 'chủ trì');
    body.forEach((cells, i) => {
      const r = rows.length;
      const isSection = /^[IVX]+\.$/.test(cells[0]!.trim()) && cells.length <= 2;
      rows.push(cells.map((cell): CellSpec => (name === 'Phụ lục III' && cell === '30/10/2025' ? { date: '2025-10-30' } : cell)));
      if (isSection) merges.push([r, 1, r, width - 1]);
      if (twoRowHeader && i === 0) {
        cells.forEach((_, c) => {
          if (body[1]![c]!.trim() === '') merges.push([r, c, r + 1, c]);
        });
      }
    });
    return { name, rows, merges, widths: [6, 60, 24, 24, 24, 14, 16] };
  });
  return workbook(sheets);
}

interface ReportEntry {
  status: string;
  result?: string;
  completed?: CellSpec;
}

/** What the reporting units wrote against some of seed 001's tasks (keyed by group and number). */
const SEED001_REPORT: Record<string, ReportEntry> = {
  '1.|1.2.': { status: 'Đang thực hiện', result: 'Tỷ lệ TTHC liên quan doanh nghiệp thực hiện trực tuyến đạt 96%' },
  '2.1.|(1)': { status: 'Thường xuyên thực hiện', result: 'Đã làm sạch 1.250.000 trường hợp dữ liệu hộ tịch' },
  '2.2.|(8)': { status: 'Chưa triển khai', result: 'Chờ hướng dẫn của Trung ương' },
  '2.3.|(1)': {
    status: 'Đã hoàn thành',
    result: 'Báo cáo số 412/BC-CAHP ngày 28/9/2025',
    completed: { date: '2025-09-28' },
  },
  '2.3.|(2)': { status: 'Đang triển khai' },
  '2.5.|(5)': { status: 'Đã hoàn thành', result: 'Báo cáo số 215/BC-SNV ngày 10/10/2025', completed: { date: '2025-10-10' } },
  '2.8.|(1)': { status: 'Chưa hoàn thành', result: 'Đang hoàn thiện hạ tầng Trung tâm IOC' },
  '1.|': { status: 'Đang triển khai' },
  '2.|2.1.': { status: 'Đang thực hiện' },
  '2.|2.6.': { status: 'Hoàn thành', result: 'Văn bản số 3310/STC-QLNS ngày 12/9/2025', completed: { date: '2025-09-12' } },
  '2.|2.7.': { status: 'Đã hoàn thành', result: 'Báo cáo số 98/BC-STP', completed: '30/09/2025' },
};

/**
 * Seed 001, Hải Phòng's Đề án 06 plan, as the table a unit reports on: prose tasks laid out as
 * rows, groups announcing their size ("(09 nhiệm vụ)"), and the unit's report columns under a
 * merged "Tình hình thực hiện" title (a two-row header).
 */
export function deAn06HaiPhong(): XLSX.WorkBook {
  const width = 8;
  const title = titleRows(['BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH TRIỂN KHAI ĐỀ ÁN 06 NĂM 2025', '(Những tháng cuối năm 2025 - số liệu tính đến ngày 14/11/2025)'], width, 0);
  const rows: CellSpec[][] = [
    ...title.rows,
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình hình thực hiện', null, null],
    [null, null, null, null, null, 'Tình trạng', 'Kết quả thực hiện', 'Ngày hoàn thành'],
  ];
  const merges: Merge[] = [...title.merges, [3, 5, 3, 7], ...[0, 1, 2, 3, 4].map((c): Merge => [3, c, 4, c])];
  let group = '';
  for (const item of seed001.items as { stt: string; text: string; lead?: string; support?: string; deadline?: string }[]) {
    const r = rows.length;
    if (item.lead === undefined) {
      rows.push([item.stt, item.text]);
      merges.push([r, 1, r, width - 1]);
      group = item.stt;
      continue;
    }
    const report = SEED001_REPORT[`${group}|${item.stt}`];
    rows.push([item.stt || null, item.text, item.lead, item.support ?? null, item.deadline ?? null, report?.status ?? null, report?.result ?? null, report?.completed ?? null]);
  }
  return workbook([{ name: 'Báo cáo', rows, merges, widths: [6, 60, 24, 28, 16, 16, 30, 14] }]);
}

/** Seed 004, Dương Kinh: an OCR'd scan, diacritics lost or garbled in headers, names and deadlines alike. */
export function duongKinhOcr(): XLSX.WorkBook {
  const rows: CellSpec[][] = [
    ['UY BAN NHAN DAN PHUONG DUONG KINH'],
    ['KE HOACH'],
    ['NHIEM VU, GIAI PHAP TRONG TAM (trién khai dén ngay 31/12/2025)'],
    [],
    ['TT', 'Noi dung nhiém vu', 'Chu tri thuc hién', 'Phéi hop thuc hién', 'Thoi gian hoan thanh'],
  ];
  for (const item of seed004.items as { stt: string; text: string; lead?: string; support?: string; deadline?: string }[]) {
    rows.push([item.stt, item.text, item.lead ?? null, item.support ?? null, item.deadline ?? null]);
  }
  return workbook([{ name: 'Sheet1', rows, widths: [6, 60, 24, 28, 16] }]);
}

/**
 * Phụ lục IV laid out the way offices lay out long tables: a lead shared by consecutive tasks
 * merged down, the header repeated where the printout broke a page, a hidden row, and a second
 * table (Phụ lục I) further down the same sheet.
 */
export function mergedAndHidden(): XLSX.WorkBook {
  const appendix4 = seed003.appendices[3]!.rows as AppendixRow[];
  const appendix1 = seed003.appendices[0]!.rows as AppendixRow[];
  const rows: CellSpec[][] = [['Phụ lục IV'], [], appendix4[0]!];
  const merges: Merge[] = [];
  const tasks = appendix4.slice(1);
  tasks.forEach((cells, i) => {
    if (i === 8) rows.push(appendix4[0]!); // page break: header printed again
    const r = rows.length;
    const previous = tasks[i - 1];
    const sharesLead = previous !== undefined && previous[2] === cells[2] && i !== 8;
    rows.push([cells[0]!, cells[1]!, sharesLead ? null : cells[2]!, cells[3]!, cells[4]!]);
    if (sharesLead) {
      const last = merges.at(-1);
      if (last && last[1] === 2 && last[2] === r - 1) last[2] = r;
      else merges.push([r - 1, 2, r, 2]);
    }
  });
  const hiddenRow = rows.length;
  rows.push(['1.', 'Nhiệm vụ ẩn: rà soát danh mục dữ liệu dùng chung', 'Sở Khoa học và Công nghệ', null, 'Tháng 12/2025']);
  rows.push([], ['Phụ lục I'], [seed003.appendices[0]!.title], [], ...appendix1);
  return workbook([{ name: 'Phụ lục', rows, merges, hidden: [hiddenRow] }]);
}

/** Deadlines as real dates in a 1904-system workbook (old Mac files), beside dd/mm text and a serial that lost its format. */
export function dates1904(): XLSX.WorkBook {
  return workbook(
    [
      {
        name: 'Theo dõi',
        rows: [
          ['STT', 'Nội dung công việc', 'Cơ quan thực hiện', 'Phối hợp thực hiện', 'Tiến độ'],
          [1, 'Rà soát dữ liệu hộ tịch', 'Sở Tư pháp', 'Công an tỉnh', { date: '2025-10-30' }],
          [2, 'Báo cáo sơ kết', 'Văn phòng UBND tỉnh', null, '15/12/2025'],
          [3, 'Cập nhật dữ liệu đất đai', 'Sở Nông nghiệp và Môi trường', null, isoToExcelSerial('2025-11-20')],
        ],
      },
    ],
    true,
  );
}

/**
 * A unit's report with one planted defect per rule, each at a known cell (test/plantedDefects.test.ts
 * lists them), built from seed 001's tasks. Everything else in it is clean, and every unit is in
 * the directory built next to it.
 */
export function plantedDefects(): XLSX.WorkBook {
  const swappedDeadline: CellSpec = { date: '2025-05-11' }; // "05/11/2025" typed into a month-first Excel
  const rows: CellSpec[][] = [
    ['BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH ĐỀ ÁN 06 NĂM 2025'],
    [],
    ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng', 'Kết quả thực hiện', 'Ngày hoàn thành'],
    ['I.', 'NHÓM NHIỆM VỤ CHUNG (03 nhiệm vụ)'], // GROUP_COUNT_MISMATCH B4: holds 4
    ['1', 'Làm sạch dữ liệu hộ tịch', 'Sở Tư pháp', 'Công an thành phố', 'Thường xuyên', 'Thường xuyên thực hiện'],
    ['2', 'Số hóa hồ sơ cán bộ, công chức, viên chức', null, 'Sở Tư pháp', 'Tháng 9/2025', 'Chưa thực hiện'], // MISSING_LEAD C6
    ['2', 'Cấp phiếu Lý lịch tư pháp trên VNeID', 'Công an thành phố', null, 'Quý IV/2025', 'Đang thực hiện'], // DUPLICATE_STT A7
    ['3', null, 'Sở Nội vụ', null, 'Tháng 12/2025', 'Đang thực hiện'], // MISSING_TASK_TEXT B8
    ['II.', 'NHÓM NHIỆM VỤ CỤ THỂ'],
    ['1', 'Tích hợp Sổ sức khoẻ điện tử trên VNeID', 'Sở Y tế', null, null, 'Đang thực hiện'], // MISSING_DEADLINE E10
    ['3', 'Triển khai thu thuế hộ kinh doanh qua ứng dụng', 'Thuế thành phố Hải Phòng', null, 'Tháng 12/2025', 'Đang triển khai'], // STT_ORDER A11
    ['4', 'Triển khai giải pháp định danh địa điểm', 'Sở Xây dựng', null, 'Sau Tết Nguyên đán', 'Chưa triển khai'], // UNPARSED_DEADLINE E12
    ['5', 'Vận hành Trung tâm điều hành IOC', 'Sở Khoa học và Công nghệ', 'Sở KH&CN; Công an thành phố', 'Tháng 12/2025', 'Đang thực hiện'], // LEAD_IN_SUPPORT D13
    ['6', 'Triển khai Hệ thống xác thực tập trung', 'Sở Khoa hoc va Cong nge', null, 'Quý IV/2025', 'Đang thực hiện'], // UNKNOWN_UNIT C14
    ['7', 'Định danh vị trí việc làm của cán bộ', 'Sở Nội vụ', null, 'Tháng 12/2025', 'Tạm ổn'], // UNKNOWN_STATUS F15
    ['8', 'Số hóa hồ sơ người có công', 'Sở Nội vụ', null, 'Tháng 9/2025', 'Đã hoàn thành', 'Báo cáo số 215/BC-SNV'], // DONE_WITHOUT_DATE H16
    ['9', 'Làm sạch dữ liệu hôn nhân', 'Sở Tư pháp', null, 'Tháng 12/2025', 'Đã hoàn thành', 'Báo cáo số 99/BC-STP', { date: '2025-11-20' }], // COMPLETION_AFTER_AS_OF H17 (as of 14/11/2025)
    ['10', 'Sử dụng VNeID trong khám chữa bệnh', 'Sở Y tế', null, 'Tháng 12/2025', 'Đang thực hiện', null, { date: '2025-10-15' }], // DATE_WITHOUT_DONE H18
    ['11', 'Cấp tài khoản định danh điện tử cho tổ chức', 'Công an thành phố', null, 'Tháng 9/2025', 'Hoàn thành', 'Đã xong', { date: '2025-09-28' }], // DONE_WITHOUT_EVIDENCE G19
    ['12', 'Bố trí kinh phí chuyển đổi số', 'Sở Tài chính', null, 'Tháng 3/2026', 'Chưa thực hiện'], // DEADLINE_OUTSIDE_PLAN E20
    ['13', 'Chi trả an sinh xã hội không dùng tiền mặt', 'Sở Tài chính', { error: '#REF!' }, 'Quý IV/2025', 'Đang thực hiện'], // FORMULA_ERROR D21
    ['14', 'Rà soát thủ tục hành chính'.normalize('NFD'), 'Văn phòng UBND thành phố', null, 'Tháng 12/2025', 'Đang thực hiện'], // TEXT_NOT_NFC B22
    ['15', 'Tæ chøc tËp huÊn kü n¨ng sè cho c¸n bé', 'Sở Nội vụ', null, 'Tháng 12/2025', 'Đang thực hiện'], // LEGACY_ENCODING B23
    ['16', 'Triển khai sổ sức khoẻ điện tử', 'Sở  Y tế ', null, 'Tháng 12/2025', 'Đang thực hiện'], // EXTRA_SPACES C24
    ['17', 'Cập nhật dữ liệu người cai nghiện', 'Công an thành phố', null, 'Thường xuyên', 'Thường xuyên thực hiện'], // HIDDEN_ROW A25
    ['18', 'Hoàn thiện cơ sở dữ liệu nhà ở', 'Sở Xây dựng', null, 'Tháng 12/2025', 'Đang thực hiện'], // MERGED_DATA_CELLS C26 (C26:C27)
    ['19', 'Thí điểm cảnh báo cháy gắn với định danh số nhà', null, null, 'Tháng 12/2025', 'Đang thực hiện'],
    ['20', 'Triển khai giải pháp định danh địa điểm,', 'Sở Xây dựng', null, 'Tháng 12/2025', 'Đang thực hiện'], // SPLIT_ROW B28
    [null, 'đánh số nhà theo Thông tư số 08/2024/TT-BXD'],
    ['21', 'Cấp căn cước cho công dân dưới 14 tuổi', 'Công an thành phố', null, swappedDeadline, 'Đang thực hiện'], // SWAPPED_DATE E30
    ['22', 'Kết nối dữ liệu đất đai', 'Sở Xây dựng', null, '30/11/2025', 'Đang thực hiện'],
    ['IV.', 'NHIỆM VỤ TRỌNG TÂM'], // GROUP_NUMBERING A32: III is missing
    ['1', 'Triển khai Kiosk dịch vụ công thông minh', 'Văn phòng UBND thành phố', null, 'Trước ngày 31/12/2025', 'Đang thực hiện'],
    [],
    ['Nơi nhận:', null, null, null, null, 'TM. ỦY BAN NHÂN DÂN'],
  ];
  const merges: Merge[] = [
    [0, 0, 0, 7],
    [3, 1, 3, 7],
    [8, 1, 8, 7],
    [31, 1, 31, 7],
    [25, 2, 26, 2],
  ];
  return workbook([{ name: 'Báo cáo', rows, merges, hidden: [24] }]);
}

/** The unit directory the planted-defects report is checked against. */
export function unitDirectory(): XLSX.WorkBook {
  const rows: CellSpec[][] = [
    ['Tên đơn vị', 'Tên gọi khác'],
    ['Sở Tư pháp', 'STP'],
    ['Công an thành phố', 'CATP; Công an TP'],
    ['Sở Nội vụ', 'SNV'],
    ['Sở Y tế', 'SYT'],
    ['Thuế thành phố Hải Phòng', 'Thuế TP'],
    ['Sở Xây dựng', 'SXD'],
    ['Sở Khoa học và Công nghệ', 'Sở KH&CN; KHCN'],
    ['Sở Tài chính', 'STC'],
    ['Văn phòng UBND thành phố', 'VP UBND TP'],
  ];
  return workbook([{ name: 'Danh mục đơn vị', rows }]);
}

function encryptedPackage(): Buffer {
  // An Office-encrypted workbook is a CFB container holding EncryptionInfo and EncryptedPackage.
  const container = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(64, 7));
  return Buffer.from(XLSX.CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** Every file this script writes: path relative to the repository, and its bytes. */
export function buildAll(): { path: string; bytes: Buffer }[] {
  const bachLongViBook = bachLongVi();
  const bachLongViBytes = bytes(bachLongViBook, 'xlsx');
  return [
    { path: 'examples/ke-hoach-01-bach-long-vi.xlsx', bytes: bachLongViBytes },
    { path: 'examples/ke-hoach-bcd-tinh-phu-luc-I-IV.xlsx', bytes: bytes(bcdTinh(), 'xlsx') },
    { path: 'examples/bao-cao-de-an-06-hai-phong.xlsx', bytes: bytes(deAn06HaiPhong(), 'xlsx') },
    { path: 'examples/ke-hoach-68-duong-kinh-ocr.xlsx', bytes: bytes(duongKinhOcr(), 'xlsx') },
    { path: 'test/fixtures/bach-long-vi.xls', bytes: bytes(bachLongViBook, 'biff8') },
    { path: 'test/fixtures/bach-long-vi.xlsm', bytes: bytes(bachLongViBook, 'xlsm') },
    { path: 'test/fixtures/merged-and-hidden.xlsx', bytes: bytes(mergedAndHidden(), 'xlsx') },
    { path: 'test/fixtures/dates-1904.xlsx', bytes: bytes(dates1904(), 'xlsx') },
    { path: 'test/fixtures/planted-defects.xlsx', bytes: bytes(plantedDefects(), 'xlsx') },
    { path: 'test/fixtures/danh-muc-don-vi.xlsx', bytes: bytes(unitDirectory(), 'xlsx') },
    {
      path: 'test/fixtures/no-table.xlsx',
      bytes: bytes(
        workbook([
          {
            name: 'Danh bạ',
            rows: [
              ['Họ tên', 'Đơn vị', 'Điện thoại'],
              ['Nguyễn Văn A', 'Sở Tư pháp', '0225 3842 123'],
            ],
          },
        ]),
        'xlsx',
      ),
    },
    { path: 'test/fixtures/not-excel.xlsx', bytes: Buffer.from('STT;Nhiệm vụ;Chủ trì\n1;Rà soát;Sở Tư pháp\n', 'utf8') },
    { path: 'test/fixtures/damaged.xlsx', bytes: bachLongViBytes.subarray(0, Math.floor(bachLongViBytes.length / 2)) },
    { path: 'test/fixtures/password.xlsx', bytes: encryptedPackage() },
  ];
}

if (require.main === module) {
  const root = join(__dirname, '..');
  for (const { path, bytes: content } of buildAll()) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
    console.log(`${path} (${content.length} bytes)`);
  }
}
