/**
 * The overdue highlight as conditional formats that stay true by themselves: three custom-formula
 * rules on the table compare each row's due day with the cut-off date (TODAY() unless the user fixed
 * one) and read the status cell live, so editing a status or a day passing needs no re-run, and the
 * user's table gets no helper column. Pure: the Office.js calls are in highlight.ts.
 *
 * **The due day is keyed by the row's own deadline cell, not by its position.** A very hidden add-in
 * sheet holds one row per distinct deadline in the table: column A the cell's key, column B the due
 * day (an Excel serial). A rule finds its row's due day as
 *
 *     SUMPRODUCT(EXACT(key($E6), phuluc_han!$A$1:$A$K) * phuluc_han!$B$1:$B$K)
 *
 * (0 when the key is not there: no colour). The key moves with the row, so sorting the table,
 * inserting or deleting rows keeps every row's colour its own; an earlier design put the due days on
 * the helper's rows aligned with the user's rows, and a sort then coloured rows from other tasks' due
 * days. Why it is sound: the engine reads the same deadline cell content to the same due day within
 * a table (the plan year is the table's); where it does not (a deadline split over continuation rows
 * whose first part also stands alone elsewhere, a number equal to a date's serial, a task without a
 * due day sharing its text with one that has one), the key is left out and those rows get no colour,
 * never another task's colour. At the moment of highlighting, each row is coloured from its own
 * task's due day or not at all (test/office/highlightPlan.test.ts checks it on every row).
 *
 * - key(cell) is `TRIM(SUBSTITUTE(IF(ISNUMBER(c),INT(c),c)&"",CHAR(10)," "))` in Excel and
 *   `deadlineKey` here, tested to agree: text with its line breaks made spaces and runs of spaces
 *   made one (TRIM touches only the space character), a number or a date by its whole serial in the
 *   workbook's own date system ("45930"; INT keeps a date-time on its day and keeps the decimal
 *   separator of the user's locale out of the key). Booleans and errors get no key.
 * - EXACT, not "=": "=" ignores case, so two keys differing only in case would both match and add
 *   up; EXACT also takes no wildcards and has no 255-character limit (MATCH has both).
 * - The keys are written into cells formatted as text ("@") first, or Excel would read "5/6/2025"
 *   as a date and "2025" as a number (office-js#1559) and the key would no longer match.
 * - A date cell's key is its serial, which depends on the workbook's date system, and so do the due
 *   days: the plan holds the helper for both systems, and highlight.ts writes the one Excel counts in.
 * - The cost: each drawn cell scans the table's distinct deadlines (a handful in most plans; some
 *   thousands in a long plan of distinct dates) instead of reading one cell. The rules stay near
 *   1,500 characters, whatever the table's size (Excel allows 8,192).
 *
 * What it cannot do: only rows that carry the deadline cell are coloured. A task whose text runs
 * over continuation rows colours the row with its deadline, not the continuation rows; a deadline
 * cell merged over several rows colours only the merge's first row (the other cells of a merged area
 * are empty to a formula). Coupling those rows to their task again would need their position, which
 * is what a sort breaks. Unmerging the deadline cells (the MERGED_DATA_CELLS safe fix) gives each row
 * its own deadline. A row added later colours itself when its deadline text is one the table already
 * had; a new text needs a re-run.
 */
import { isoToExcelSerial } from '../core/calendar';
import { a1, type Cell, columnLetter, type Grid } from '../core/grid';
import { doneSpellings, notYetExceptions, PARTIAL_WORDS } from '../core/status';
import { fold } from '../core/text';
import type { AppendixTable } from '../core/table';
import { DAYS_1900_TO_1904 } from './host';

/** The add-in's own sheet; every rule it adds refers to it, which is how "Xoá tô màu" finds them. */
export const HELPER_SHEET = 'phuluc_han';

export type HighlightKind = 'overdue' | 'dueSoon' | 'done';

/**
 * The colours of each highlight (Excel's own "light red fill with dark red text" and its yellow and
 * green presets): the rules written into the sheet and the pane's legend both take them from here.
 */
export const HIGHLIGHT_COLOURS: Readonly<Record<HighlightKind, { readonly fill: string; readonly font: string }>> = {
  overdue: { fill: '#FFC7CE', font: '#9C0006' },
  dueSoon: { fill: '#FFEB9C', font: '#9C5700' },
  done: { fill: '#C6EFCE', font: '#006100' },
};

export interface HighlightRule {
  kind: HighlightKind;
  formula: string;
  fill: string;
  font: string;
}

/** The date system a workbook counts in: serials from 1900 (Windows) or 1904 (old Mac workbooks). */
export type DateSystem = 1900 | 1904;

export interface HighlightPlan {
  /** Where the rules apply on the table's sheet ("A5:H40"). */
  range: string;
  /** The helper sheet's rows: keys in column A, due serials in column B ("A1:B12"). */
  helperRange: string;
  /** Column A of helperRange: formatted as text before the keys are written. */
  keyRange: string;
  /**
   * The helper's rows, [key, due serial], for a workbook counting from 1900 and for one counting from
   * 1904; both as long as helperRange, the shorter padded with empty rows (a blank key matches no
   * deadline: an empty deadline cell is not looked up).
   */
  helperValues: Record<DateSystem, (string | number)[][]>;
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

/** The punctuation the "chưa" test reads as spaces, so that "HT, chưa đúng hạn" has " chưa đúng hạn ". */
const SEPARATORS = [',', ';', '.', '(', ')', ':', '-', '/'];

/**
 * TRUE when the engine may read a "chưa" that makes a done word not done: a "chưa" anywhere in the
 * cell, its exceptions aside. The exceptions ("chưa đúng hạn", "chưa phát sinh"), as whole words of
 * the lower-cased cell with its punctuation (SEPARATORS) made spaces, and with or without their
 * diacritics (precomposed), are removed first. Then every space is made three, so no pattern spans
 * two words, and any "ch" followed by one or two characters and an "a" counts ("chưa", "chua", "chứa",
 * a decomposed "chưa": c, h, u, horn, a), or "chu"/"chư" followed by two characters and an "a" (a
 * decomposed "chứa"), or "chu"/"chư" followed by a toned "a" ("chuá"). It finds every "chưa" the
 * engine reads but one whose consonants carry a mark or whose "a" carries a mark other than a tone
 * ("chuâ"), or three marks or more on its "u" (the formula's known limit); and with it some words
 * that are not "chưa" ("chia", "chuan"): there the formula says "not done" where the engine may not.
 */
function notYetFormula(statusRef: string): string {
  const spaced = SEPARATORS.reduce((t, c) => `SUBSTITUTE(${t},${literal(c)}," ")`, `SUBSTITUTE(${statusRef},CHAR(10)," ")`);
  const exceptions = [...new Set(notYetExceptions().flatMap((w) => [w.normalize('NFC').toLocaleLowerCase('vi'), fold(w)]))];
  const aside = exceptions.reduce((t, w) => `SUBSTITUTE(${t},${literal(` ${w} `)}," ")`, `" "&LOWER(TRIM(${spaced}))&" "`);
  const patterns = ['ch?a', 'ch??a', 'chu??a', 'chư??a', ...['u', 'ư'].flatMap((u) => [...'áàảãạ'].map((a) => `ch${u}${a}`))];
  return `AND(ISERROR(SEARCH({${patterns.map(literal).join(',')}},SUBSTITUTE(${aside}," ","   "))))`;
}

/**
 * "Done" as an Excel formula over the status cell, generated from the engine's words
 * (src/core/status.ts), so the highlight and the counts agree:
 * - the cell, trimmed and its line breaks made spaces, opens with a done word (`doneSpellings()`:
 *   with or without its diacritics, any case) followed by a character that is not a letter or a
 *   digit (EXACT(UPPER(c),LOWER(c)) holds only for characters without case);
 * - it has no partial word ("một phần", searched with any accents);
 * - it has no "chưa" but in "chưa đúng hạn" or "chưa phát sinh" (`notYetFormula`);
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
  return `IFERROR(AND(${[opens, ...whole, full, notYetFormula(statusRef)].join(',')}),FALSE)`;
}

/** Numbers whose INT Excel still writes in full when it makes them text ("1E+15" beyond). */
const WHOLE_LIMIT = 1e15;

/** key(cell) in Excel: what `deadlineKey` computes, for the cell at `ref` ("$E6"). */
export function keyFormula(ref: string): string {
  return `TRIM(SUBSTITUTE(IF(ISNUMBER(${ref}),INT(${ref}),${ref})&"",CHAR(10)," "))`;
}

/**
 * A deadline cell's key, as `keyFormula` computes it in a workbook whose serials are `serialShift`
 * days smaller than the 1900 system's (1,462 in the 1904 system); null for a cell with no key (empty,
 * blank text, a boolean, an error, a number too large to be written in full).
 */
export function deadlineKey(cell: Cell | null | undefined, serialShift = 0): string | null {
  if (!cell) return null;
  switch (cell.kind) {
    case 'text': {
      const key = cell.text.split('\n').join(' ').replace(/ +/g, ' ').replace(/^ | $/g, '');
      return key === '' ? null : key;
    }
    case 'number': {
      const whole = Math.floor(cell.value);
      return Number.isFinite(whole) && Math.abs(whole) < WHOLE_LIMIT ? String(whole === 0 ? 0 : whole) : null;
    }
    case 'date':
      return String(isoToExcelSerial(cell.iso) - serialShift);
    default:
      return null;
  }
}

/**
 * The helper's rows for one date system: each key of the table's deadline cells with its rows' due
 * serial, in the order the keys first appear. A key is kept only when every row carrying it belongs
 * to a task with that same due day; a key shared with a row of another due day, of a task without
 * one, or of no task (a section heading) is left out, so no row takes a colour the engine would not
 * give it.
 */
function helperRows(table: AppendixTable, grid: Grid, first: number, serialShift: number): [string, number][] {
  const column = table.columns.deadline;
  if (column === undefined) return [];
  const taskOfRow = new Map<number, AppendixTable['tasks'][number]>();
  for (const task of table.tasks) for (const row of [task.row, ...task.rows]) taskOfRow.set(row, task);
  // key → due serial, or null once rows disagree.
  const byKey = new Map<string, number | null>();
  for (let row = first; row <= table.lastRow; row++) {
    const key = deadlineKey(grid.rows[row]?.[column], serialShift);
    if (key === null) continue;
    const due = taskOfRow.get(row)?.deadline.due;
    const serial = due ? isoToExcelSerial(due) - serialShift : null;
    if (!byKey.has(key)) byKey.set(key, serial);
    else if (byKey.get(key) !== serial) byKey.set(key, null);
  }
  return [...byKey].filter((entry): entry is [string, number] => entry[1] !== null);
}

/**
 * The highlight of `table`, read from `grid` (the sheet the table was recognised on: the rules key
 * each row by its deadline cell as the sheet holds it, not as the engine joined it).
 */
export function planHighlight(table: AppendixTable, grid: Grid, options: HighlightOptions): HighlightPlan {
  if (grid.name !== table.sheet) throw new Error(`the table is on ${table.sheet}, not ${grid.name}`);
  const header = table.headerRows.at(-1);
  if (header === undefined) throw new Error(`the table on ${table.sheet} has no header row`);
  const first = header + 1;
  const columns = Object.values(table.columns);
  const left = Math.min(...columns);
  const right = Math.max(...columns);
  const systems = { 1900: helperRows(table, grid, first, 0), 1904: helperRows(table, grid, first, DAYS_1900_TO_1904) };
  const size = Math.max(1, systems[1900].length, systems[1904].length);
  const padded = (rows: [string, number][]) => [...rows, ...Array.from({ length: size - rows.length }, () => ['', ''])];

  const keys = `${HELPER_SHEET}!$A$1:$A$${size}`;
  const serials = `${HELPER_SHEET}!$B$1:$B$${size}`;
  const deadline = table.columns.deadline;
  // Without a deadline column no row has a due day: 0, read from the helper all the same.
  const due = deadline === undefined ? `N(${HELPER_SHEET}!$B$1)` : `SUMPRODUCT(EXACT(${keyFormula(`$${columnLetter(deadline)}${first + 1}`)},${keys})*${serials})`;
  const cutOff = options.asOf ? `DATE(${options.asOf.slice(0, 4)},${Number(options.asOf.slice(5, 7))},${Number(options.asOf.slice(8, 10))})` : 'TODAY()';
  const status = table.columns.status;
  const done = status === undefined ? 'FALSE' : doneFormula(`$${columnLetter(status)}${first + 1}`);
  const rules: HighlightRule[] = [
    // 0 is "no due day": a real due day is a positive serial.
    { kind: 'overdue', formula: `=AND(${due}>0,${due}<${cutOff},NOT(${done}))`, ...HIGHLIGHT_COLOURS.overdue },
    // A due day on or after the cut-off is positive already.
    { kind: 'dueSoon', formula: `=AND(${due}>=${cutOff},${due}<=${cutOff}+${options.dueSoonDays},NOT(${done}))`, ...HIGHLIGHT_COLOURS.dueSoon },
  ];
  // Every rule reads the helper sheet, which is how clearing finds the add-in's rules; for the
  // done rule N(...)>=0 is always true (a due serial, or 0 for an empty helper cell).
  if (status !== undefined) rules.push({ kind: 'done', formula: `=AND(N(${HELPER_SHEET}!$B$1)>=0,${done})`, ...HIGHLIGHT_COLOURS.done });
  return {
    range: `${a1(first, left)}:${a1(table.lastRow, right)}`,
    helperRange: `A1:B${size}`,
    keyRange: `A1:A${size}`,
    helperValues: { 1900: padded(systems[1900]), 1904: padded(systems[1904]) },
    rules,
  };
}
