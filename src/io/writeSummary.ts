/**
 * Writes the summary workbook of `phuluc summarize` with styles (exceljs, write-only: only our own
 * data goes through it). Strings are written as strings, so a unit name starting with "=" stays text.
 */
import ExcelJS from 'exceljs';
import type { Language } from '../core/findings';
import { STATE_LABELS } from '../core/i18n';
import { TASK_STATES } from '../core/state';
import { cutOffLine, reportSentence, type Row, type Summary } from '../core/summary';
import type { AppendixTable } from '../core/table';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const WORDS = {
  byUnit: { vi: 'Tổng hợp theo đơn vị', en: 'By lead unit' },
  bySupport: { vi: 'Đơn vị phối hợp', en: 'By support unit' },
  byGroup: { vi: 'Theo nhóm', en: 'By group' },
  byMonth: { vi: 'Theo tháng', en: 'By month due' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  data: { vi: 'Dữ liệu', en: 'Data' },
  unit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  supportUnit: { vi: 'Đơn vị phối hợp', en: 'Support unit' },
  group: { vi: 'Nhóm', en: 'Group' },
  month: { vi: 'Tháng đến hạn', en: 'Month due' },
  stt: { vi: 'STT', en: 'No.' },
  total: { vi: 'Tổng số', en: 'Total' },
  rate: { vi: 'Tỷ lệ hoàn thành', en: 'Completion rate' },
  sentence: { vi: 'Câu báo cáo', en: 'Report sentence' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  row: { vi: 'Dòng', en: 'Row' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  due: { vi: 'Hạn cuối', en: 'Due' },
  days: { vi: 'Số ngày quá hạn', en: 'Days overdue' },
  status: { vi: 'Tình hình thực hiện', en: 'Status' },
  state: { vi: 'Trạng thái tại ngày chốt', en: 'State at the cut-off' },
  titleByUnit: { vi: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ', en: 'TASKS BY LEAD UNIT' },
} satisfies Record<string, Record<Language, string>>;

function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
  });
}

/** A sheet of bucket rows: the title with the cut-off date, the rows, then the plan's total and sentence. */
function bucketSheet(book: ExcelJS.Workbook, name: string, labelHeader: string, rows: readonly Row[], summary: Summary, lang: Language, title?: string): void {
  const sheet = book.addWorksheet(name);
  const headers = [WORDS.stt[lang], labelHeader, WORDS.total[lang], ...TASK_STATES.map((s) => STATE_LABELS[s][lang]), WORDS.rate[lang], WORDS.sentence[lang]];
  sheet.addRow([title ?? name.toUpperCase()]).font = { bold: true, size: 13 };
  sheet.addRow([cutOffLine(summary.asOf, lang)]).font = { italic: true };
  sheet.addRow([]);
  styleHeader(sheet.addRow(headers));
  const write = (row: Row, stt: number | string) =>
    sheet.addRow([stt, row.label, row.total, ...TASK_STATES.map((s) => row[s]), row.completionRate, reportSentence(row, lang)]);
  rows.forEach((row, i) => write(row, i + 1));
  write(summary.plan, '').font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([reportSentence(summary.plan, lang)]).font = { bold: true };
  sheet.getColumn(headers.length - 1).numFmt = '0%';
  sheet.columns.forEach((column, i) => (column.width = i === 1 ? 42 : i === headers.length - 1 ? 80 : 14));
  sheet.eachRow((row, n) => {
    if (n > 4 && n <= 4 + rows.length + 1) row.eachCell((cell) => (cell.border = BORDER));
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
}

function overdueSheet(book: ExcelJS.Workbook, summary: Summary, lang: Language): void {
  const sheet = book.addWorksheet(WORDS.overdue[lang]);
  sheet.addRow([WORDS.overdue[lang].toUpperCase()]).font = { bold: true, size: 13 };
  sheet.addRow([cutOffLine(summary.asOf, lang)]).font = { italic: true };
  sheet.addRow([]);
  styleHeader(sheet.addRow([WORDS.stt[lang], WORDS.sheet[lang], WORDS.row[lang], WORDS.task[lang], WORDS.unit[lang], WORDS.deadline[lang], WORDS.due[lang], WORDS.days[lang]]));
  summary.overdue.forEach((o, i) => {
    const row = sheet.addRow([i + 1, o.sheet, o.row, o.task, o.lead, o.deadline, utcDate(o.due), o.daysOverdue]);
    row.eachCell((cell) => (cell.border = BORDER));
  });
  sheet.getColumn(7).numFmt = 'dd/mm/yyyy';
  [6, 14, 7, 70, 36, 18, 12, 12].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

/** One row per task and lead unit, as an Excel table: what a PivotTable or a filter works on. */
function dataSheet(book: ExcelJS.Workbook, tables: readonly AppendixTable[], lang: Language): void {
  const sheet = book.addWorksheet(WORDS.data[lang]);
  const rows = tables.flatMap((table) =>
    table.tasks.flatMap((task) =>
      (task.lead.length ? task.lead : [null]).map((unit) => [
        table.sheet,
        task.row + 1,
        task.stt ?? '',
        task.group ?? '',
        task.text,
        unit?.name ?? '',
        task.support.map((u) => u.name).join('; '),
        task.deadline.text,
        task.deadline.due ? utcDate(task.deadline.due) : null,
        task.status.text ?? '',
        STATE_LABELS[task.state][lang],
      ]),
    ),
  );
  const columns = [WORDS.sheet, WORDS.row, WORDS.stt, WORDS.group, WORDS.task, WORDS.unit, WORDS.supportUnit, WORDS.deadline, WORDS.due, WORDS.status, WORDS.state];
  sheet.addTable({
    name: 'phuluc_du_lieu',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((w) => ({ name: w[lang], filterButton: true })),
    rows: rows.length ? rows : [columns.map(() => null)],
  });
  sheet.getColumn(9).numFmt = 'dd/mm/yyyy';
  [14, 7, 7, 40, 70, 36, 40, 18, 12, 20, 26].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

export async function writeSummaryWorkbook(summary: Summary, tables: readonly AppendixTable[], lang: Language): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'phuluc';
  bucketSheet(book, WORDS.byUnit[lang], WORDS.unit[lang], summary.byUnit, summary, lang, WORDS.titleByUnit[lang]);
  bucketSheet(book, WORDS.bySupport[lang], WORDS.supportUnit[lang], summary.bySupport, summary, lang);
  bucketSheet(book, WORDS.byGroup[lang], WORDS.group[lang], summary.byGroup, summary, lang);
  bucketSheet(book, WORDS.byMonth[lang], WORDS.month[lang], summary.byMonth, summary, lang);
  overdueSheet(book, summary, lang);
  dataSheet(book, tables, lang);
  return Buffer.from(await book.xlsx.writeBuffer());
}
