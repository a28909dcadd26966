import { editDistance, fold, squish } from '../text';
import { PARSERS } from './parsers';

/**
 * Words that lead up to a deadline, join its parts or introduce a second date (the orchestrator's
 * own words), and ordinary words that are one edit away from a family's word and must stay
 * themselves ("tỉnh" is not "trình", "giao" is not "giai").
 */
const ENGINE_WORDS = [
  'hoan', 'thanh', 'thuc', 'hien', 'truoc', 'trong', 'cham', 'nhat', 'muon', 'xong', 'trien', 'khai',
  'nhiem', 'chua', 'danh', 'sach', 'khong', 'tinh', 'giao', 'chung', 'nhan', 'dong', 'truong', 'quan',
];

/**
 * The vocabulary OCR-damaged words are snapped to: every family's words (each parser lists its
 * own) and the orchestrator's. Every word of four letters or more in a phrase is listed, so that no
 * real word is snapped to its neighbour ("liên" to "hiện").
 */
const VOCABULARY = [...new Set([...PARSERS.flatMap((p) => p.words ?? []), ...ENGINE_WORDS])].filter((w) => w.length >= 4);
const KNOWN = new Set(VOCABULARY);
/** Each family's other spellings of its short words ("quí" → "quy"). */
const SPELLINGS = new Map(PARSERS.flatMap((p) => Object.entries(p.spellings ?? {})));

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
