/**
 * The overdue highlight as conditional formats that stay true by themselves: each task's due day
 * (an Excel serial) goes into a very hidden add-in sheet on the same row as the task, and three
 * custom-formula rules on the table compare it with the cut-off date (TODAY() unless the user
 * fixed one) and read the status cell live. Editing a status or a day passing needs no re-run;
 * the user's table gets no helper column. Pure: the Office.js calls are in highlight.ts.
 */
import { isoToExcelSerial } from '../core/calendar';
import { a1, columnLetter } from '../core/grid';
import type { AppendixTable } from '../core/table';

/** The add-in's own sheet; every rule it adds refers to it, which is how "Xoá tô màu" finds them. */
export const HELPER_SHEET = 'phuluc_han';

export interface HighlightRule {
  kind: 'overdue' | 'dueSoon' | 'done';
  formula: string;
  fill: string;
  font: string;
}

export interface HighlightPlan {
  /** Where the rules apply on the table's sheet ("A5:H40"). */
  range: string;
  /** Column A of the helper sheet, from the table's first data row: due serials, "" for none. */
  helperRange: string;
  helperValues: (number | string)[][];
  rules: HighlightRule[];
}

export interface HighlightOptions {
  /** A fixed cut-off date (ISO day), or null for TODAY(), so the colours move with the calendar. */
  asOf: string | null;
  /** Rows due within this many days of the cut-off are amber. */
  dueSoonDays: number;
}

/** Excel's SEARCH is case-insensitive; both the accented and the unaccented words are looked for. */
function containsAny(words: readonly string[], ref: string): string {
  return `OR(${words.map((w) => `ISNUMBER(SEARCH("${w}",${ref}))`).join(',')})`;
}

/**
 * "Done" the way the engine reads status words (src/core/status.ts): a completion word, and none
 * of the words that mean "not yet".
 */
function doneFormula(statusRef: string): string {
  const done = containsAny(['hoàn thành', 'hoan thanh', 'xong', 'hoàn tất', 'hoan tat', 'đã thực hiện', 'da thuc hien', 'đã triển khai', 'da trien khai'], statusRef);
  const notYet = containsAny(['chưa', 'chua', 'đang', 'dang', 'cơ bản', 'co ban', 'không', 'khong', 'tiếp tục', 'thường xuyên'], statusRef);
  return `AND(${done},NOT(${notYet}))`;
}

export function planHighlight(table: AppendixTable, options: HighlightOptions): HighlightPlan {
  const first = table.headerRows.at(-1)! + 1;
  const columns = Object.values(table.columns);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const dueByRow = new Map<number, number>();
  for (const task of table.tasks) {
    if (!task.deadline.due) continue;
    for (const row of task.rows) dueByRow.set(row, isoToExcelSerial(task.deadline.due));
  }
  const helperValues: (number | string)[][] = [];
  for (let row = first; row <= table.lastRow; row++) helperValues.push([dueByRow.get(row) ?? '']);

  const due = `${HELPER_SHEET}!$A${first + 1}`;
  const cutOff = options.asOf ? `DATE(${options.asOf.slice(0, 4)},${Number(options.asOf.slice(5, 7))},${Number(options.asOf.slice(8, 10))})` : 'TODAY()';
  const status = table.columns.status ?? table.columns.completed;
  const done = status === undefined ? 'FALSE' : doneFormula(`$${columnLetter(status)}${first + 1}`);
  const rules: HighlightRule[] = [
    { kind: 'overdue', formula: `=AND(ISNUMBER(${due}),${due}<${cutOff},NOT(${done}))`, fill: '#FFC7CE', font: '#9C0006' },
    {
      kind: 'dueSoon',
      formula: `=AND(ISNUMBER(${due}),${due}>=${cutOff},${due}<=${cutOff}+${options.dueSoonDays},NOT(${done}))`,
      fill: '#FFEB9C',
      font: '#9C5700',
    },
  ];
  // Every rule reads the helper sheet, which is how clearing finds the add-in's rules; for the
  // done rule N(...)>=0 is always true (a due serial, or 0 for an empty helper cell).
  if (status !== undefined) rules.push({ kind: 'done', formula: `=AND(N(${due})>=0,${done})`, fill: '#C6EFCE', font: '#006100' });
  return {
    range: `${a1(first, left)}:${a1(table.lastRow, right)}`,
    helperRange: `A${first + 1}:A${table.lastRow + 1}`,
    helperValues,
    rules,
  };
}
