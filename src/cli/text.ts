/**
 * Laying text out for an 80-column terminal: lines shortened with "…", long sentences wrapped
 * under a hanging indent, lists of items wrapped between items. Widths count characters (code
 * points); Vietnamese in NFC is one column per character.
 */

/** The terminal width every printed line fits in. */
export const COLUMNS = 80;

export function width(text: string): number {
  return [...text].length;
}

/** The text cut to `max` columns, ending with "…" when it was cut; line breaks become spaces. */
export function fit(text: string, max: number = COLUMNS): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, Math.max(0, max - 1))
        .join('')
        .trimEnd()}…`;
}

/**
 * The text in lines of at most `max` columns: the first starts with `first`, the others with
 * `rest` (a hanging indent). Words longer than a line are cut.
 */
export function wrap(text: string, first: string, rest: string, max: number = COLUMNS): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of words) {
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (width(candidate) <= max || empty) {
      line = candidate;
      empty = false;
      if (width(line) > max) {
        lines.push(fit(line, max));
        line = rest;
        empty = true;
      }
      continue;
    }
    lines.push(line);
    line = `${rest}${word}`;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(fit(line, max));
  return lines;
}

/** Items joined with `separator`, wrapped between items: the first line starts with `first`, the others with `rest`. */
export function wrapItems(items: readonly string[], separator: string, first: string, rest: string, max: number = COLUMNS): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const item of items) {
    const candidate = empty ? `${line}${item}` : `${line}${separator}${item}`;
    if (empty || width(candidate) <= max) {
      line = candidate;
      empty = false;
      continue;
    }
    lines.push(fit(line, max));
    line = `${rest}${item}`;
  }
  lines.push(fit(line, max));
  return lines;
}
