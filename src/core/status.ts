/**
 * The status a unit reports for a task ("Đã hoàn thành", "HT", "Đang triển khai", "Hoàn thành 80%"
 * ...) and its completion date.
 *
 * The words live in one place, STATUS_WORDS: the engine reads them here, and the overdue
 * highlight's Excel formula (src/office/highlightPlan.ts) is generated from the same list through
 * `doneSpellings()`, so "done" has one definition (docs/rules.md, "Reported status"). Only an
 * explicit status word makes a task done; a word that is not understood is `known: false` (the rule
 * UNKNOWN_STATUS reports it on its cell); a sheet with no status column has nothing done.
 */
import { serialDayOrNull } from './calendar';
import { readDeadlineText } from './deadline/readDeadline';
import { type Cell, isoToVietnamese } from './grid';
import { fold, joinLines, nfc, remembered, squish } from './text';

export interface Status {
  /** The status as written; null when the sheet has no status column or the cell is empty. */
  text: string | null;
  done: boolean;
  /** False for a status word outside the known vocabulary (the rule UNKNOWN_STATUS reports it). */
  known: boolean;
  /** Completion day (ISO) from the completion-date column, or from the status text itself. */
  completedOn: string | null;
  /**
   * The percentage the unit wrote ("Hoàn thành 80%" → 80, "Đang thực hiện (đạt 60%)" → 60, a
   * "Mức độ hoàn thành" cell 100% → 100); absent when it wrote none.
   */
  progress?: number;
  /** A done word the unit qualified as partial ("Hoàn thành 80%", "Hoàn thành một phần"): counted as not done. */
  partial?: boolean;
  /** The unit itself says the task was finished late ("Hoàn thành quá hạn", "Đã hoàn thành (trễ hạn)"). */
  late?: boolean;
}

export type StatusMeaning = 'done' | 'not_done';

export interface StatusWord {
  /** As units write it (NFC). Read folded (no diacritics, no case), at the start of the cell, on whole words. */
  written: string;
  meaning: StatusMeaning;
}

const done = (written: string): StatusWord => ({ written, meaning: 'done' });
const notDone = (written: string): StatusWord => ({ written, meaning: 'not_done' });

/**
 * Every status word phuluc understands. A cell is read by the longest word it starts with ("Chưa
 * hoàn thành" is not done although it contains "hoàn thành"); what follows a done word can still
 * qualify it (PARTIAL_WORDS, "chưa" (NOT_YET_WORD), a percentage below 100, LATE_WORDS). No not-done word may extend a done
 * word (a test checks it): the Excel formula relies on that.
 */
export const STATUS_WORDS: readonly StatusWord[] = [
  done('Hoàn thành'),
  done('Đã hoàn thành'),
  done('HT'),
  done('Đã HT'),
  done('Xong'),
  done('Đã xong'),
  done('Thực hiện xong'),
  done('Đã thực hiện xong'),
  done('Triển khai xong'),
  done('Đã triển khai xong'),
  done('Đã thực hiện'),
  done('Đã triển khai'),
  done('Hoàn tất'),
  done('Đã hoàn tất'),
  done('Đã ban hành'),
  // "Chưa ..." and "Đang ..." in every form (Chưa HT, Chưa TH, Đang TH, Đang làm ...).
  notDone('Chưa'),
  notDone('Chưa hoàn thành'),
  notDone('Chưa thực hiện'),
  notDone('Chưa triển khai'),
  notDone('Đang'),
  notDone('Đang thực hiện'),
  notDone('Đang triển khai'),
  notDone('Không thực hiện'),
  notDone('Không'),
  notDone('Tiếp tục'),
  notDone('Tiếp tục thực hiện'),
  notDone('Thường xuyên'),
  notDone('Thường xuyên thực hiện'),
  notDone('Thực hiện thường xuyên'),
  notDone('Cơ bản hoàn thành'),
  notDone('Tạm dừng'),
  notDone('Dừng thực hiện'),
  notDone('Dừng'),
  notDone('Quá hạn'),
  notDone('Trễ hạn'),
  notDone('Chậm tiến độ'),
];

/**
 * The standard words a unit's template offers in its status list (src/core/cycle/template.ts): one
 * per answer, each taken from STATUS_WORDS, so the list can only offer what the engine reads.
 */
export const OFFERED_STATUS_WORDS: readonly StatusWord[] = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Thường xuyên thực hiện'].map((written) => {
  const word = STATUS_WORDS.find((w) => w.written === written);
  if (!word) throw new Error(`OFFERED_STATUS_WORDS: "${written}" is not in STATUS_WORDS`);
  return word;
});

/** After a done word, these make it partial, so not done ("Hoàn thành một phần"). */
export const PARTIAL_WORDS: readonly string[] = ['một phần'];

/** After a done word, these say it was done late ("Hoàn thành quá hạn", "Đã hoàn thành (trễ hạn)"); "không quá hạn" is not late. */
export const LATE_WORDS: readonly string[] = ['quá hạn', 'trễ hạn', 'chậm tiến độ', 'chậm so với', 'không đúng hạn', 'chưa đúng hạn', 'sau thời hạn'];

/**
 * After a done word, the word "chưa" makes it not done, partial ("Đã thực hiện, chưa xong", "Hoàn
 * thành, chưa nghiệm thu", "HT chưa đạt"), except in a late word ("chưa đúng hạn": done late) or in
 * one of these phrases, about something other than the task itself ("Đã hoàn thành; chưa phát sinh
 * vướng mắc"): those stay done.
 */
export const NOT_YET_WORD = 'chưa';
export const NOT_YET_ASIDES: readonly string[] = ['chưa phát sinh'];

/** The phrases opening with "chưa" that leave a done word done: the late ones and the asides. */
export function notYetExceptions(): string[] {
  const notYet = foldedWords(NOT_YET_WORD);
  return [...LATE_WORDS, ...NOT_YET_ASIDES].filter((w) => foldedWords(w).startsWith(`${notYet} `));
}

/**
 * A percentage opening the cell is a progress status: "100%", "Đạt 80%". Done from 100 up. The
 * highlight formula knows these spellings of 100 (docs/rules.md).
 */
export const FULL_PROGRESS_SPELLINGS: readonly string[] = ['100%', 'Đạt 100%'];

/** Folded words separated by single spaces: "Đã hoàn thành, (trễ hạn)" → "da hoan thanh tre han". */
export function foldedWords(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const PHRASES = STATUS_WORDS.map((word) => ({ word, folded: foldedWords(word.written) })).sort((a, b) => b.folded.length - a.folded.length);
const PARTIAL = new RegExp(`(?:^| )(?:${PARTIAL_WORDS.map(foldedWords).join('|')})(?: |$)`);
const LATE = new RegExp(`(?:^| )(?<!(?:khong|chua) )(?:${LATE_WORDS.map(foldedWords).join('|')})(?: |$)`);
/** The words after "chưa" that leave a done word done ("đúng hạn", "phát sinh"), folded. */
const NOT_YET_TAILS = notYetExceptions().map((w) => foldedWords(w).split(' ').slice(1));

/**
 * "chưa" (or "chua" typed without its marks) as a word after the opening `skip` words, outside the
 * exceptions. Read on the text with its marks, so "sửa chữa", "chứa" and "chừa" are not "chưa".
 */
function saysNotYet(text: string, skip: number): boolean {
  const words = nfc(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(skip);
  const folded = words.map((w) => fold(w));
  return words.some((word, i) => (word === NOT_YET_WORD || word === fold(NOT_YET_WORD)) && !NOT_YET_TAILS.some((tail) => tail.every((w, j) => folded[i + 1 + j] === w)));
}
const OPENING_PERCENT = /^(?:dat\s*)?(\d+(?:[.,]\d+)?)\s*%/;

/**
 * Every spelling of a done word the Excel formula looks for at the start of the status cell: each
 * word with its diacritics and without them, lower-case (Excel compares text without case). A word
 * another done word already opens ("Đã thực hiện xong" after "Đã thực hiện") is left out: the
 * shorter one finds it. Partly accented or decomposed (NFD) spellings are not among them; the
 * engine reads those, the formula does not (docs/rules.md lists where the two differ).
 */
export function doneSpellings(): string[] {
  const spellings = new Set<string>();
  for (const written of [...STATUS_WORDS.filter((w) => w.meaning === 'done').map((w) => w.written), ...FULL_PROGRESS_SPELLINGS]) {
    const accented = written.normalize('NFC').toLocaleLowerCase('vi');
    spellings.add(accented);
    spellings.add(fold(accented));
  }
  const all = [...spellings];
  return all.filter((s) => !all.some((shorter) => shorter !== s && s.startsWith(`${shorter} `)));
}

/** The number written before the cell's first "%" ("đạt 60%" → 60); null when there is none. */
export function progressIn(text: string): number | null {
  const at = text.indexOf('%');
  if (at < 0) return null;
  const number = /(\d+(?:[.,]\d+)?)\s*$/.exec(text.slice(0, at))?.[1];
  return number === undefined ? null : Number(number.replace(',', '.'));
}

/** What a status text says, without the completion date. */
export interface StatusReading {
  done: boolean;
  known: boolean;
  progress?: number;
  partial?: boolean;
  late?: boolean;
  /** The vocabulary word the text opens with, or null (a bare percentage, or not understood). */
  word: StatusWord | null;
}

/** Reads a status text ("Đã hoàn thành ngày 12/8/2025", "HT", "Đang TH (đạt 60%)"). */
export const readStatusText: (text: string) => StatusReading = remembered((text) => classify(text), 20_000);

function classify(text: string): StatusReading {
  const folded = foldedWords(text);
  const progress = progressIn(text);
  const withProgress = progress === null ? {} : { progress };
  const match = PHRASES.find((p) => folded === p.folded || folded.startsWith(`${p.folded} `));
  if (!match) {
    const opening = OPENING_PERCENT.exec(fold(squish(text)));
    if (opening && progress !== null) return { done: progress >= 100, known: true, progress, word: null };
    return { done: false, known: false, ...withProgress, word: null };
  }
  if (match.word.meaning === 'not_done') return { done: false, known: true, ...withProgress, word: match.word };
  const rest = folded.slice(match.folded.length);
  if (PARTIAL.test(rest) || saysNotYet(text, match.folded.split(' ').length) || (progress !== null && progress < 100))
    return { done: false, known: true, ...withProgress, partial: true, word: match.word };
  return { done: true, known: true, ...withProgress, ...(LATE.test(rest) ? { late: true } : {}), word: match.word };
}

export const NOT_REPORTED: Status = { text: null, done: false, known: true, completedOn: null };

/** Reads a day from a completion-date cell: a real date, a date serial, or dd/mm/yyyy text. */
function readDay(cell: Cell | null | undefined): string | null {
  if (!cell) return null;
  if (cell.kind === 'date') return cell.iso;
  if (cell.kind === 'number') return serialDayOrNull(cell.value);
  if (cell.kind !== 'text') return null;
  const deadline = readDeadlineText(cell.text, 0);
  if (deadline.kind === 'date' && !deadline.yearFromPlan) return deadline.due;
  // A sentence in the completion cell ("Đã hoàn thành ngày 25/9/2025"): the day it writes.
  return cell.text.trim() === dayWritten(cell.text) ? null : dayInText(cell.text);
}

function dayWritten(text: string): string | null {
  return /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.exec(text)?.[0] ?? null;
}

function dayInText(text: string): string | null {
  const written = dayWritten(text);
  return written ? readDay({ kind: 'text', text: written }) : null;
}

/** A percentage format ("0%", "0.0%"): the cell holds a fraction, 1 = 100%. */
function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"|\\./g, ''));
}

/** The status cell as a number: a percentage ("Mức độ hoàn thành" 100%) is progress; any other number is not understood. */
function numberStatus(value: number, format: string | undefined, completedOn: string | null): Status {
  if (!isPercentFormat(format)) return { text: String(value), done: false, known: false, completedOn };
  const progress = Math.round(value * 10_000) / 100;
  return { text: `${progress}%`, done: progress >= 100, known: true, completedOn, progress };
}

/**
 * A task's status from its status cell and completion-date cell. A completion day written in the
 * status text ("Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)") counts when the status is
 * done or not understood, never from a not-done text ("Đang thực hiện, dự kiến xong 30/12/2025").
 */
export function readStatus(statusCell: Cell | null | undefined, completedCell: Cell | null | undefined): Status {
  const fromColumn = readDay(completedCell);
  if (statusCell?.kind === 'number') return numberStatus(statusCell.value, statusCell.format, fromColumn);
  if (statusCell?.kind === 'date' || statusCell?.kind === 'boolean') {
    const text = statusCell.kind === 'date' ? isoToVietnamese(statusCell.iso) : String(statusCell.value).toUpperCase();
    return { text, done: false, known: false, completedOn: fromColumn };
  }
  const written = statusCell && statusCell.kind === 'text' ? squish(joinLines(statusCell.text)) : '';
  if (!written) return { text: null, done: false, known: true, completedOn: fromColumn };
  const { done, known, progress, partial, late } = readStatusText(written);
  const completedOn = fromColumn ?? (done || !known ? dayInText(written) : null);
  return {
    text: written,
    done,
    known,
    completedOn,
    ...(progress === undefined ? {} : { progress }),
    ...(partial ? { partial } : {}),
    ...(late ? { late } : {}),
  };
}
