/**
 * Lead and support cells: splitting a cell into units, telling collectives ("Các sở, ban, ngành,
 * địa phương") from named units, and the canonical key units are compared by.
 *
 * A comma alone never decides: "Phòng Văn hóa, Khoa học và Thông tin" is one unit because the words
 * after its comma do not start a unit. A new unit starts where a unit-type word starts ("Sở",
 * "Phòng", "Công an", "Đồn", "Ủy ban" ...), after ";" or a bulleted line, or after "và" followed by
 * a unit or a collective ("... và các đơn vị có liên quan").
 */
import { fold, joinLines, nfc, remembered, squish } from './text';

export interface Unit {
  /** The name as written (NFC, spaces tidied). */
  name: string;
  /** Canonical comparison key: folded, abbreviations expanded, connectors unified. */
  key: string;
  /** A group of units rather than one unit ("Các sở, ban, ngành", "UBND cấp xã", "đơn vị có liên quan"). */
  collective: boolean;
}

/** Word sequences that open a unit's name; `not` lists next words that make it an ordinary word. */
const UNIT_OPENERS: { words: string[]; not?: string[] }[] = [
  ...[
    'so', 'phong', 'ban', 'van phong', 'cong an', 'trung tam', 'uy ban', 'ubnd', 'hdnd', 'hoi dong', 'don',
    'bo', 'cuc', 'chi cuc', 'toa an', 'tand', 'vien', 'bao hiem', 'bhxh', 'thue', 'ngan hang', 'cang',
    'lien doan', 'mat tran', 'benh vien', 'kho bac', 'hai quan', 'buu dien', 'cong ty', 'tong cong ty',
    'chi nhanh', 'thanh uy', 'tinh uy', 'huyen uy', 'dang uy', 'vp', 'ca', 'cong thong tin', 'dac khu',
    'thi tran', 'ubmttq', 'vksnd', 'thanh doan', 'tinh doan',
  ].map((opener) => ({ words: opener.split(' ') })),
  { words: ['xa'], not: ['hoi'] },
  { words: ['phuong'], not: ['an', 'tien', 'thuc', 'huong', 'phap'] },
  { words: ['to'], not: ['chuc', 'quoc'] },
  { words: ['dai'], not: ['hoc', 'dien', 'bieu'] },
  { words: ['hoi'], not: ['nhap', 'nghi', 'thao', 'vien'] },
  { words: ['doan'], not: ['the', 'ket'] },
  { words: ['truong'], not: ['hop'] },
  { words: ['bao'], not: ['dam', 've', 'cao', 'ton', 'tri', 'mat'] },
];

/** Words that open a collective. */
// Not "mọi": it folds to "moi", the first word of "Môi trường".
const COLLECTIVE_OPENERS = new Set(['cac', 'nhung']);

/** Nouns that name kinds of unit in general; a piece made only of these joins a collective. */
const GENERIC_WORDS = new Set(
  (
    'so ban nganh dia phuong co quan phong don vi doan the to chuc xa dac khu thi tran huyen tinh thanh pho ' +
    'doanh nghiep lien va cac nhung cap thuoc tren truong hoc chuyen mon dv tp hoi'
  ).split(' '),
);

const GENERIC_AFTER_CAC = new Set(
  'so ban nganh co phong don xa phuong dia doanh to doan thanh bo huyen tinh truong chi hoi cap'.split(' '),
);

/** A Map, not an object: a word like "constructor" must not find Object's own members. */
const ABBREVIATIONS = new Map<string, string>([
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['vp', 'van phong'],
  ['khcn', 'khoa hoc va cong nghe'],
  ['kh&cn', 'khoa hoc va cong nghe'],
  ['gd&dt', 'giao duc va dao tao'],
  ['gddt', 'giao duc va dao tao'],
  ['nn&mt', 'nong nghiep va moi truong'],
  ['nnmt', 'nong nghiep va moi truong'],
  ['tn&mt', 'tai nguyen va moi truong'],
  ['tnmt', 'tai nguyen va moi truong'],
  ['tt&tt', 'thong tin va truyen thong'],
  ['vh&tt', 'van hoa va thong tin'],
  ['bhxh', 'bao hiem xa hoi'],
  ['tp', 'thanh pho'],
  ['tthc', 'thu tuc hanh chinh'],
  ['hcc', 'hanh chinh cong'],
  ['ubmttq', 'uy ban mat tran to quoc'],
  ['tand', 'toa an nhan dan'],
  ['vksnd', 'vien kiem sat nhan dan'],
  ['ldtbxh', 'lao dong thuong binh va xa hoi'],
  ['gtvt', 'giao thong van tai'],
]);

interface Token {
  text: string;
  /** Folded form for words; null for separators. */
  word: string | null;
}

function tokenize(text: string): Token[] {
  return (text.match(/[\p{L}\p{M}\p{N}&]+|[^\p{L}\p{M}\p{N}&]+/gu) ?? []).map((part) => ({
    text: part,
    word: /[\p{L}\p{N}]/u.test(part) ? fold(part) : null,
  }));
}

function opensUnit(words: readonly string[]): boolean {
  return UNIT_OPENERS.some(
    ({ words: opener, not }) =>
      opener.every((w, i) => words[i] === w) && !(not && not.includes(words[opener.length] ?? '')),
  );
}

function isGenericOnly(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
}

/** A text that is the name of one unit ("CÔNG AN THÀNH PHỐ HẢI PHÒNG"), not a collective, a list or a sentence. */
export function namesOneUnit(text: string): boolean {
  const words = fold(text).match(/[a-z0-9&]+/g) ?? [];
  if (!opensUnit(words)) return false;
  const units = splitUnits(text);
  return units.length === 1 && !units[0]!.collective;
}

/** A collective: opens with "các/những", names units in general, or points at a level or "có liên quan". */
export function isCollectiveName(name: string): boolean {
  const words = fold(name).match(/[a-z0-9&]+/g) ?? [];
  if (words.length === 0) return false;
  if (COLLECTIVE_OPENERS.has(words[0]!) || (words[0] === 'tat' && words[1] === 'ca') || (words[0] === 'toan' && words[1] === 'bo')) return true;
  if (isGenericOnly(words)) return true;
  const joined = ` ${words.join(' ')} `;
  if (/ (?:co )?lien quan $| cap (?:xa|huyen|tinh) | thanh vien /.test(joined)) return true;
  return words.some((w, i) => w === 'cac' && GENERIC_AFTER_CAC.has(words[i + 1] ?? ''));
}

/** "Hội đồng nhân dân và Ủy ban nhân dân" / "HĐND & UBND" name one office, not two units. */
function isCouncilAndCommittee(before: readonly string[], after: readonly string[]): boolean {
  const councilEnds = before.at(-1) === 'hdnd' || before.slice(-4).join(' ') === 'hoi dong nhan dan';
  const committeeStarts = after[0] === 'ubnd' || (after[0] === 'uy' && after[1] === 'ban');
  return councilEnds && committeeStarts;
}

function wordsOf(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t) => (t.word ? t.word.split(/[^a-z0-9&]+/).filter(Boolean) : []));
}

type Break = 'hard' | 'comma';
interface Segment {
  tokens: Token[];
  /** How this segment is separated from the one before it. */
  after: Break;
}

/** Whether a unit boundary falls at token `i`, and of which kind; null inside a unit's name. */
function boundaryAt(tokens: readonly Token[], i: number, unitSoFar: readonly Token[]): Break | null {
  const token = tokens[i]!;
  const following = tokens.slice(i + 1, i + 13);
  if (token.word === null) {
    if (token.text.includes(';')) return 'hard';
    if (token.text.includes(',')) return 'comma';
    return token.text.includes('\n') && opensUnitOrCollective(following) ? 'hard' : null;
  }
  const isAnd = token.word === 'va' || token.word === '&';
  if (!isAnd || unitSoFar.length === 0 || !opensUnitOrCollective(following)) return null;
  return isCouncilAndCommittee(wordsOf(unitSoFar), wordsOf(following)) ? null : 'hard';
}

/** Cuts a cell into segments at ";", bulleted lines, "và + unit", commas and line breaks before a unit. */
function segment(cell: string): Segment[] {
  const prepared = nfc(cell)
    .replace(/-[ \t]*\r?\n\s*/g, '-')
    .replace(/\r?\n\s*[-+•]\s*/g, ';');
  const tokens = tokenize(prepared);
  const segments: Segment[] = [{ tokens: [], after: 'hard' }];
  tokens.forEach((token, i) => {
    const current = segments.at(-1)!;
    const boundary = boundaryAt(tokens, i, current.tokens);
    if (boundary) segments.push({ tokens: [], after: boundary });
    else current.tokens.push(token);
  });
  return segments.filter((s) => wordsOf(s.tokens).length > 0);
}

function opensUnitOrCollective(tokens: readonly Token[]): boolean {
  const following = wordsOf(tokens);
  return COLLECTIVE_OPENERS.has(following[0] ?? '') || opensUnit(following);
}

function cleanName(tokens: readonly Token[]): string {
  return squish(joinLines(tokens.map((t) => t.text).join('')))
    .replace(/^[\s\-–—+•.:]+/, '')
    .replace(/[\s.:;,]+$/, '');
}

/**
 * Splits a lead or support cell into units. Comma-separated pieces join the unit before them
 * unless they open a unit of their own; generic pieces ("ban", "ngành", "địa phương") join a
 * collective.
 */
export function splitUnits(cell: string): Unit[] {
  const groups: Token[][] = [];
  let previousWords: string[] = [];
  for (const { tokens, after } of segment(cell)) {
    const words = wordsOf(tokens);
    const continues =
      after === 'comma' &&
      groups.length > 0 &&
      (isGenericOnly(words)
        ? isGenericOnly(previousWords) || isCollectiveName(previousWords.join(' '))
        : !opensUnit(words) && !COLLECTIVE_OPENERS.has(words[0] ?? ''));
    if (continues) {
      groups.at(-1)!.push({ text: ', ', word: null }, ...tokens);
      previousWords = [...previousWords, ...words];
    } else {
      groups.push([...tokens]);
      previousWords = words;
    }
  }
  const units: Unit[] = [];
  for (const group of groups) {
    const name = cleanName(group);
    if (name) units.push({ name, key: unitKey(name), collective: isCollectiveName(name) });
  }
  return units;
}

/**
 * The key units are compared by: "VP UBND tỉnh" and "Văn phòng Ủy ban nhân dân tỉnh" are equal, and
 * so are "HĐND-UBND", "HĐND & UBND" and "Hội đồng nhân dân và Ủy ban nhân dân".
 */
export const unitKey = remembered((name: string): string => {
  const expanded = nfc(name)
    .split(/\s+/)
    .map((word) => (word === 'CA' ? 'cong an' : word))
    .join(' ');
  const words = fold(expanded)
    .replace(/[-–—,/]+/g, ' va ')
    .match(/[a-z0-9&]+/g) ?? [];
  return words
    .map((w) => ABBREVIATIONS.get(w) ?? (w === '&' ? 'va' : w))
    .join(' ')
    .replace(/\b(va )+/g, 'va ')
    .replace(/^va |\bva$/g, '')
    .trim();
});
