/**
 * The overdue highlight as conditional formats that stay true by themselves: each task's due day
 * (an Excel serial) goes into a very hidden add-in sheet on the same row as the task, and three
 * custom-formula rules on the table compare it with the cut-off date (TODAY() unless the user
 * fixed one) and read the status cell live. Editing a status or a day passing needs no re-run;
 * the user's table gets no helper column. Pure: the Office.js calls are in highlight.ts.
 */
import { isoToExcelSerial } from '../core/calendar';
import { a1, columnLetter } from '../core/grid';
import { doneSpellings, PARTIAL_WORDS } from '../core/status';
import { fold } from '../core/text';
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

/** An Excel text literal. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A SEARCH pattern that finds a word however it is accented: its vowels and "d" (which may be "đ")
 * become "*", so "một phần" is "m*t*ph*n". It finds more than the word, never less (also in
 * decomposed text), so a formula that says "not done" on it errs on the side of showing a row.
 */
function anyAccents(word: string): string {
  return fold(word)
    .replace(/[aeiouyd\s]+/g, '*')
    .replace(/^\*+|\*+$/g, '');
}

/**
 * "Done" as an Excel formula over the status cell, generated from the engine's words
 * (src/core/status.ts), so the highlight and the counts agree:
 * - the cell, trimmed and its line breaks made spaces, opens with a done word (`doneSpellings()`:
 *   with or without its diacritics, any case) followed by a character that is not a letter or a
 *   digit (EXACT(UPPER(c),LOWER(c)) holds only for characters without case);
 * - it has no partial word ("một phần", searched with any accents);
 * - it has no "%", or its first "%" comes right after "100" ("Hoàn thành 100%", not "Hoàn thành 80%").
 * Where the engine reads more than Excel can (a partly accented or decomposed word, punctuation
 * before the word, a percentage written otherwise than 100, a percentage-formatted number), the
 * formula says "not done": a done row may stay red, an overdue row is never hidden. docs/rules.md
 * lists those cases; test/office/highlightPlan.test.ts checks both on every word.
 */
export function doneFormula(statusRef: string): string {
  const spellings = doneSpellings();
  const text = `TRIM(SUBSTITUTE(${statusRef},CHAR(10)," "))`;
  const lengths = `{${spellings.map((w) => w.length).join(',')}}`;
  const next = `MID(${text}&" ",${lengths}+1,1)`;
  // SUMPRODUCT evaluates the arrays in every Excel version (no dynamic arrays needed).
  const opens = `SUMPRODUCT((LEFT(${text},${lengths})={${spellings.map(literal).join(',')}})*EXACT(UPPER(${next}),LOWER(${next}))*ISERROR(FIND(${next},"0123456789")))>0`;
  const whole = PARTIAL_WORDS.map((word) => `ISERROR(SEARCH(${literal(anyAccents(word))},${statusRef}))`);
  const spaced = `SUBSTITUTE(${statusRef}," %","%")`;
  const at = `SEARCH("%",${spaced})`;
  const full = `IF(ISERROR(SEARCH("%",${statusRef})),TRUE,AND(MID(${spaced},${at}-3,3)="100",ISERROR(FIND(MID(" "&${spaced},${at}-3,1),"0123456789.,"))))`;
  return `IFERROR(AND(${[opens, ...whole, full].join(',')}),FALSE)`;
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
  const status = table.columns.status;
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
