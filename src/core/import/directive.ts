/**
 * Directives (công văn, seed 002): no labelled lines, but numbered sections that name the unit,
 * with its tasks under them.
 *
 *     3. Công an thành phố
 *     a) Chủ trì, phối hợp Sở Khoa học và Công nghệ hướng dẫn, kiểm tra, ...
 *     b) Chủ trì, phối hợp với Sở Khoa học và Công nghệ tổng hợp kết quả ... vào thứ Năm hàng tuần ...
 *     4. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành, địa phương:
 *     a) ...
 *     5. Sở Nội vụ
 *     Chủ trì, phối hợp các đơn vị liên quan ... tổ chức tập huấn ngay trong tháng 7/2025.
 *
 * Each item under a section (a), (1), a bullet, or a paragraph when it has no items) is a task led
 * by the section's unit. Its support units are the section's ("phối hợp với các sở, ngành") and
 * those its own text names after "phối hợp (với)"; its deadline is the phrase of time its text
 * holds ("ngay trong tháng 7/2025", "trước 10h00 thứ Năm hàng tuần"), written into the deadline cell
 * as found, for the deadline reader to read. A section is a heading made only of units ("3. Công an
 * thành phố", "1. Giao các sở, ban, ngành và Ủy ban nhân dân cấp xã"), units that lead ("4. Sở
 * KH&CN chủ trì, phối hợp với ...:"), or units followed by a colon and the task ("5. Sở Nội vụ: ...").
 * The letter's closing ("Yêu cầu các sở ... triển khai thực hiện", "Nơi nhận:") ends the list.
 */
import { fold, squish } from '../text';
import { isCollectiveName, namesOneUnit, splitUnits } from '../units';
import { numbered, type ProseRow } from './proseTasks';

/** Words a heading may start with before its units: "Giao Công an thành phố", "Đối với Sở Y tế". */
const ADDRESS = /^(?:giao(?:\s+cho)?|de nghi|yeu cau|doi voi)\s+/;

/**
 * Words that end a list of units and start what they do: "phối hợp Sở KH&CN | hướng dẫn, kiểm tra".
 * Folded phrases of two words or more; a verb right after a unit-type word is the unit's name
 * ("Cục Kiểm tra văn bản", "Ban Quản lý"), not its action.
 */
const ACTIONS = [
  'huong dan',
  'kiem tra',
  'giam sat',
  'tong hop',
  'to chuc',
  'trien khai',
  'thuc hien',
  'xay dung',
  'ra soat',
  'tham muu',
  'de xuat',
  'bao cao',
  'uu tien',
  'bo tri',
  'khan truong',
  'dinh danh',
  'theo doi',
  'don doc',
  'cung cap',
  'ho tro',
  'nghien cuu',
  'ban hanh',
  'tuyen truyen',
  'cong khai',
  'cap nhat',
  'ket noi',
  'chia se',
  'hoan thanh',
  'hoan thien',
  'dam bao',
  'bao dam',
  'van hanh',
  'giai quyet',
  'thong bao',
  'tiep tuc',
  'danh gia',
  'khac phuc',
  'nang cap',
  'phat trien',
  'so hoa',
  'lam sach',
  'thu thap',
  'tiep nhan',
  'chi dao',
  'tap huan',
  'boi duong',
  'thu hoi',
  'cat giam',
  'duy tri',
  'kien toan',
  'phan cong',
  'tang cuong',
  'day manh',
  'nang cao',
  'quan triet',
  'pho bien',
  'kip thoi',
  'dong thoi',
  'co trach nhiem',
  'chiu trach nhiem',
  'xu ly',
  'quan ly',
  'phoi hop',
  'chu tri',
  'kiem soat',
  'tro giup',
  'lap',
  'trinh',
].map((phrase) => phrase.split(' '));

/** One-word actions and links, matched with their diacritics ("tại" is not "tài" of "Sở Tài chính"). */
const ACTION_WORDS = new Set(['để', 'nhằm', 'trong', 'theo', 'tại', 'về', 'đưa', 'gửi', 'làm', 'trước', 'khi', 'sau', 'ngay', 'qua', 'đến']);

/** Words after which an action is the name of the unit: "Cục Kiểm tra", "Vụ Phổ biến", "Ban Quản lý". */
const NAME_OPENERS = new Set(['cuc', 'vu', 'ban', 'so', 'phong', 'tam', 'vien', 'doi', 'to', 'chi', 'tong']);

/** "tổ chức" is a kind of unit in "các cơ quan, tổ chức có liên quan": not an action there. */
function isAction(words: readonly string[], exact: readonly string[], at: number): boolean {
  const previous = words[at - 1];
  const word = exact[at];
  if (previous !== undefined && NAME_OPENERS.has(previous)) return false;
  if (word !== undefined && ACTION_WORDS.has(word)) return true;
  return ACTIONS.some((phrase) => {
    if (!phrase.every((w, k) => words[at + k] === w)) return false;
    if (phrase.join(' ') !== 'to chuc') return true;
    const next = words.slice(at + 2, at + 4).join(' ');
    return !/^(?:co lien|lien quan|va\b|thanh vien)/.test(next) && words[at - 1] !== 'cac';
  });
}

/**
 * The units at the start of `text`, up to what they do or a stop: "Sở Khoa học và Công nghệ hướng
 * dẫn, ..." gives "Sở Khoa học và Công nghệ"; null when none. `rest` is what follows.
 */
export function leadingUnits(text: string): { units: string; rest: string } | null {
  const tokens = [...text.matchAll(/[\p{L}\p{M}\p{N}&]+|[^\p{L}\p{M}\p{N}&]+/gu)].map((m) => ({ text: m[0], at: m.index }));
  const wordTokens = tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  const words = wordTokens.map((t) => fold(t.text));
  const exact = wordTokens.map((t) => t.text.toLowerCase());
  let end = text.length;
  let previousEnd = 0; // where the word before ends
  for (const [i, token] of wordTokens.entries()) {
    const before = text.slice(previousEnd, token.at);
    if (/[;.:()]/.test(before) || (i > 0 && isAction(words, exact, i)) || i >= 30) {
      end = previousEnd;
      break;
    }
    previousEnd = token.at + token.text.length;
  }
  const units = text.slice(0, end).replace(/[\s,]+$/, '');
  if (!units || !isUnitList(units)) return null;
  return { units, rest: text.slice(end).replace(/^[\s,]+/, '') };
}

/** Every piece names a unit or a collective, and none is long enough to be a sentence. */
function isUnitList(text: string): boolean {
  const units = splitUnits(text);
  return units.length > 0 && units.every((u) => u.name.split(/\s+/).length <= 14 && (u.collective ? isCollectiveName(u.name) : namesOneUnit(u.name)));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface UnitHeading {
  lead: string;
  support: string[];
  /** The task written on the heading's own line, after its colon. */
  inline: string;
}

/** "Công an thành phố", "Giao các sở, ban, ngành", "Sở KH&CN chủ trì, phối hợp với các sở, ngành:", "Sở Nội vụ: ...". */
export function unitHeading(heading: string): UnitHeading | null {
  const address = ADDRESS.exec(fold(heading));
  const text = squish(address ? heading.slice(address[0].length) : heading);
  const colon = text.indexOf(':');
  const head = (colon >= 0 ? text.slice(0, colon) : text).replace(/[\s.]+$/, '');
  const inline = colon >= 0 ? text.slice(colon + 1).trim() : '';
  const leads = fold(head).search(/\s+chu tri\b/);
  const lead = leads >= 0 ? head.slice(0, leads) : head;
  if (!lead || lead.split(/\s+/).length > 20 || !isUnitList(lead)) return null;
  const support: string[] = [];
  if (leads >= 0) {
    const after = head.slice(leads).replace(/^\s+\S+\s+\S+[\s,]*/, ''); // past "chủ trì"
    if (after) {
      const joins = /^(?:va\s+)?phoi hop(?:\s+chat che)?(?:\s+voi)?\s+/.exec(fold(after));
      const units = joins ? leadingUnits(after.slice(joins[0].length)) : null;
      if (!units || units.rest) return null; // "Sở Tài chính chủ trì, phối hợp ... bố trí ngân sách": a task, not a heading
      support.push(units.units);
    }
  }
  return { lead: capitalised(lead), support, inline };
}

/** The units a task's own text names after "phối hợp (với)". */
function supportIn(text: string): string[] {
  const folded = foldKeepingLength(text);
  const found: string[] = [];
  for (const match of folded.matchAll(/\bphoi hop(?:\s+chat che)?(?:\s+voi)?\s+/g)) {
    const units = leadingUnits(text.slice(match.index + match[0].length));
    if (units) found.push(units.units);
  }
  return found;
}

/** Folded text of the same length, so a match's place is the place in the text. */
function foldKeepingLength(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = fold(char);
    out += folded.length === char.length ? folded : char.toLowerCase().length === char.length ? char.toLowerCase() : char;
  }
  return out;
}

/**
 * Phrases of time inside a task's text, dated ones first: "trước ngày 15/7/2025", "ngay trong tháng
 * 7/2025", "trong quý III/2025", then recurring ones: "trước 10h00 thứ Năm hàng tuần", "vào thứ Năm
 * hàng tuần", "trước ngày 15 hàng tháng", "định kỳ hàng tháng". A bare "ngay" or "thường xuyên"
 * inside a sentence ("trực thường xuyên") says nothing of when the task is due.
 */
const DATED = [
  /\b(?:(?:hoan thanh|xong|gui)\s+)?(?:truoc|cham nhat(?:\s+(?:la|vao))?|han chot)\s+(?:\d{1,2}\s*(?:h|gio)\s*\d{0,2}\s*(?:phut\s+)?,?\s*)?(?:ngay\s+)?\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?/,
  /\b(?:ngay\s+)?(?:(?:hoan thanh|xong)\s+)?(?:trong|truoc|cuoi|dau|ngay)\s+(?:thang\s+\d{1,2}(?:\s*\/\s*|\s+nam\s+)\d{4}|quy\s+[ivx]+(?:\s*\/\s*\d{4}|\s+nam\s+\d{4})?|nam\s+\d{4})/,
];
const RECURRING = [
  /\b(?:(?:truoc|cham nhat)\s+\d{1,2}\s*(?:h|gio)\s*\d{0,2}\s*,?\s*|truoc\s+|vao\s+)?(?:ngay\s+)?thu\s+(?:hai|ba|tu|nam|sau|bay|\d)\s+hang\s+tuan/,
  /\b(?:truoc|vao|cham nhat)\s+ngay\s+\d{1,2}\s+hang\s+thang/,
  /\b(?:dinh ky\s+)?hang\s+(?:tuan|thang|quy)\b/,
];

export function deadlineIn(text: string): string {
  const folded = foldKeepingLength(text);
  for (const pattern of [...DATED, ...RECURRING]) {
    const match = pattern.exec(folded);
    if (match) return capitalised(text.slice(match.index, match.index + match[0].length).trim());
  }
  return '';
}

/** The letter's closing: what follows is no longer a unit's task. */
const CLOSING = /^(?:noi nhan\b|tren day la\b|(?:kt|tm|tl)\.\s|(?:yeu cau|de nghi)\b.*\bthuc hien\b|(?:trong\s+)?qua trinh (?:to chuc\s+)?(?:trien khai|thuc hien)\b)/;

interface Section {
  stt: string;
  rank: number;
  heading: UnitHeading;
  title: string;
  items: { stt: string; text: string; numbered: boolean }[];
}

/** The tasks of a directive: one per item of each section that names its unit. */
export function directiveTasks(paragraphs: readonly string[]): ProseRow[] {
  const rows: ProseRow[] = [];
  const headings: { stt: string; rank: number; text: string; written: boolean }[] = []; // headings above the sections
  let section: Section | null = null;
  const task = (stt: string, text: string, heading: UnitHeading): ProseRow => ({
    kind: 'task',
    stt,
    text,
    lead: heading.lead,
    support: [...heading.support, ...supportIn(text)].join('; '),
    deadline: deadlineIn(text),
  });
  const close = () => {
    if (!section?.items.length) return;
    for (const heading of headings)
      if (!heading.written && heading.rank < section.rank) rows.push({ kind: 'section', stt: heading.stt, text: heading.text, lead: '', support: '', deadline: '' });
    for (const heading of headings) heading.written ||= heading.rank < section.rank;
    const [only] = section.items;
    if (only !== undefined && section.items.length === 1) {
      rows.push(task(section.stt, only.text, section.heading));
    } else {
      rows.push({ kind: 'section', stt: section.stt, text: section.title, lead: '', support: '', deadline: '' });
      for (const item of section.items) rows.push(task(item.stt, item.text, section.heading));
    }
  };
  for (const paragraph of paragraphs) {
    const text = squish(paragraph);
    if (!text) continue;
    if (CLOSING.test(fold(text))) {
      if (section || rows.length) break;
      continue;
    }
    const { stt, rank, text: rest } = numbered(text);
    const heading = stt && rank <= 3 ? unitHeading(rest) : null;
    if (stt && rank <= 3 && (heading || !section || rank <= section.rank)) {
      close();
      const items: Section['items'] = heading?.inline ? [{ stt: '', text: heading.inline, numbered: false }] : [];
      section = heading ? { stt, rank, heading, title: rest.replace(/:$/, ''), items } : null;
      if (!heading) {
        for (let top = headings.at(-1); top !== undefined && top.rank >= rank; top = headings.at(-1)) headings.pop();
        headings.push({ stt, rank, text: rest, written: false });
      }
      continue;
    }
    if (!section) continue;
    const bullet = /^[-+•–]\s*/.exec(text);
    const last = section.items.at(-1);
    if (stt) section.items.push({ stt, text: rest, numbered: true });
    else if (bullet) section.items.push({ stt: '', text: text.slice(bullet[0].length), numbered: true });
    else if (last?.numbered)
      last.text += `\n${text}`; // a paragraph of the item above
    else section.items.push({ stt: '', text, numbered: false });
  }
  close();
  return rows;
}
