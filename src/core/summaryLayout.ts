/**
 * The summary sheets as cells, once: the command line's styled file (src/io/writeSummary.ts) and the
 * pane's sheets (src/office/writeOwnSheets.ts) both draw these layouts, so they cannot disagree.
 */
import type { Language } from './findings';
import type { Workbook } from './grid';
import { formatNumber, TEXT } from './i18n';
import { TASK_STATES } from './state';
import { cutOffLine, RATE_RULE, rateText, reportSentence, type Row, type Summary } from './summary';
import type { AppendixTable } from './table';

/** A cell of a summary sheet; a date is an ISO day the writer turns into a date cell. */
export type LayoutCell = string | number | null | { date: string };

export type SheetKey = 'byUnit' | 'bySupport' | 'byGroup' | 'byMonth' | 'overdue' | 'data' | 'consolidated' | 'monthOverMonth' | 'sources' | 'imported';

export interface SheetLayout {
  key: SheetKey;
  name: string;
  /** Every row from A1 down, blank rows included. */
  rows: LayoutCell[][];
  /** 0-based indexes into `rows`. */
  headerRow: number;
  /** Rows that get borders: from the header to the last counted row. */
  lastTableRow: number;
  /** Rows set in bold below the header: the plan's total and its sentence. */
  boldRows: number[];
  /** Column widths in characters. */
  widths: number[];
  /** Number formats by 0-based column. */
  formats: Record<number, string>;
  /** The Excel table over the header and body, when the sheet is one. */
  table: string | null;
  /** 0-based columns kept out of sight (a task's key, which must travel with its row, not be read). */
  hidden?: number[];
}

/** The header rows' fill (RGB hex), the same in the file and in the open workbook. */
export const HEADER_FILL_RGB = 'DDEBF7';

/** The Excel table the PivotTable reads: one row per task and lead unit. */
export const DATA_TABLE = 'phuluc_du_lieu';

/** Written in the "Keywords" property of every workbook phuluc writes, so a later run knows its own output. */
export const OWN_OUTPUT_KEYWORD = 'phuluc';

/**
 * phuluc's own output: marked so, or (written before the mark existed, or by the pane into a
 * workbook) holding the summary sheet every summary and consolidation starts with.
 */
export function isOwnOutput(workbook: Workbook): boolean {
  if (workbook.keywords?.split(/[\s,;]+/).includes(OWN_OUTPUT_KEYWORD)) return true;
  const names = [SUMMARY_WORDS.byUnit.vi, SUMMARY_WORDS.byUnit.en];
  return workbook.sheets.some((sheet) => names.some((name) => sheet.name.startsWith(name)));
}

export const SUMMARY_WORDS = {
  byUnit: { vi: 'Tổng hợp theo đơn vị', en: 'By lead unit' },
  bySupport: { vi: 'Đơn vị phối hợp', en: 'By support unit' },
  byGroup: { vi: 'Theo nhóm', en: 'By group' },
  byMonth: { vi: 'Theo tháng', en: 'By month due' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  data: { vi: 'Dữ liệu', en: 'Data' },
  pivot: { vi: 'Bảng Pivot', en: 'Pivot' },
  unit: { vi: 'Đơn vị chủ trì', en: 'Lead unit' },
  supportUnit: { vi: 'Đơn vị phối hợp', en: 'Support unit' },
  group: { vi: 'Nhóm', en: 'Group' },
  month: { vi: 'Tháng đến hạn', en: 'Month due' },
  stt: { vi: 'STT', en: 'No.' },
  total: { vi: 'Tổng số', en: 'Total' },
  rate: { vi: `Tỷ lệ hoàn thành (${RATE_RULE.vi})`, en: `Completion rate (${RATE_RULE.en})` },
  sentence: { vi: 'Câu báo cáo', en: 'Report sentence' },
  sheet: { vi: 'Trang', en: 'Sheet' },
  row: { vi: 'Dòng', en: 'Row' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  due: { vi: 'Hạn cuối', en: 'Due' },
  days: { vi: 'Số ngày quá hạn', en: 'Days overdue' },
  status: { vi: 'Tình hình thực hiện', en: 'Status' },
  state: { vi: 'Trạng thái tại ngày chốt', en: 'State at the cut-off' },
  pivotTitle: { vi: 'SỐ NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ VÀ TRẠNG THÁI (kéo thả các trường để xoay bảng)', en: 'TASKS BY LEAD UNIT AND STATE (drag the fields to re-pivot)' },
  chart: { vi: 'Nhiệm vụ theo đơn vị chủ trì', en: 'Tasks by lead unit' },
  planTotal: { vi: 'Toàn kế hoạch (mỗi nhiệm vụ tính một lần)', en: 'Whole plan (each task once)' },
  titleByUnit: { vi: 'TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ', en: 'TASKS BY LEAD UNIT' },
} satisfies Record<string, Record<Language, string>>;

const W = SUMMARY_WORDS;

/** The title and cut-off lines and a blank row: where the header of a titled sheet starts. */
const TITLE_ROWS = 3;

/** What the notes under a bucket table say: why its rows add up as they do, and how the rate is computed. */
function bucketNotes(key: 'byUnit' | 'bySupport' | 'byGroup' | 'byMonth', rows: readonly Row[], summary: Summary, lang: Language): string[] {
  const n = (count: number) => formatNumber(count, lang);
  const total = summary.plan.total;
  const sum = rows.reduce((s, row) => s + row.total, 0);
  const vi = lang === 'vi';
  const rate = vi
    ? `Tỷ lệ hoàn thành = số đã hoàn thành ÷ (số đã hoàn thành + số chưa hoàn thành, quá hạn); nhiệm vụ còn trong hạn, thường xuyên hay chưa có thời hạn cụ thể không tính vào. Các số của mỗi tỷ lệ ghi ở cột "${W.sentence.vi}"; ô trống: chưa tính được (chưa có nhiệm vụ nào đã hoàn thành hay quá hạn).`
    : `Completion rate = done ÷ (done + not done, overdue); tasks within their deadline, recurring or with no fixed deadline are left out. The counts behind each rate are in the "${W.sentence.en}" column; empty: none yet (nothing done or overdue).`;
  switch (key) {
    case 'byUnit':
      return [
        sum > total
          ? vi
            ? `Một nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị, nên các dòng đơn vị cộng lại ${n(sum)}, nhiều hơn ${n(total)} nhiệm vụ của kế hoạch (${n(summary.sharedLead)} nhiệm vụ có từ hai đơn vị chủ trì). Dòng "${W.planTotal.vi}" tính mỗi nhiệm vụ một lần.`
            : `A task with several lead units counts for each of them, so the unit rows add up to ${n(sum)}, more than the plan's ${n(total)} tasks (${n(summary.sharedLead)} tasks have two or more lead units). The "${W.planTotal.en}" row counts each task once.`
          : vi
            ? `Mỗi nhiệm vụ được tính cho đơn vị chủ trì của nó (nhiệm vụ có nhiều đơn vị chủ trì: cho mỗi đơn vị). Dòng "${W.planTotal.vi}" tính mỗi nhiệm vụ một lần.`
            : `Each task counts for its lead unit (a task with several: for each of them). The "${W.planTotal.en}" row counts each task once.`,
        rate,
      ];
    case 'bySupport':
      return [
        vi
          ? `Một nhiệm vụ được tính cho mỗi đơn vị phối hợp của nó, nên các dòng cộng lại ${n(sum)} lượt; nhiệm vụ không có đơn vị phối hợp không có trong bảng. Dòng "${W.planTotal.vi}" tính mỗi nhiệm vụ của kế hoạch một lần (${n(total)}).`
          : `A task counts for each of its support units, so the rows add up to ${n(sum)}; tasks without support units are not in the table. The "${W.planTotal.en}" row counts each of the plan's tasks once (${n(total)}).`,
        rate,
      ];
    case 'byMonth':
      return [
        vi
          ? `Mỗi nhiệm vụ được tính vào tháng đến hạn của nó; ${n(total - sum)} nhiệm vụ thường xuyên, chưa có thời hạn cụ thể hay không đọc được thời hạn không thuộc tháng nào.`
          : `Each task counts in the month it falls due; ${n(total - sum)} recurring tasks, tasks with no fixed deadline or with an unreadable one belong to no month.`,
        rate,
      ];
    case 'byGroup':
      return [rate];
  }
}

/**
 * A sheet of bucket rows under a title with the cut-off date, then the plan's total on its own
 * row, the plan's sentence, and notes that say why the rows add up as they do and how the rate is
 * computed. Each row's sentence cell ends with its rate and the counts behind it.
 */
function bucketSheet(key: 'byUnit' | 'bySupport' | 'byGroup' | 'byMonth', labelHeader: string, rows: readonly Row[], summary: Summary, lang: Language, title?: string): SheetLayout {
  const name = W[key][lang];
  const header = [W.stt[lang], labelHeader, W.total[lang], ...TASK_STATES.map((s) => TEXT[lang].states[s]), W.rate[lang], W.sentence[lang]];
  const line = (row: Row, stt: number | string, label = row.label): LayoutCell[] => [
    stt,
    label,
    row.total,
    ...TASK_STATES.map((s) => row[s]),
    row.completionRate,
    `${reportSentence(row, lang)} ${rateText(row, lang)}.`,
  ];
  const planLabel = key === 'byUnit' || key === 'bySupport' ? W.planTotal[lang] : summary.plan.label;
  const totalRow = TITLE_ROWS + 1 + rows.length;
  return {
    key,
    name,
    rows: [
      [title ?? name.toUpperCase()],
      [cutOffLine(summary.asOf, lang)],
      [],
      header,
      ...rows.map((row, i) => line(row, i + 1)),
      line(summary.plan, '', planLabel),
      [],
      [reportSentence(summary.plan, lang)],
      ...bucketNotes(key, rows, summary, lang).map((note) => [note]),
    ],
    headerRow: TITLE_ROWS,
    lastTableRow: totalRow,
    boldRows: [totalRow, totalRow + 2],
    widths: header.map((_, i) => (i === 1 ? 42 : i === header.length - 1 ? 80 : 14)),
    formats: { [header.length - 2]: '0%' },
    table: null,
  };
}

function overdueSheet(summary: Summary, lang: Language): SheetLayout {
  const header = [W.stt[lang], W.sheet[lang], W.row[lang], W.task[lang], W.unit[lang], W.deadline[lang], W.due[lang], W.days[lang]];
  const body = summary.overdue.map((o, i): LayoutCell[] => [i + 1, o.sheet, o.row, o.task, o.lead, o.deadline, { date: o.due }, o.daysOverdue]);
  return {
    key: 'overdue',
    name: W.overdue[lang],
    rows: [[W.overdue[lang].toUpperCase()], [cutOffLine(summary.asOf, lang)], [], header, ...body],
    headerRow: TITLE_ROWS,
    lastTableRow: TITLE_ROWS + body.length,
    boldRows: [],
    widths: [6, 14, 7, 70, 36, 18, 12, 12],
    formats: { 6: 'dd/mm/yyyy' },
    table: null,
  };
}

/** One row per task and lead unit (a task without a lead once), as an Excel table: what a PivotTable or a filter works on. */
function dataRows(tables: readonly AppendixTable[], lang: Language): LayoutCell[][] {
  return tables.flatMap((table) =>
    table.tasks.flatMap((task) =>
      (task.lead.length ? task.lead : [null]).map((unit): LayoutCell[] => [
        table.sheet,
        task.row + 1,
        task.stt ?? '',
        task.group ?? '',
        task.text,
        unit?.name ?? '',
        task.support.map((u) => u.name).join('; '),
        task.deadline.text,
        task.deadline.due ? { date: task.deadline.due } : null,
        task.status.text ?? '',
        TEXT[lang].states[task.state],
      ]),
    ),
  );
}

/** The data sheet's header: the PivotTable finds its fields by these names. */
export function dataHeader(lang: Language): string[] {
  return [W.sheet, W.row, W.stt, W.group, W.task, W.unit, W.supportUnit, W.deadline, W.due, W.status, W.state].map((w) => w[lang]);
}

function dataSheet(tables: readonly AppendixTable[], lang: Language): SheetLayout {
  const header = dataHeader(lang);
  const body = dataRows(tables, lang);
  // An Excel table needs a body row; an empty plan gets a blank one.
  const rows = [header, ...(body.length ? body : [header.map(() => null)])];
  return {
    key: 'data',
    name: W.data[lang],
    rows,
    headerRow: 0,
    lastTableRow: rows.length - 1,
    boldRows: [],
    widths: [14, 7, 7, 40, 70, 36, 40, 18, 12, 20, 26],
    formats: { 8: 'dd/mm/yyyy' },
    table: DATA_TABLE,
  };
}

/** Every summary sheet, in the order they are written. */
export function summaryLayout(summary: Summary, tables: readonly AppendixTable[], lang: Language): SheetLayout[] {
  return [
    bucketSheet('byUnit', W.unit[lang], summary.byUnit, summary, lang, W.titleByUnit[lang]),
    bucketSheet('bySupport', W.supportUnit[lang], summary.bySupport, summary, lang),
    bucketSheet('byGroup', W.group[lang], summary.byGroup, summary, lang),
    bucketSheet('byMonth', W.month[lang], summary.byMonth, summary, lang),
    overdueSheet(summary, lang),
    dataSheet(tables, lang),
  ];
}
