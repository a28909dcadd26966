/**
 * Reads the rows under an appendix header into sections and task rows, the way a person reads a
 * table pasted from Word: blank rows and the "(1) (2) (3)" column-number row are skipped, a row
 * continuing the task above is folded into it, section rows ("I.", "2.1.", merged across the row)
 * open a group, and the signature block ("Nơi nhận", "TM. ...") or the next table ends it.
 */
import { type Cell, cellText, isBlank } from '../grid';
import { type Role, roleEntries } from '../roles';
import { fold, squish, startsUpperCase } from '../text';
import { type NumberStyle, numberStyle, numberValue, opensDeeperNumbering } from '../numbering';
import { type Header, headerAt, lastHeaderRow, sameColumns } from './findHeader';
import type { MergedView } from './mergedView';

export interface Section {
  row: number;
  /** Numbering as written ("I.", "2.1."), or null. */
  stt: string | null;
  title: string;
  /** Numbering and title together, as the group of the tasks below. */
  label: string;
  parent: number | null;
  /** "(09 nhiệm vụ)" in the title: how many tasks the section says it holds. */
  announcedCount: number | null;
}

export interface TaskRow {
  /** 0-based sheet rows; the first is the task's own row, the others continue it. */
  rows: [number, ...number[]];
  /** The task's value per role, continuation text appended on a new line. */
  values: Partial<Record<Role, Cell>>;
  section: number | null;
}

export interface TableRows {
  sections: Section[];
  tasks: TaskRow[];
  /** Last row that belongs to the table (0-based). */
  lastRow: number;
  /** Row where the next table's header starts, if the table ended on one. */
  nextHeader: Header | null;
}

const END_MARKER = /^(?:noi nhan|tm\.?\s|t\/m\s|kt\.?\s|tl\.?\s|nguoi lap|thu truong|xac nhan cua|phu luc\b)/;
/**
 * The number opening a heading written in one cell: "I.", "A)", "2.1.", also without a stop when it
 * cannot be read otherwise ("5.1 Thương mại"; "IV NHÓM ...", "B PHÁT TRIỂN ..." before a capital).
 */
const HEADING_PREFIX = /^\s*((?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)[.)]|\d+(?:\.\d+)+|(?:[IVXLC]+|[A-Z])(?=\s+\p{Lu}))\s+(\S.*)$/su;
const ANNOUNCED_COUNT = /\((\d{1,3})\s*nhiem vu\)/;
const UNIT_ROLES: Role[] = ['lead', 'support', 'deadline'];

interface RowView {
  row: number;
  /** Cells that belong to this row itself (not carried down from a merge above). */
  own: Partial<Record<Role, Cell>>;
  /** Values carried down into this row by vertical merges (a lead shared by several tasks). */
  carried: Partial<Record<Role, Cell>>;
  /** True when the task cell is the lower part of a vertical merge: the row adds to the task above (a second lead, a second deadline). */
  coveredTask: boolean;
  /** True when only the STT cell is merged down into this row: a sub-row of the task above, or a task of its own sharing its number. */
  coveredStt: boolean;
  /** Text of the row's first non-empty own cell, anywhere in the table's width (as written). */
  firstText: string;
  ownCount: number;
  /** A merge in this row spans at least three columns including the task column. */
  mergedAcross: boolean;
}

/** `columns`: the header's roles and their columns. */
function viewRow(view: MergedView, row: number, columns: readonly [Role, number][], taskColumn: number | undefined, width: number): RowView {
  const own: Partial<Record<Role, Cell>> = {};
  const carried: Partial<Record<Role, Cell>> = {};
  let coveredTask = false;
  let coveredStt = false;
  let mergedAcross = false;
  for (const [role, col] of columns) {
    const at = view.at(row, col);
    if (!at.cell || isBlank(at.cell)) continue;
    if (!at.inherited) {
      own[role] = at.cell;
      continue;
    }
    const { merge } = at;
    if (merge.right - merge.left >= 2 && col === taskColumn) mergedAcross = true;
    if (merge.top === row) continue; // a horizontal merge: the anchor's text is counted once, at the anchor
    if (role === 'task') coveredTask = true;
    else if (role === 'stt') coveredStt = true;
    else carried[role] = at.cell;
  }
  let firstText = '';
  let ownCount = 0;
  for (let col = 0; col < width; col++) {
    const at = view.at(row, col);
    if (at.inherited || isBlank(at.cell)) continue;
    ownCount++;
    if (!firstText) firstText = cellText(at.cell);
    if (at.merge && at.merge.right - at.merge.left >= 2) mergedAcross = true;
  }
  return { row, own, carried, coveredTask, coveredStt, firstText, ownCount, mergedAcross };
}

/** A cell's text, trimmed; spaces inside are tidied only where text is shown (a heading's title). */
function textOf(cell: Cell | undefined): string {
  return cell ? cellText(cell).trim() : '';
}

/** "(1) (2) (3) (4) (5)" or "1 2 3 4 5" under the header: Word's column numbers, not a task. */
function isColumnNumbers(view: MergedView, row: number, width: number): boolean {
  const numbers: number[] = [];
  for (let col = 0; col < width; col++) {
    const at = view.at(row, col);
    if (at.inherited || isBlank(at.cell)) continue;
    const match = /^\(?(\d{1,2})\)?\.?$/.exec(cellText(at.cell).trim());
    if (!match) return false;
    numbers.push(Number(match[1]));
  }
  return numbers.length >= 3 && numbers.every((n, i) => i === 0 || n > (numbers[i - 1] ?? n));
}

/** "......", "…", ". . .": a row marking an omitted part of the table, not a task. */
const OMISSION = /^[.…·\s]*$/;

function isOmission(line: RowView): boolean {
  const texts = Object.values(line.own).map((cell) => cellText(cell).trim());
  return texts.length > 0 && texts.every((text) => OMISSION.test(text) && /\.\.|…/.test(text.replace(/\s/g, '')));
}

/** A text that opens an item of its own: a capital, a bullet, or an item number ("(2)", "b)"). */
function opensItem(text: string): boolean {
  return startsUpperCase(text) || /^(?:[-+•–*]\s|\(?\d{1,2}[.)]\s|[a-zđ]\)\s)/.test(text.trim());
}

/** A text whose first letter is lower case: the rest of a cell broken by a page break. */
function startsLowerCase(text: string): boolean {
  const first = text.trim().charAt(0);
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** The task text above stops mid-sentence ("..., ", "Văn phòng HĐND-", "... của"): the next line continues it. */
const MID_SENTENCE = /(?:[,\-–(&/]|\b(?:va|cua|cac|voi|de|trong|tren|tai|theo|ve|cho|nhung)\b)\s*$/;

/**
 * A sub-row of a row-span group (the STT, lead or deadline merged down over it) that writes its own
 * task: a task of its own, sharing the merged cells. A sub-row that only adds a lead or a deadline,
 * or goes on with the sentence above, belongs to the task above.
 */
function startsOwnTask(taskText: string, previous: TaskRow | undefined): boolean {
  if (!taskText || !opensItem(taskText)) return false;
  const above = previous?.values.task;
  const lastLine = above ? (cellText(above).trimEnd().split('\n').at(-1) ?? '') : '';
  return !MID_SENTENCE.test(fold(lastLine));
}

/** The STT cell holds a number: "1", 3, "(3)", "2.1.", "IV.". */
function isNumbered(cell: Cell | undefined): boolean {
  return cell?.kind === 'number' || (cell?.kind === 'text' && numberStyle(cell.text) !== 'none');
}

function hasUnitOrDeadline(values: Partial<Record<Role, Cell>>): boolean {
  return UNIT_ROLES.some((role) => values[role] !== undefined);
}

function appendText(into: Partial<Record<Role, Cell>>, role: Role, cell: Cell): void {
  const existing = into[role];
  if (!existing) into[role] = cell;
  else if (existing.kind === 'text' && cell.kind === 'text') into[role] = { kind: 'text', text: `${existing.text}\n${cell.text}` };
}

/**
 * Numbering and title of a heading row: from the STT and task cells, or from one cell holding both
 * ("I. NHÓM NHIỆM VỤ CHUNG" merged across the row).
 */
function splitHeading(stt: string, taskText: string, firstText: string): { stt: string | null; title: string } {
  if (stt && taskText) return { stt, title: squish(taskText) };
  const text = taskText || stt || firstText;
  const match = HEADING_PREFIX.exec(text);
  const [, number, title] = match ?? [];
  if (number !== undefined && title !== undefined) return { stt: number, title: squish(title) };
  // A number alone, or a title written in the STT cell (merged across the row).
  return stt && numberStyle(stt) !== 'none' ? { stt, title: '' } : { stt: null, title: squish(text) };
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 3 && letters === letters.toUpperCase();
}

/**
 * The numbering style of a heading. "C", "D", "I", "L", "M", "V" and "X" are both capital letters and
 * Roman numerals: under the part "B", after its groups "I" ... "VII", "C" is the next part, not group
 * 100. A lone such letter is read as a Roman numeral when it continues the Roman groups of the open
 * lettered part ("I" first, "V" after "IV"), unless it is the part's next letter and that part has
 * no Roman groups ("I" after "H").
 */
function headingStyle(stt: string | null, open: readonly { index: number; style: NumberStyle }[], sections: readonly Section[], styles: readonly NumberStyle[]): NumberStyle {
  const style = numberStyle(stt);
  const core = stt?.trim().replace(/^\(|[.)]+$/g, '') ?? '';
  if (style !== 'roman' || core.length !== 1) return style;
  const part = [...open].reverse().find((s) => s.style === 'letter');
  if (!part) return style;
  const partLetter = (sections[part.index]?.stt ?? '').trim().replace(/^\(|[.)]+$/g, '');
  const romans = sections.slice(part.index + 1).filter((_, i) => styles[part.index + 1 + i] === 'roman');
  const lastRomanStt = romans.at(-1)?.stt;
  const lastRoman = lastRomanStt ? (numberValue(lastRomanStt) ?? 0) : 0;
  const nextLetter = partLetter.length === 1 && partLetter.charCodeAt(0) + 1 === core.charCodeAt(0);
  if (numberValue(core) === lastRoman + 1 && !(nextLetter && romans.length === 0)) return 'roman';
  return 'letter';
}

/** Reads the table whose header is `header`, from the row below it until the table ends. */
export function readRows(view: MergedView, header: Header, width: number): TableRows {
  const first = lastHeaderRow(header) + 1;
  const rows: RowView[] = [];
  let lastRow = lastHeaderRow(header);
  let nextHeader: Header | null = null;
  const columns = roleEntries(header.columns);

  for (let row = first; row < view.rowCount; row++) {
    const line = viewRow(view, row, columns, header.columns.task, width);
    if (line.ownCount === 0) continue;
    if (line.ownCount <= 2 && END_MARKER.test(fold(line.firstText.trimStart().slice(0, 24)))) break;
    // A header never has a number in the STT column: numbered rows skip the (costly) header check.
    const repeated = isNumbered(line.own.stt) ? null : headerAt(view, row, width);
    if (repeated) {
      if (sameColumns(repeated, header, view)) {
        row = lastHeaderRow(repeated); // the header repeated on a new printed page
        continue;
      }
      nextHeader = repeated;
      break;
    }
    // Word's column numbers, under the header or under a header repeated at a page break.
    if (isColumnNumbers(view, row, width)) continue;
    // A row of dots marking an omitted part, or a row with nothing in the table's columns (sub-titles, stray notes).
    if (isOmission(line) || (Object.keys(line.own).length === 0 && !line.mergedAcross && !line.coveredTask)) continue;
    rows.push(line);
    lastRow = row;
  }

  // A table is "numbered" when most rows that name a unit or deadline carry a number: then a row
  // without a number is the continuation of the one above (a cell broken over rows by the paste).
  const taskLike = rows.filter((r) => hasUnitOrDeadline(r.own));
  const numbered = taskLike.filter((r) => textOf(r.own.stt)).length * 2 >= taskLike.length && taskLike.length > 0;

  const sections: Section[] = [];
  const tasks: TaskRow[] = [];
  const open: { index: number; style: NumberStyle }[] = [];
  /** The numbering style each section was read in (a lone "C" may be a letter or a Roman numeral). */
  const styles: NumberStyle[] = [];
  let previousWasTask = false;

  /** Appends a row's cells to the task above, each on a new line (a row continues a task only after one). */
  const continuePrevious = (line: RowView): void => {
    const previous = tasks.at(-1);
    if (!previous) return;
    for (const [role, cell] of roleEntries(line.own)) appendText(previous.values, role, cell);
    previous.rows.push(line.row);
  };
  /** Closes the open section numbered in `style` and those nested in it: a new one of that style is their sibling. */
  const closeSectionsNumbered = (style: NumberStyle): void => {
    const sibling = open.findIndex((s) => s.style === style);
    if (sibling >= 0) open.splice(sibling);
  };

  rows.forEach((line, i) => {
    const stt = textOf(line.own.stt);
    const taskText = textOf(line.own.task);
    const nextStt = textOf(rows[i + 1]?.own.stt);
    const section = (): number | null => open.at(-1)?.index ?? null;

    if (previousWasTask && (line.coveredTask || line.coveredStt)) {
      // The task cell merged down: a second lead or deadline for the same task. The STT alone merged
      // down: the sub-row is a task of its own when it writes one, else the rest of the task above.
      if (line.coveredTask || !startsOwnTask(taskText, tasks.at(-1))) return continuePrevious(line);
      tasks.push({ rows: [line.row], values: { ...line.carried, ...line.own }, section: section() });
      return;
    }

    const unitCells = UNIT_ROLES.filter((role) => line.own[role] !== undefined);
    // Lower-case fragments in a heading row's support or deadline cells: the end of the task above,
    // cut by a page break. Only a group numbered like groups before it is read so (a task has its lead).
    const spill = previousWasTask && line.own.lead === undefined && unitCells.length > 0 && unitCells.every((role) => startsLowerCase(textOf(line.own[role])));
    if (!hasUnitOrDeadline(line.carried) && (unitCells.length === 0 || spill)) {
      const heading = splitHeading(stt, taskText, line.firstText);
      const next = rows[i + 1];
      const announced = ANNOUNCED_COUNT.exec(fold(heading.title));
      const style = headingStyle(heading.stt, open, sections, styles);
      const isSection = spill
        ? (style === 'roman' || style === 'letter') && styles.includes(style)
        : style === 'roman' ||
          style === 'letter' ||
          line.mergedAcross ||
          announced !== null ||
          (heading.stt !== null && opensDeeperNumbering(heading.stt, nextStt)) ||
          // A numbered heading over an unnumbered task; a lower-case row below is this row's own continuation.
          (heading.stt !== null && !nextStt && next !== undefined && hasUnitOrDeadline(next.own) && startsUpperCase(textOf(next.own.task))) ||
          (heading.stt === null && isAllCaps(heading.title));
      if (isSection && heading.title) {
        if (spill) continuePrevious({ ...line, own: Object.fromEntries(unitCells.map((role) => [role, line.own[role]])) });
        closeSectionsNumbered(style);
        const parent = open.at(-1)?.index ?? null;
        sections.push({
          row: line.row,
          stt: heading.stt,
          title: heading.title,
          label: squish(`${heading.stt ?? ''} ${heading.title}`),
          parent,
          announcedCount: announced ? Number(announced[1]) : null,
        });
        open.push({ index: sections.length - 1, style });
        styles.push(style);
        previousWasTask = false;
        return;
      }
    }

    const continues = previousWasTask && !stt && (numbered ? !(startsUpperCase(taskText) && line.own.lead !== undefined) : !startsUpperCase(taskText) || !hasUnitOrDeadline(line.own));
    // A sub-row under a lead or deadline merged down over it that writes its own task shares those cells.
    const sharesMerged = hasUnitOrDeadline(line.carried) && startsOwnTask(taskText, tasks.at(-1));
    if (continues && !sharesMerged) return continuePrevious(line);

    // A task numbered like an open section ("8." after the group "7.") is that section's sibling.
    const taskStyle = numberStyle(stt);
    if (taskStyle !== 'none') closeSectionsNumbered(taskStyle);
    tasks.push({ rows: [line.row], values: { ...line.carried, ...line.own }, section: section() });
    previousWasTask = true;
  });

  return { sections, tasks, lastRow, nextHeader };
}
