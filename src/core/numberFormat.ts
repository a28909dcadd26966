/**
 * Whether an Excel number format shows a date: it has day, month, year (or time) codes outside
 * quoted text, escapes and bracketed sections. Used where SheetJS is not loaded (the task pane).
 */
/** A number format's first section (the one for positive numbers and dates): up to its first ";". */
export function firstSection(format: string): string {
  const end = format.indexOf(';');
  return end < 0 ? format : format.slice(0, end);
}

export function isDateFormat(format: string): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  const codes = firstSection(format)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(codes) && !/^[#0.,%\s?/E+-]*$/i.test(codes);
}
