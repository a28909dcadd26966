/**
 * The summary sheets as cells, once: the command line's styled file (src/io/writeSummary.ts) and the
 * pane's sheets (src/office/writeOwnSheets.ts) both draw these layouts, so they cannot disagree.
 */
import type { Language } from './findings';
import type { Workbook } from './grid';
import { TEXT } from './i18n';
import { TASK_STATES } from './state';
import { cutOffLine, rateText, reportSentence, type Row, type Summary } from './summary';
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
  const names = [TEXT.vi.summary.words.byUnit, TEXT.en.summary.words.byUnit];
  return workbook.sheets.some((sheet) => names.some((name) => sheet.name.startsWith(name)));
}

/** The title and cut-off lines and a blank row: where the header of a titled sheet starts. */
const TITLE_ROWS = 3;

/** What the notes under a bucket table say: why its rows add up as they do, and how the rate is computed. */
function bucketNotes(key: 'byUnit' | 'bySupport' | 'byGroup' | 'byMonth', rows: readonly Row[], summary: Summary, lang: Language): string[] {
  const notes = TEXT[lang].summary.notes;
  const total = summary.plan.total;
  const sum = rows.reduce((s, row) => s + row.total, 0);
  switch (key) {
    case 'byUnit':
      return [sum > total ? notes.byUnitShared(sum, total, summary.sharedLead) : notes.byUnit, notes.rate];
    case 'bySupport':
      return [notes.bySupport(sum, total), notes.rate];
    case 'byMonth':
      return [notes.byMonth(total - sum), notes.rate];
    case 'byGroup':
      return [notes.rate];
  }
}

/**
 * A sheet of bucket rows under a title with the cut-off date, then the plan's total on its own
 * row, the plan's sentence, and notes that say why the rows add up as they do and how the rate is
 * computed. Each row's sentence cell ends with its rate and the counts behind it.
 */
function bucketSheet(key: 'byUnit' | 'bySupport' | 'byGroup' | 'byMonth', labelHeader: string, rows: readonly Row[], summary: Summary, lang: Language, title?: string): SheetLayout {
  const W = TEXT[lang].summary.words;
  const name = W[key];
  const header = [W.stt, labelHeader, W.total, ...TASK_STATES.map((s) => TEXT[lang].states[s]), W.rate, W.sentence];
  const line = (row: Row, stt: number | string, label = row.label): LayoutCell[] => [
    stt,
    label,
    row.total,
    ...TASK_STATES.map((s) => row[s]),
    row.completionRate,
    `${reportSentence(row, lang)} ${rateText(row, lang)}.`,
  ];
  const planLabel = key === 'byUnit' || key === 'bySupport' ? W.planTotal : summary.plan.label;
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
  const W = TEXT[lang].summary.words;
  const header = [W.stt, W.sheet, W.row, W.task, W.unit, W.deadline, W.due, W.days];
  const body = summary.overdue.map((o, i): LayoutCell[] => [i + 1, o.sheet, o.row, o.task, o.lead, o.deadline, { date: o.due }, o.daysOverdue]);
  return {
    key: 'overdue',
    name: W.overdue,
    rows: [[W.overdue.toUpperCase()], [cutOffLine(summary.asOf, lang)], [], header, ...body],
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
  const W = TEXT[lang].summary.words;
  return [W.sheet, W.row, W.stt, W.group, W.task, W.unit, W.supportUnit, W.deadline, W.due, W.status, W.state];
}

function dataSheet(tables: readonly AppendixTable[], lang: Language): SheetLayout {
  const header = dataHeader(lang);
  const body = dataRows(tables, lang);
  // An Excel table needs a body row; an empty plan gets a blank one.
  const rows = [header, ...(body.length ? body : [header.map(() => null)])];
  return {
    key: 'data',
    name: TEXT[lang].summary.words.data,
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
  const W = TEXT[lang].summary.words;
  return [
    bucketSheet('byUnit', W.unit, summary.byUnit, summary, lang, W.titleByUnit),
    bucketSheet('bySupport', W.supportUnit, summary.bySupport, summary, lang),
    bucketSheet('byGroup', W.group, summary.byGroup, summary, lang),
    bucketSheet('byMonth', W.month, summary.byMonth, summary, lang),
    overdueSheet(summary, lang),
    dataSheet(tables, lang),
  ];
}
