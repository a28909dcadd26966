/**
 * Column roles of an appendix table and the header words that name them (domain.md). Headers are
 * matched folded and OCR-tolerant; when several phrases fit a cell, the longest wins, so
 * "Thời gian hoàn thành thực tế" is the completion date, not the deadline.
 */
import { KEY_HEADER } from './cycle/identity';
import { findPhrase, fold, remembered, words } from './text';

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
  /**
   * A second column describing the task ("Nội dung chính" beside "Tên dự án, nhiệm vụ"): kept with
   * the task, never taken for it (findHeader.ts decides which of two task-like columns names the task).
   */
  'description',
  /**
   * The hidden column of a template phuluc made for a unit (KEY_HEADER): each row's task key, which
   * matches the row to its plan task whatever the unit did to order and wording. Never the task,
   * never a report column.
   */
  'key',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(key: string): key is Role {
  return ROLES.some((role) => role === key);
}

/**
 * The roles a column map names with their columns, in the map's own order. Checked, not cast: a
 * map read from outside (--columns, a message) may hold a key that is no role, which is left out.
 */
export function roleEntries<V>(columns: Partial<Record<Role, V>>): [Role, V][] {
  return Object.entries(columns).flatMap(([key, value]): [Role, V][] => (isRole(key) && value !== undefined ? [[key, value]] : []));
}

/** What a task column names: "Tên đề án", "Tên gọi văn bản", "Nội dung công việc", "Danh mục văn bản" ... */
const TASK_NOUNS = ['nhiem vu', 'de an', 'du an', 'van ban', 'chuong trinh', 'ke hoach', 'hoat dong', 'cong viec', 'giai phap', 'nhiem vu giai phap'];

/**
 * Titles that may head the task column but do not name a task ("Nội dung", "Nội dung chính",
 * "Chỉ tiêu" of an indicator table): beside a column that does ("Tên dự án, nhiệm vụ"), they are its
 * description.
 */
const WEAK_TASK = ['noi dung', 'noi dung chinh', 'noi dung thuc hien', 'noi dung cu the', 'chi tieu', 'cac chi tieu', 'ten chi tieu'];
const WEAK_TASK_PHRASES = new Set(WEAK_TASK);

const PHRASES: Record<Role, string[]> = {
  stt: ['stt', 'tt', 'so tt', 'so thu tu', 'thu tu'],
  task: [
    'nhiem vu',
    'ten nhiem vu',
    'noi dung nhiem vu',
    'noi dung cong viec',
    'nhiem vu giai phap',
    'nhiem vu va giai phap',
    'noi dung nhiem vu giai phap',
    'ten cong viec',
    'cong viec',
    'de an',
    'hoat dong',
    ...TASK_NOUNS.flatMap((noun) => [`ten ${noun}`, `ten goi ${noun}`, `noi dung ${noun}`, `danh muc ${noun}`]),
    ...WEAK_TASK,
  ].filter((phrase, i, all) => all.indexOf(phrase) === i),
  lead: [
    'don vi chu tri',
    'co quan chu tri',
    'chu tri',
    'chu tri thuc hien',
    'don vi thuc hien',
    'co quan thuc hien',
    'don vi chu tri thuc hien',
    'co quan don vi chu tri',
    'co quan don vi thuc hien',
    // The drafting body of a legal document is the task's lead ("Cơ quan soạn thảo").
    'co quan soan thao',
    'don vi soan thao',
    'co quan chu tri soan thao',
    'don vi chu tri soan thao',
    'co quan tham muu',
    'don vi tham muu',
    'co quan dau moi',
    'don vi dau moi',
    'dau moi thuc hien',
    'don vi phu trach',
    'co quan phu trach',
    'don vi chiu trach nhiem',
    'co quan chiu trach nhiem',
    'don vi duoc giao',
    'co quan duoc giao',
  ],
  support: ['don vi phoi hop', 'co quan phoi hop', 'phoi hop', 'phoi hop thuc hien', 'don vi phoi hop thuc hien', 'co quan don vi phoi hop'],
  deadline: [
    'thoi gian hoan thanh',
    'thoi han hoan thanh',
    'thoi gian thuc hien',
    'thoi han',
    'tien do',
    'tien do hoan thanh',
    'thoi gian',
    'han hoan thanh',
    'thoi gian trien khai',
    'thoi gian du kien',
    'du kien thoi gian',
    'thoi gian du kien hoan thanh',
    'du kien thoi gian hoan thanh',
    'ngay du kien hoan thanh',
    'moc thoi gian',
    'moc hoan thanh',
    // A legal document's tracker: the day it is to be submitted is its deadline ("Ngày dự kiến trình ban hành").
    'ngay du kien trinh',
    'ngay du kien trinh ban hanh',
    'thoi gian trinh',
    'thoi han trinh',
    'thoi gian du kien trinh',
    'du kien thoi gian trinh',
    'thoi gian trinh ban hanh',
    'thoi han xu ly',
    'lo trinh',
    'lo trinh thuc hien',
    // "Thời gian" over "Bắt đầu | Kết thúc": the end is the deadline (the start names no role, see namesStart).
    'ket thuc',
    'thoi gian ket thuc',
    'ngay ket thuc',
  ],
  expected: [
    'ket qua',
    'du kien ket qua',
    'ket qua du kien',
    'san pham',
    'ket qua san pham',
    'san pham dau ra',
    'san pham du kien',
    'ket qua dau ra',
    'hinh thuc van ban',
    'hinh thuc san pham',
  ],
  note: ['luu y', 'ghi chu'],
  status: ['tinh hinh thuc hien', 'tinh trang', 'trang thai', 'tinh trang thuc hien', 'muc do hoan thanh', 'tinh hinh trien khai', 'tinh hinh trien khai thuc hien'],
  result: ['ket qua thuc hien', 'ket qua trien khai', 'ket qua dat duoc'],
  completed: ['ngay hoan thanh', 'ngay hoan thanh thuc te', 'thoi gian hoan thanh thuc te', 'thoi diem hoan thanh'],
  difficulties: ['kho khan vuong mac', 'kho khan', 'vuong mac'],
  proposals: ['de xuat kien nghi', 'de xuat', 'kien nghi'],
  description: ['mo ta', 'mo ta noi dung', 'noi dung mo ta', 'noi dung chi tiet', 'thuyet minh', 'tom tat noi dung', 'noi dung tom tat'],
  // "ma nhiem vu phuluc": longer than the task's "nhiem vu" it contains, so it wins the column.
  key: [words(fold(KEY_HEADER)).join(' ')],
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

const VOCABULARY: { role: Role; phrase: string[]; also?: Role; weak?: true }[] = [
  ...ROLES.flatMap((role) => PHRASES[role].map((phrase) => ({ role, phrase: words(phrase), ...(role === 'task' && WEAK_TASK_PHRASES.has(phrase) ? { weak: true as const } : {}) }))),
  ...COMBINED.map(({ phrase, role, also }) => ({ role, also, phrase: words(phrase) })),
];

/** A header longer than this is prose, not a column title. */
const MAX_HEADER_WORDS = 14;
const MAX_HEADER_CHARS = 120;

/** Every row is checked for a (repeated) header, and cell texts repeat a lot: remember answers. */
const rememberedRole = remembered((text) => findRole(text), 20_000);

export interface RoleMatch {
  role: Role;
  /** A second role the same column holds ("Tình hình, kết quả thực hiện": status and result). */
  also?: Role;
  /** Words of the cell the phrase covers; longer is more specific. */
  length: number;
  edits: number;
  /** A task title that does not name a task ("Nội dung chính", "Chỉ tiêu"): a column that does is preferred. */
  weak?: true;
}

/**
 * The role a header cell names, or null. The phrase must cover at least half of the cell's words
 * so that a sentence which happens to contain "chủ trì" is not taken for a header.
 */
export function matchHeader(text: string): RoleMatch | null {
  if (text.length > MAX_HEADER_CHARS) return null;
  return rememberedRole(text);
}

/** Words that date a header ("... đến ngày 14/11/2025", "(số liệu tính đến tháng 11/2025)"): not part of its role. */
const AS_OF_OPENERS = new Set(['ngay', 'thang', 'quy', 'nam', 'het', 'nay', 'thoi']);
const AS_OF_LEAD_INS = new Set(['tinh', 'so', 'lieu', 'cap', 'nhat']);

/** The header's words without a trailing "as of" qualifier: "Kết quả thực hiện (đến ngày 14/11/2025)" → "ket qua thuc hien". */
function withoutAsOf(cellWords: string[]): string[] {
  const at = cellWords.findIndex((word, i) => i >= 2 && word === 'den' && (AS_OF_OPENERS.has(cellWords[i + 1] ?? '') || /^\d/.test(cellWords[i + 1] ?? '')));
  if (at < 0) return cellWords;
  let end = at;
  while (end > 2 && AS_OF_LEAD_INS.has(cellWords[end - 1] ?? '')) end--;
  return cellWords.slice(0, end);
}

/**
 * Columns naming a person (the head answerable for the task, the official handling it): never the
 * lead or support unit, even when the title says "chủ trì" ("Lãnh đạo chủ trì", "Người đứng đầu chịu
 * trách nhiệm", "Người xử lý", "Cán bộ phụ trách").
 */
const PERSON_OPENERS = [['nguoi'], ['lanh', 'dao'], ['can', 'bo'], ['chuyen', 'vien'], ['ca', 'nhan'], ['ho', 'ten'], ['ho', 'va', 'ten'], ['thu', 'truong'], ['giam', 'doc']];

function namesPerson(cellWords: readonly string[]): boolean {
  return PERSON_OPENERS.some((opener) => opener.every((word, i) => cellWords[i] === word));
}

/** "Thời gian bắt đầu", "Ngày bắt đầu": when a task starts, not its deadline (unless the title names its end too). */
function namesStart(cellWords: readonly string[]): boolean {
  const has = (first: string, second: string) => cellWords.some((word, i) => word === first && cellWords[i + 1] === second);
  return has('bat', 'dau') && !has('ket', 'thuc');
}

function findRole(text: string): RoleMatch | null {
  const cellWords = withoutAsOf(words(fold(text)));
  if (cellWords.length === 0 || cellWords.length > MAX_HEADER_WORDS || namesPerson(cellWords) || namesStart(cellWords)) return null;
  let best: RoleMatch | null = null;
  for (const { role, phrase, also, weak } of VOCABULARY) {
    if (phrase.length * 2 < cellWords.length) continue;
    const found = findPhrase(cellWords, phrase);
    if (!found) continue;
    const better = best === null || phrase.length > best.length || (phrase.length === best.length && found.edits < best.edits);
    if (better) best = { role, length: phrase.length, edits: found.edits, ...(also ? { also } : {}), ...(weak ? { weak } : {}) };
  }
  return best;
}
