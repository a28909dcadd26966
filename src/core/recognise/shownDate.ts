/**
 * What a date cell shows when its number format leaves the day out: a user who types a month into
 * a deadline column gets a real date (the 1st) formatted `"Tháng "m/yyyy`, and the sheet shows
 * "Tháng 4/2026". The deadline is that month, not its first day, so it is read from what is shown.
 */
import type { Cell } from '../grid';

/** Date codes of a format section, quoted text and escapes set apart: null when it holds something we do not render. */
function render(iso: string, format: string): string | null {
  const day = /^(\d{4,})-(\d{2})-\d{2}$/.exec(iso);
  if (!day) return null;
  const [year, month] = [Number(day[1]), Number(day[2])];
  const [section = ''] = format.split(';');
  let out = '';
  let sawMonthOrYear = false;
  for (let i = 0; i < section.length;) {
    const ch = section.charAt(i);
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      if (end < 0) return null;
      out += section.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '\\') {
      out += section[i + 1] ?? '';
      i += 2;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      if (end < 0) return null;
      i = end + 1; // colour or locale: shows nothing
    } else if (/[mMyY]/.test(ch)) {
      let run = 1;
      while (section[i + run]?.toLowerCase() === ch.toLowerCase()) run++;
      if (ch.toLowerCase() === 'm') {
        if (run > 2) return null; // month names depend on the locale
        out += run === 2 ? String(month).padStart(2, '0') : String(month);
      } else out += run <= 2 ? String(year % 100).padStart(2, '0') : String(year);
      sawMonthOrYear = true;
      i += run;
    } else if (/[dDhHsSeEgGbB@*_?#0]/.test(ch)) {
      return null; // a day, a time, an era or a number: not a month shown alone
    } else {
      out += ch;
      i++;
    }
  }
  return sawMonthOrYear ? out.trim() : null;
}

/** The deadline cell as the reader should take it: a date cell showing no day as the text it shows ("Tháng 4/2026", "2026"), any other cell as it is. */
export function shownDeadline(cell: Cell | undefined): Cell | undefined {
  if (cell?.kind !== 'date' || !cell.format) return cell;
  const text = render(cell.iso, cell.format);
  return text === null ? cell : { kind: 'text', text };
}
