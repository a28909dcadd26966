import { editDistance, fold, squish } from '../text';
import { FAMILIES } from './parsers';
import { LEAD_IN_WORDS } from './refiners';

/**
 * Words of deadline cells that no family and no refiner reads, listed so that they stay
 * themselves: a phrase's own verbs ("thực hiện", "triển khai", "nhiệm vụ"), "danh sách" of a
 * limit, and ordinary words one edit away from a family's word ("giao" is not "giai", "nhan" is
 * not "nhat").
 */
export const PLAIN_WORDS: readonly string[] = ['hien', 'trien', 'khai', 'nhiem', 'danh', 'sach', 'giao', 'chung', 'nhan', 'dong', 'quan'];

/**
 * The vocabulary OCR-damaged words are snapped to: every family's words (each lists its own), the
 * refiners' lead-in words and the plain words. Every word of four letters or more in a phrase is
 * listed, so that no real word is snapped to its neighbour ("liên" to "hiện").
 */
export const VOCABULARY: readonly string[] = [...new Set([...FAMILIES.flatMap((family) => family.words), ...LEAD_IN_WORDS, ...PLAIN_WORDS])];
const KNOWN = new Set(VOCABULARY);
/** Each family's other spellings of its short words ("quí" → "quy"). */
const SPELLINGS = new Map(FAMILIES.flatMap((family) => Object.entries(family.spellings ?? {})));

/**
 * Snaps a word of four letters or more to the one vocabulary word it is a single edit away from
 * ("thudng" → "thuong", "trudc" → "truoc", "hudng" → "huong"); ambiguous or distant words stay.
 */
function snapOcrWord(word: string): string {
  const spelled = SPELLINGS.get(word);
  if (spelled) return spelled;
  if (word.length < 4 || KNOWN.has(word)) return word;
  let found: string | null = null;
  for (const candidate of VOCABULARY) {
    if (editDistance(word, candidate, 1) <= 1) {
      if (found !== null) return word;
      found = candidate;
    }
  }
  return found ?? word;
}

/**
 * Folded, OCR-corrected deadline text: no diacritics or case, only letters, digits, spaces and the
 * marks phrases are built from (`/ . - , ; ( )`), words snapped back from OCR damage, no trailing
 * full stop: "Trước ngày 31/12/2025." → "truoc ngay 31/12/2025", "Thudng xuyén" → "thuong xuyen",
 * "Quí IV-2025" → "quy iv-2025".
 */
export function normaliseDeadlineText(text: string): string {
  const folded = squish(
    fold(text)
      .replace(/[–—]/g, '-')
      .replace(/[^a-z0-9/.\-,;()]+/g, ' ')
      .replace(/ ?([,;]) ?/g, '$1 ')
      .replace(/\( /g, '(')
      .replace(/ \)/g, ')'),
  );
  return folded.replace(/\b[a-z]+\b/g, snapOcrWord).replace(/^[-.,;\s]+|[-.,;(\s]+$/g, '');
}
