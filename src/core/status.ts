/**
 * The status a unit reports for a task ("Đã hoàn thành", "Đang triển khai" ...) and its completion
 * date. Only an explicit "done" word makes a task done; a sheet with no status column has nothing
 * done.
 */
import { serialDayOrNull } from './calendar';
import { readDeadlineText } from './deadline/readDeadline';
import type { Cell } from './grid';
import { fold, joinLines, squish } from './text';

export interface Status {
  /** The status as written; null when the sheet has no status column or the cell is empty. */
  text: string | null;
  done: boolean;
  /** False for a status word outside the known vocabulary. */
  known: boolean;
  /** Completion day (ISO) from the completion-date column, or from the status text itself. */
  completedOn: string | null;
}

/** Folded openings that mean "not done yet"; checked first, since "chưa hoàn thành" contains "hoàn thành". */
const NOT_DONE = /^(?:chua|dang|khong|tiep tuc|thuong xuyen|co ban hoan thanh|tam dung|dung thuc hien)\b/;
const DONE = /^(?:da )?(?:hoan thanh|xong|thuc hien xong|trien khai xong)\b|^da thuc hien\b|^da trien khai\b|^hoan tat\b/;

export const NOT_REPORTED: Status = { text: null, done: false, known: true, completedOn: null };

/** Reads a day from a completion-date cell: a real date, a date serial, or dd/mm/yyyy text. */
function readDay(cell: Cell | null | undefined): string | null {
  if (!cell) return null;
  if (cell.kind === 'date') return cell.iso;
  if (cell.kind === 'number') return serialDayOrNull(cell.value);
  if (cell.kind !== 'text') return null;
  const deadline = readDeadlineText(cell.text, 0);
  return deadline.kind === 'date' && !deadline.yearFromPlan ? deadline.due : null;
}

function dayInText(text: string): string | null {
  const match = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.exec(text);
  return match ? readDay({ kind: 'text', text: match[0] }) : null;
}

export function readStatus(statusCell: Cell | null | undefined, completedCell: Cell | null | undefined): Status {
  const written = statusCell && statusCell.kind === 'text' ? squish(joinLines(statusCell.text)) : '';
  const completedOn = readDay(completedCell) ?? (written ? dayInText(written) : null);
  if (!written) return { text: null, done: false, known: true, completedOn };
  const folded = fold(written).replace(/[^a-z0-9 ]+/g, ' ').trim();
  if (NOT_DONE.test(folded)) return { text: written, done: false, known: true, completedOn };
  if (DONE.test(folded)) return { text: written, done: true, known: true, completedOn };
  return { text: written, done: false, known: false, completedOn };
}
