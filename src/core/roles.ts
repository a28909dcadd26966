/**
 * Column roles of an appendix table and the header words that name them (domain.md). Headers are
 * matched folded and OCR-tolerant; when several phrases fit a cell, the longest wins, so
 * "Thời gian hoàn thành thực tế" is the completion date, not the deadline.
 */
import { findPhrase, fold, words } from './text';

export const ROLES = [
  'stt',
  'task',
  'lead',
  'support',
  'deadline',
  'expected',
  'note',
  'status',
  'result',
  'completed',
  'difficulties',
  'proposals',
] as const;
export type Role = (typeof ROLES)[number];

const PHRASES: Record<Role, string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu'],
  task: [
    'nhiem vu',
    'ten nhiem vu',
    'noi dung',
    'noi dung nhiem vu',
    'noi dung cong viec',
    'nhiem vu giai phap',
    'noi dung nhiem vu giai phap',
    'ten cong viec',
    'cong viec',
  ],
  lead: [
    'don vi chu tri',
    'co quan chu tri',
    'chu tri',
    'chu tri thuc hien',
    'don vi thuc hien',
    'co quan thuc hien',
    'don vi chu tri thuc hien',
    'co quan don vi chu tri',
  ],
  support: ['don vi phoi hop', 'co quan phoi hop', 'phoi hop', 'phoi hop thuc hien', 'don vi phoi hop thuc hien'],
  deadline: [
    'thoi gian hoan thanh',
    'thoi han hoan thanh',
    'thoi gian thuc hien',
    'thoi han',
    'tien do',
    'tien do hoan thanh',
    'thoi gian',
    'han hoan thanh',
  ],
  expected: ['ket qua', 'du kien ket qua', 'ket qua du kien', 'san pham', 'ket qua san pham', 'san pham dau ra'],
  note: ['luu y', 'ghi chu'],
  status: [
    'tinh hinh thuc hien',
    'tinh trang',
    'trang thai',
    'tinh trang thuc hien',
    'muc do hoan thanh',
    'tinh hinh trien khai',
    'tinh hinh trien khai thuc hien',
  ],
  result: ['ket qua thuc hien', 'ket qua trien khai', 'ket qua dat duoc'],
  completed: [
    'ngay hoan thanh',
    'ngay hoan thanh thuc te',
    'thoi gian hoan thanh thuc te',
    'thoi diem hoan thanh',
  ],
  difficulties: ['kho khan vuong mac', 'kho khan', 'vuong mac'],
  proposals: ['de xuat kien nghi', 'de xuat', 'kien nghi'],
};

/**
 * One column that holds two roles: "Tình hình, kết quả thực hiện" is the status and the result,
 * written together ("Đã hoàn thành ngày 25/9/2025 (Báo cáo số 45/BC-SNV)").
 */
const COMBINED: { phrase: string; role: Role; also: Role }[] = [
  { phrase: 'tinh hinh ket qua thuc hien', role: 'status', also: 'result' },
  { phrase: 'tinh hinh va ket qua thuc hien', role: 'status', also: 'result' },
  { phrase: 'ket qua tinh hinh thuc hien', role: 'status', also: 'result' },
  { phrase: 'tinh hinh ket qua trien khai', role: 'status', also: 'result' },
  { phrase: 'tinh hinh ket qua trien khai thuc hien', role: 'status', also: 'result' },
];

const VOCABULARY: { role: Role; phrase: string[]; also?: Role }[] = [
  ...ROLES.flatMap((role) => PHRASES[role].map((phrase) => ({ role, phrase: words(phrase) }))),
  ...COMBINED.map(({ phrase, role, also }) => ({ role, also, phrase: words(phrase) })),
];

/** A header longer than this is prose, not a column title. */
const MAX_HEADER_WORDS = 14;
const MAX_HEADER_CHARS = 120;

/** Every row is checked for a (repeated) header, and cell texts repeat a lot: remember answers. */
const cache = new Map<string, RoleMatch | null>();
const CACHE_LIMIT = 20_000;

export interface RoleMatch {
  role: Role;
  /** A second role the same column holds ("Tình hình, kết quả thực hiện": status and result). */
  also?: Role;
  /** Words of the cell the phrase covers; longer is more specific. */
  length: number;
  edits: number;
}

/**
 * The role a header cell names, or null. The phrase must cover at least half of the cell's words
 * so that a sentence which happens to contain "chủ trì" is not taken for a header.
 */
export function matchHeader(text: string): RoleMatch | null {
  if (text.length > MAX_HEADER_CHARS) return null;
  const known = cache.get(text);
  if (known !== undefined) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const match = findRole(text);
  cache.set(text, match);
  return match;
}

/** Words that date a header ("... đến ngày 14/11/2025", "(số liệu tính đến tháng 11/2025)"): not part of its role. */
const AS_OF_OPENERS = new Set(['ngay', 'thang', 'quy', 'nam', 'het', 'nay', 'thoi']);
const AS_OF_LEAD_INS = new Set(['tinh', 'so', 'lieu', 'cap', 'nhat']);

/** The header's words without a trailing "as of" qualifier: "Kết quả thực hiện (đến ngày 14/11/2025)" → "ket qua thuc hien". */
function withoutAsOf(cellWords: string[]): string[] {
  const at = cellWords.findIndex((word, i) => i >= 2 && word === 'den' && (AS_OF_OPENERS.has(cellWords[i + 1] ?? '') || /^\d/.test(cellWords[i + 1] ?? '')));
  if (at < 0) return cellWords;
  let end = at;
  while (end > 2 && AS_OF_LEAD_INS.has(cellWords[end - 1]!)) end--;
  return cellWords.slice(0, end);
}

function findRole(text: string): RoleMatch | null {
  const cellWords = withoutAsOf(words(fold(text)));
  if (cellWords.length === 0 || cellWords.length > MAX_HEADER_WORDS) return null;
  let best: RoleMatch | null = null;
  for (const { role, phrase, also } of VOCABULARY) {
    if (phrase.length * 2 < cellWords.length) continue;
    const found = findPhrase(cellWords, phrase);
    if (!found) continue;
    const better =
      best === null || phrase.length > best.length || (phrase.length === best.length && found.edits < best.edits);
    if (better) best = { role, length: phrase.length, edits: found.edits, ...(also ? { also } : {}) };
  }
  return best;
}
