/**
 * Whether an Excel number format shows a date: it has day, month, year (or time) codes outside
 * quoted text, escapes and bracketed sections. Used where SheetJS is not loaded (the task pane).
 */
export function isDateFormat(format: string): boolean {
  if (!format || /^general$/i.test(format) || format === '@') return false;
  const codes = format
    .split(';')[0]!
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '')
    .replace(/_.|\*./g, '');
  return /[dmyhs]/i.test(codes) && !/^[#0.,%\s?/E+-]*$/i.test(codes);
}
