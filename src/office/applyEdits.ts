/**
 * Applies safe fixes (the same Edit objects `phuluc fix` applies to files) to the open workbook,
 * syncing in requests that stay under Excel on the web's 5 MB limit. Text arrives as the text it is:
 * Range.values reads a string the way Excel reads typed input in the US locale (office-js#1559,
 * "by design": "5/6/2025" becomes 6 May, "1.10" becomes 1.1, "7." becomes 7), so a text Excel would
 * read as something else gets the Text number format ("@") before it is written, and a text Excel
 * would read as a formula gets the quote prefix.
 */
import { isoToExcelSerial } from '../core/calendar';
import { type Edit, editCell } from '../core/findings';
import { a1, type Cell, type CellRange, type Grid } from '../core/grid';
import { validDay } from '../core/validDay';
import { DAYS_1900_TO_1904, queueDateSystem } from './host';
import { RequestBatch, requestBytes } from './requestBatch';

/** Text Excel would take for a formula or a sign gets the quote prefix, so it stays text. */
export function asText(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}

/**
 * Words Excel's US input reading knows in dates and numbers: month and weekday names, AM/PM. A text
 * with any other letter is never read as a number or a date.
 */
const INPUT_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b/gi;

/**
 * Whether Excel would store `text`, written through Range.values into a General cell, as something
 * other than this text: a number ("7.", "1.10", "1,5", "100%", "$5", "1e3"), a date or a time
 * ("5/6/2025", "2025-12-31", "6/2025", "Jun-25", "10:30"), a boolean or an error value. It errs on
 * the side of yes: every text with a digit and no letter outside those words. Formula-like text is
 * `asText`'s business.
 */
export function excelWouldRetype(text: string): boolean {
  const s = text.trim();
  if (/^(true|false)$/i.test(s) || s.startsWith('#')) return true;
  if (!/\d/.test(s)) return false;
  const rest = s
    .replace(/(\d\.?)\s*e\s*([-+]?\d)/gi, '$1$2') // 1e3, 1E-2, 1.E1
    .replace(/(\d)\s*[ap]\.?m?\.?(?![\p{L}])/giu, '$1') // 10:30 am, 10:30p
    .replace(INPUT_WORDS, '');
  return !/\p{L}/u.test(rest);
}

/** What to write for a text: the value, and "@" when Excel would otherwise read it as something else. */
export function textWrite(text: string): { value: string; format: string | null } {
  const value = asText(text);
  return { value, format: value === text && excelWouldRetype(text) ? '@' : null };
}

type Write = { value: string | number | boolean; format: string | null };

function writeOf(cell: Cell | null | undefined, serialShift: number): Write {
  if (!cell) return { value: '', format: null };
  switch (cell.kind) {
    case 'text':
      return textWrite(cell.text);
    case 'date':
      return { value: isoToExcelSerial(cell.iso) - serialShift, format: cell.format ?? 'dd/mm/yyyy' };
    case 'number':
      return { value: cell.value, format: null };
    case 'boolean':
      return { value: cell.value, format: null };
    case 'error':
      return { value: '', format: null };
  }
}

function span(area: CellRange): string {
  return area.top === area.bottom && area.left === area.right ? a1(area.top, area.left) : `${a1(area.top, area.left)}:${a1(area.bottom, area.right)}`;
}

/**
 * Applies `edits` to the sheets of `grids` (the grids they were computed from give an unmerged
 * area its value and a converted date its format). Returns the number of syncs used: one per 4 MB of
 * edits, and one more first when a date is written (to learn the workbook's date system).
 */
export async function applyEdits(context: Excel.RequestContext, grids: ReadonlyMap<string, Grid>, edits: readonly Edit[]): Promise<number> {
  // A date edit writes a serial: a day that does not exist (or none, after a message lost it) would
  // become 01/01/1970 or #NUM!. Refused before anything is written.
  const notADay = edits.find((edit) => edit.kind === 'date' && validDay(edit.iso) === null);
  if (notADay) throw new Error(`${notADay.sheet}!${editCell(notADay)}: ${JSON.stringify(notADay.kind === 'date' ? notADay.iso : null)} is not a day; nothing was written`);
  const source = (edit: Edit, row: number, col: number) => grids.get(edit.sheet)?.rows[row]?.[col];
  const writesDates = edits.some((edit) => edit.kind === 'date' || (edit.kind === 'unmerge' && source(edit, edit.top, edit.left)?.kind === 'date'));
  let shift = 0;
  let probes = 0;
  if (writesDates) {
    // A date is a serial in the workbook's own system: a 1904 workbook counts 1,462 days fewer.
    const date1904 = queueDateSystem(context);
    await context.sync();
    probes = 1;
    shift = date1904() === true ? DAYS_1900_TO_1904 : 0;
  }

  const batch = new RequestBatch(context);
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => {
    const sheet = sheets.get(name) ?? context.workbook.worksheets.getItem(name);
    sheets.set(name, sheet);
    return sheet;
  };
  /** One area filled with one value: the Text format first when the value needs it. */
  const put = async (sheet: string, area: CellRange, write: Write) => {
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const range = sheetOf(sheet).getRange(span(area));
    const { format } = write;
    if (format) {
      const formats = Array.from({ length: rows }, () => Array<string>(cols).fill(format));
      await batch.put(requestBytes(formats), () => (range.numberFormat = formats));
    }
    const values = Array.from({ length: rows }, () => Array<string | number | boolean>(cols).fill(write.value));
    await batch.put(requestBytes(values), () => (range.values = values));
  };

  for (const edit of edits) {
    if (edit.kind === 'text') await put(edit.sheet, { top: edit.row, left: edit.col, bottom: edit.row, right: edit.col }, textWrite(edit.text));
    else if (edit.kind === 'date') {
      const from = edit.styleFrom ? source(edit, edit.styleFrom.row, edit.styleFrom.col) : source(edit, edit.row, edit.col);
      const format = from?.kind === 'date' && from.format ? from.format : null;
      await put(edit.sheet, { top: edit.row, left: edit.col, bottom: edit.row, right: edit.col }, { value: isoToExcelSerial(edit.iso) - shift, format });
    } else {
      const area = { top: edit.top, left: edit.left, bottom: edit.bottom, right: edit.right };
      await batch.put(requestBytes(span(area)), () => sheetOf(edit.sheet).getRange(span(area)).unmerge());
      // The top-left cell keeps what it holds; the rest of the first row, then the rows below, get its value.
      const value = writeOf(source(edit, edit.top, edit.left), shift);
      if (edit.right > edit.left) await put(edit.sheet, { ...area, bottom: edit.top, left: edit.left + 1 }, value);
      if (edit.bottom > edit.top) await put(edit.sheet, { ...area, top: edit.top + 1 }, value);
    }
  }
  await batch.finish();
  return probes + batch.syncs;
}
