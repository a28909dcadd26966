import { editDistance, fold, squish } from '../text';

/**
 * Words the deadline phrases are built from; OCR-damaged words are snapped back to them. Every word
 * of four letters or more in a phrase is listed, so that no real word is snapped to its neighbour
 * ("liên" to "hiện").
 */
const VOCABULARY = [
  'thuong', 'xuyen', 'truoc', 'huong', 'dan', 'thang', 'hang', 'hoan', 'thanh', 'theo', 'chi', 'dao',
  'ngay', 'nam', 'quy', 'dau', 'cuoi', 'tiep', 'nhung', 'cac', 'trong', 'thuc', 'hien', 'den', 'het',
  'sau', 'khi', 'dinh', 'tuan', 'trien', 'khai', 'nhiem', 'giai', 'doan', 'yeu', 'cau', 'cham', 'nhat',
  'lien', 'tuc', 'tro', 'nua', 'lo', 'trinh', 'quyet', 'thong', 'bao', 'hoach', 'tien', 'duoc', 'thuoc',
  'kien', 'muon', 'xong',
];
const KNOWN = new Set(VOCABULARY);

/**
 * Snaps a word of four letters or more to the one vocabulary word it is a single edit away from
 * ("thudng" → "thuong", "trudc" → "truoc", "hudng" → "huong"); ambiguous or distant words stay.
 */
function snapOcrWord(word: string): string {
  if (word.length < 4 || KNOWN.has(word) || /\d/.test(word)) return word;
  let found: string | null = null;
  for (const candidate of VOCABULARY) {
    if (editDistance(word, candidate, 1) <= 1) {
      if (found !== null) return word;
      found = candidate;
    }
  }
  return found ?? word;
}

const LEADING_FILLER =
  /^(?:hoan thanh|thuc hien|trien khai|nhiem vu|du kien|cham nhat|muon nhat|truoc|ngay(?= ?\d)|trong|den|het|cuoi|vao|xong|tu)\b ?/;

/**
 * Folded, OCR-corrected deadline text with the words that only lead up to a deadline removed:
 * "Trước ngày 31/12/2025" → "31/12/2025", "Thudng xuyén" → "thuong xuyen".
 */
export function normaliseDeadlineText(text: string): string {
  const folded = squish(fold(text).replace(/[^a-z0-9/.\-–]+/g, ' ').replace(/–/g, '-'));
  let normal = folded
    .split(' ')
    .map(snapOcrWord)
    .join(' ')
    .replace(/^[-.\s]+|[-.\s]+$/g, '');
  for (let previous = ''; previous !== normal; ) {
    previous = normal;
    normal = normal.replace(LEADING_FILLER, '');
  }
  return normal;
}
