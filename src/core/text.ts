/**
 * Text normalisation for Vietnamese office documents.
 *
 * Everything that compares words (headers, unit names, deadline phrases, status words) goes through
 * `fold`: NFC first (Word and PDF text often arrives decomposed), then diacritics removed and
 * lower-cased, so "Hoà", "Hòa", "HOA" and an OCR's "hoa" compare equal.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Latin letters, Vietnamese precomposed letters and common punctuation: text made only of these
 * is already NFC (no combining marks, no singletons), so normalising it can be skipped.
 */
const ALREADY_NFC = /^[\u0000-\u02ff\u1e00-\u1eff\u2010-\u2027]*$/;

/** Canonical composed form; the form every cell value is kept in. */
export function nfc(text: string): string {
  return ALREADY_NFC.test(text) ? text : text.normalize('NFC');
}

/**
 * A function of one text that remembers its answers: the same task, unit, status, header and
 * deadline texts recur in every row and in every unit's file, so consolidating 150 files reads
 * each of them once rather than 150 times. The engine's one memo: bounded (after `limit` answers
 * it forgets them all at once, so a run over hostile text cannot grow it forever).
 */
export function remembered<T extends {} | null>(compute: (text: string) => T, limit = 50_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let answer = seen.get(text);
    if (answer === undefined) {
      answer = compute(text);
      if (seen.size >= limit) seen.clear();
      seen.set(text, answer);
    }
    return answer;
  };
}

/** Lower-case, diacritic-free form used for matching ("Đơn vị chủ trì" → "don vi chu tri"). */
export const fold = remembered((text) => text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase());

const UNTIDY = /\s\s|[\t\n\r\f\v\u00a0\u200b\u2028\u2029\u3000\u1680\u2000-\u200a\u202f\u205f\ufeff]|^\s|\s$/;

/** Collapses runs of whitespace (including line breaks and non-breaking spaces) and trims. */
export const squish = remembered((text) => (UNTIDY.test(text) ? text.replace(/[\s\u00a0\u200b]+/g, ' ').trim() : text));

/**
 * Joins the lines of a cell the way a reader would: a line ending in a hyphen continues the word
 * on the next line ("HĐND-\nUBND" → "HĐND-UBND"), other line breaks become spaces.
 */
export function joinLines(text: string): string {
  return squish(text.replace(/-[ \t]*\r?\n\s*/g, '-'));
}

/** Words of a folded text: runs of letters and digits. */
export function words(folded: string): string[] {
  return folded.match(/[a-z0-9]+/g) ?? [];
}

/** Levenshtein distance, giving up (returning limit + 1) as soon as it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      // safe: j - 1 and j stay within both rows (0 ... b.length), which the loops fill
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!; // safe: every row holds b.length + 1 values
}

/** How many OCR edits a word of this length may carry and still count as the same word. */
function wordTolerance(length: number): number {
  return length >= 3 ? 1 : 0;
}

/**
 * Finds `phrase` (folded words) as consecutive words of `text` (folded words), tolerating OCR
 * noise: each word may be off by one edit when it has three letters or more, as long as at least
 * one word matches exactly and the total stays within half the phrase ("cha tri thyc hien" finds
 * "chu tri thuc hien"). Returns the index of the first matching word and the edits used.
 */
export function findPhrase(text: readonly string[], phrase: readonly string[]): { index: number; edits: number } | null {
  const budget = Math.max(1, Math.floor(phrase.length / 2));
  let best: { index: number; edits: number } | null = null;
  for (let start = 0; start + phrase.length <= text.length; start++) {
    let edits = 0;
    let exact = 0;
    for (const [k, want] of phrase.entries()) {
      if (edits > budget) break;
      const got = text[start + k]!; // safe: start + phrase.length <= text.length
      if (want === got) {
        exact++;
        continue;
      }
      const tolerance = wordTolerance(want.length);
      const distance = tolerance === 0 ? 1 : editDistance(want, got, tolerance);
      edits += distance > tolerance ? budget + 1 : distance;
    }
    if (edits <= budget && (exact > 0 || phrase.length === 1) && (best === null || edits < best.edits)) {
      best = { index: start, edits };
      if (edits === 0) break;
    }
  }
  return best;
}

/** True when a string starts with an upper-case letter (Vietnamese letters included). */
export function startsUpperCase(text: string): boolean {
  const first = text.trim().charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
