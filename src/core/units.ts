/**
 * Lead and support cells: splitting a cell into units, telling collectives ("Các sở, ban, ngành,
 * địa phương") from named units, reading a lead cell written as a sentence ("Sở KH&CN chủ trì ...;
 * các sở, ngành phối hợp"), and the canonical key units are compared by.
 *
 * A comma alone never decides: "Phòng Văn hóa, Khoa học và Thông tin" is one unit because the words
 * after its comma do not start a unit. A new unit starts where a unit-type word starts ("Sở",
 * "Phòng", "Công an", "Đồn", "Ủy ban", "Vụ" ...), after ";", a bulleted line or a full stop, after
 * "và" followed by a unit or a collective ("... và các đơn vị có liên quan"), and where a second full
 * name of the same type follows the first without a separator ("Bộ Thông tin và Truyền thông Bộ
 * Khoa học và Công nghệ"). A colon list shares its type word ("Các Cục: Di sản văn hóa, Bản quyền
 * tác giả" = Cục Di sản văn hóa, Cục Bản quyền tác giả).
 */
import { fold, joinLines, nfc, remembered, squish } from './text';

export interface Unit {
  /** The name as written (NFC, spaces tidied); a colon list's items carry their shared type word. */
  name: string;
  /** Canonical comparison key: folded, abbreviations expanded, connectors dropped. */
  key: string;
  /** A group of units rather than one unit ("Các sở, ban, ngành", "UBND cấp xã", "đơn vị có liên quan"). */
  collective: boolean;
}

/** A lead cell read into the units that lead and the units its sentence names as support. */
export interface LeadCell {
  lead: Unit[];
  support: Unit[];
}

/** Word sequences that open a unit's name; `not` lists next words that make it an ordinary word. */
const UNIT_OPENERS: { words: string[]; not?: string[] }[] = [
  ...[
    'so',
    'phong',
    'ban',
    'van phong',
    'cong an',
    'trung tam',
    'uy ban',
    'ubnd',
    'hdnd',
    'hoi dong',
    'cuc',
    'chi cuc',
    'tong cuc',
    'toa an',
    'tand',
    'vien',
    'bao hiem',
    'bhxh',
    'thue',
    'ngan hang',
    'cang',
    'lien doan',
    'lien hiep',
    'hiep hoi',
    'mat tran',
    'benh vien',
    'kho bac',
    'hai quan',
    'buu dien',
    'cong ty',
    'tong cong ty',
    'chi nhanh',
    'thanh uy',
    'tinh uy',
    'huyen uy',
    'dang uy',
    'vp',
    'ca',
    'cong thong tin',
    'dac khu',
    'thi tran',
    'ubmttq',
    'vksnd',
    'thanh doan',
    'tinh doan',
    'thanh tra',
    'kiem toan',
    'thong tan xa',
    'hoc vien',
    'dai hoc quoc gia',
    'tap doan',
    'trung uong',
    'tw',
    'quoc hoi',
    'chinh phu',
    'thu tuong',
    'vtv',
    'vov',
    'ttxvn',
    'bchqs',
    'nhnn',
    'vpcp',
    'bo doi',
    'bo phan',
  ].map((opener) => ({ words: opener.split(' ') })),
  { words: ['bo'], not: ['doi', 'phan'] },
  { words: ['don'], not: ['doc'] },
  { words: ['vu'], not: ['viec', 'an', 'mua', 'no', 'khi'] },
  { words: ['xa'], not: ['hoi'] },
  { words: ['phuong'], not: ['an', 'tien', 'thuc', 'huong', 'phap', 'thuc'] },
  { words: ['to'], not: ['chuc', 'quoc'] },
  { words: ['dai'], not: ['hoc', 'dien', 'bieu'] },
  { words: ['hoi'], not: ['nhap', 'nghi', 'thao', 'vien'] },
  { words: ['doan'], not: ['the', 'ket'] },
  { words: ['truong'], not: ['hop'] },
  { words: ['bao'], not: ['dam', 've', 'cao', 'ton', 'tri', 'mat', 'chi', 'tro', 'quan', 'duong', 'hanh', 'lanh'] },
  { words: ['quy'], not: ['dinh', 'trinh', 'che', 'hoach', 'mo', 'tac', 'chuan'] },
];

/**
 * Openers of units that stand on their own, never inside another unit's name of the same type: a
 * second "Bộ ..." or "Sở ..." after a first one is a second unit, while "Cục ... Bộ Công an" and
 * "Văn phòng UBND tỉnh" are one.
 */
const SAME_TYPE_RESTARTS = new Set(['bo', 'so', 'ubnd', 'uy ban', 'cong an', 'cuc', 'vu', 'tong cuc', 'vien', 'truong', 'benh vien', 'ngan hang', 'dai']);

/** Openers a colon list's item may start with and still be a unit of its own, not "Cục" + item. */
const STRONG_OPENERS = new Set(['so', 'bo', 'ubnd', 'uy ban', 'cong an', 'van phong', 'vp']);

/** Words that open a collective. */
// Not "mọi": it folds to "moi", the first word of "Môi trường".
const COLLECTIVE_OPENERS = new Set(['cac', 'nhung']);

/** Nouns after "các" that make it no collective of units: "Vụ Các vấn đề chung về xây dựng pháp luật". */
const NOT_UNITS_AFTER_CAC = new Set(['van', 'linh', 'noi', 'nhiem', 'chuong', 'de', 'du', 'chinh', 'thu', 'hoat', 'giai', 'ke', 'muc', 'quy']);

/** Nouns that name kinds of unit in general; a piece made only of these joins a collective. */
const GENERIC_WORDS = new Set(
  (
    'so ban nganh dia phuong co quan phong don vi doan the to chuc xa dac khu thi tran huyen tinh thanh pho ' +
    'doanh nghiep lien va cac nhung cap thuoc tren truong hoc chuyen mon dv tp hoi bo vien tap'
  ).split(' '),
);

const GENERIC_AFTER_CAC = new Set('so ban nganh co phong don xa phuong dia doanh to doan thanh bo huyen tinh truong chi hoi cap'.split(' '));

/**
 * Words after a generic head that make it a collective qualified by what follows: "Địa phương được
 * lựa chọn". Compared with their accents: folded, "tại" would be the "Tài" of "sở tài chính".
 */
const QUALIFIERS = new Set(['được', 'thuộc', 'trên', 'tại', 'khác', 'có', 'liên', 'ở', 'trong', 'tham']);

/** Heads whose name goes on with "các ...": "Liên hiệp các Hội Khoa học và Kỹ thuật" is one unit. */
const ASSOCIATION_HEADS = ['lien hiep', 'lien doan', 'hiep hoi', 'tong hoi', 'ban quan ly'];

/** Placeholders written where a unit should be: not units ("Chưa xác định/Sở NNMT"). */
const PLACEHOLDERS = new Set(['chua xac dinh', 'chua ro', 'chua co']);

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
  ['nn&ptnt', 'nong nghiep va phat trien nong thon'],
  ['nnptnt', 'nong nghiep va phat trien nong thon'],
  ['tn&mt', 'tai nguyen va moi truong'],
  ['tnmt', 'tai nguyen va moi truong'],
  ['tt&tt', 'thong tin va truyen thong'],
  ['tttt', 'thong tin va truyen thong'],
  ['vh&tt', 'van hoa va thong tin'],
  ['vhttdl', 'van hoa the thao va du lich'],
  ['vh,tt&dl', 'van hoa the thao va du lich'],
  ['kh&dt', 'ke hoach va dau tu'],
  ['khdt', 'ke hoach va dau tu'],
  ['bhxh', 'bao hiem xa hoi'],
  ['tp', 'thanh pho'],
  ['tthc', 'thu tuc hanh chinh'],
  ['hcc', 'hanh chinh cong'],
  ['ubmttq', 'uy ban mat tran to quoc'],
  ['mttq', 'mat tran to quoc'],
  ['tand', 'toa an nhan dan'],
  ['vksnd', 'vien kiem sat nhan dan'],
  ['ldtbxh', 'lao dong thuong binh va xa hoi'],
  ['gtvt', 'giao thong van tai'],
  ['chqs', 'chi huy quan su'],
  ['bchqs', 'bo chi huy quan su'],
  ['tw', 'trung uong'],
  ['vtv', 'dai truyen hinh viet nam'],
  ['vov', 'dai tieng noi viet nam'],
  ['ttxvn', 'thong tan xa viet nam'],
  ['nhnn', 'ngan hang nha nuoc'],
  ['vpcp', 'van phong chinh phu'],
  ['cntt', 'cong nghe thong tin'],
  ['bdbp', 'bo doi bien phong'],
]);

/** Names with "và" inside them (what the abbreviations stand for, and a few more): a colon list does not split them. */
const NAMES_WITH_AND = [
  ...[...ABBREVIATIONS.values()].filter((name) => name.includes(' va ')),
  'dan toc va ton giao',
  'van hoa va the thao',
  'khoa hoc va ky thuat',
  'xuat ban in va phat hanh',
];

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

function foldedWords(text: string): string[] {
  return fold(text).match(/[a-z0-9&]+/g) ?? [];
}

/** The opener a unit's words start with ("so", "uy ban", "van phong"), or null. */
function openerOf(words: readonly string[]): string | null {
  for (const { words: opener, not } of UNIT_OPENERS) {
    if (opener.every((w, i) => words[i] === w) && !(not && not.includes(words[opener.length] ?? ''))) return opener.join(' ');
  }
  return null;
}

function opensUnit(words: readonly string[]): boolean {
  return openerOf(words) !== null;
}

function isGenericOnly(words: readonly string[]): boolean {
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
}

/** "các"/"những" opening a group of units, not "Các vấn đề chung ..." (a unit that lost its "Vụ"). */
function opensCollective(words: readonly string[]): boolean {
  return COLLECTIVE_OPENERS.has(words[0] ?? '') && !NOT_UNITS_AFTER_CAC.has(words[1] ?? '');
}

/** A text that is the name of one unit ("CÔNG AN THÀNH PHỐ HẢI PHÒNG"), not a collective, a list or a sentence. */
export function namesOneUnit(text: string): boolean {
  const words = foldedWords(text);
  if (!opensUnit(words)) return false;
  const units = splitUnits(text);
  return units.length === 1 && units[0]?.collective === false;
}

/**
 * A collective: opens with "các/những" + a kind of unit, names units in general ("Bộ, cơ quan ngang
 * bộ ...", "Doanh nghiệp, nhà đầu tư", "Địa phương được lựa chọn"), or points at a level or "có
 * liên quan".
 */
export function isCollectiveName(name: string): boolean {
  const words = foldedWords(name);
  if (words.length === 0) return false;
  if (opensCollective(words) || (words[0] === 'tat' && words[1] === 'ca') || (words[0] === 'toan' && words[1] === 'bo')) return true;
  if (isGenericOnly(words)) return true;
  // A generic head before a comma or a qualifier: "Doanh nghiệp, nhà cung cấp ...", "Địa phương được lựa chọn".
  const [firstPart = ''] = name.split(',');
  const firstPiece = foldedWords(firstPart);
  if (firstPiece.length < words.length && isGenericOnly(firstPiece)) return true;
  const written = name.match(/[\p{L}\p{N}&]+/gu) ?? [];
  const headLength = words.findIndex((w) => !GENERIC_WORDS.has(w));
  if (headLength > 0 && written.length === words.length && QUALIFIERS.has(nfc(written[headLength] ?? '').toLowerCase())) return true;
  const joined = ` ${words.join(' ')} `;
  if (/ (?:co )?lien quan $| cap (?:xa|huyen|tinh) | thanh vien /.test(joined)) return true;
  const at = words.indexOf('cac');
  if (at > 0 && ASSOCIATION_HEADS.some((head) => joined.startsWith(` ${head} `))) return false;
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

function startsUpper(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase();
}

type Break = 'hard' | 'comma' | 'restart';
interface Segment {
  tokens: Token[];
  /** How this segment is separated from the one before it. */
  after: Break;
}

/**
 * A second full name of the same type starting here without a separator: "Bộ Thông tin và Truyền
 * thông Bộ Khoa học và Công nghệ", "Sở Khoa học và Công nghệ Sở Công Thương". Both names are
 * written with capitals; "Sở Sở Công thương" (a typo) is one.
 */
function restartsSameType(tokens: readonly Token[], token: Token, i: number, unitSoFar: readonly Token[]): boolean {
  if (!startsUpper(token.text) || tokens[i - 1]?.text !== ' ') return false;
  // The opener and one more word are all it needs: the first tokens, so a long name stays linear.
  const soFar = wordsOf(unitSoFar.slice(0, 16));
  const opener = openerOf(soFar);
  if (!opener || !SAME_TYPE_RESTARTS.has(opener) || soFar.length <= opener.split(' ').length) return false;
  const following = wordsOf(tokens.slice(i, i + 12));
  if (openerOf(following) !== opener) return false;
  const nameStart = tokens.slice(i).filter((t) => t.word)[opener.split(' ').length];
  return nameStart !== undefined && startsUpper(nameStart.text);
}

/** Whether a unit boundary falls at `token`, the `i`th, and of which kind; null inside a unit's name. */
function boundaryAt(tokens: readonly Token[], token: Token, i: number, unitSoFar: readonly Token[]): Break | null {
  const following = tokens.slice(i + 1, i + 13);
  if (token.word === null) {
    if (token.text.includes(';')) return 'hard';
    if (token.text.includes(',')) return 'comma';
    if (/[.\n/]/.test(token.text) && opensUnitOrCollective(following)) return 'hard';
    return null;
  }
  if (unitSoFar.length > 0 && restartsSameType(tokens, token, i, unitSoFar)) return 'restart';
  const isAnd = token.word === 'va' || token.word === '&';
  if (!isAnd || unitSoFar.length === 0 || !opensUnitOrCollective(following)) return null;
  return isCouncilAndCommittee(wordsOf(unitSoFar.slice(-12)), wordsOf(following)) ? null : 'hard';
}

function opensUnitOrCollective(tokens: readonly Token[]): boolean {
  const following = wordsOf(tokens);
  return COLLECTIVE_OPENERS.has(following[0] ?? '') || opensUnit(following);
}

/**
 * A colon list's head: "Các Cục", "các sở", "UBND các xã", "Cục" before ":" → the type word each
 * item takes ("Cục", "Sở", "UBND xã"); null when the words before the colon are no type of unit.
 */
function listType(head: string): string | null {
  const words = foldedWords(head);
  if (words.length === 0 || words.length > 5) return null;
  const at = words.findIndex((w) => COLLECTIVE_OPENERS.has(w));
  const type = squish(head.replace(/(^|\s)(?:các|những|cac|nhung)(?=\s)/giu, ' '));
  const typeWords = foldedWords(type);
  if (typeWords.length === 0 || typeWords.length > 4) return null;
  if (at < 0 && !(openerOf(typeWords) && typeWords.length <= 2)) return null;
  if (at >= 0 && !(opensUnit(typeWords) || GENERIC_WORDS.has(typeWords.at(-1) ?? ''))) return null;
  return type.charAt(0).toLocaleUpperCase('vi') + type.slice(1);
}

/** School levels and kinds: "Các trường: Đại học, Cao đẳng" names kinds of school, a collective, not units. */
const KINDS = /^(?:dai hoc|cao dang|trung cap|trung hoc|tieu hoc|mam non|pho thong|thpt|thcs|cong lap|tu thuc|ngoai cong lap)\b/;

/** Splits the last item of a comma list at "và" unless the words around it are one name ("Giáo dục và Đào tạo"). */
function splitLastAnd(item: string): string[] {
  const folded = foldedWords(item).join(' ');
  if (!/ va /.test(folded) || NAMES_WITH_AND.some((name) => folded.endsWith(name) || folded.includes(`${name} `))) return [item];
  return item.split(/\s+(?:và|va|&)\s+/iu);
}

/**
 * Rewrites colon lists in place: "Các Cục: Di sản văn hóa, Bản quyền tác giả" → "Cục Di sản văn
 * hóa; Cục Bản quyền tác giả". Items are split at ";" when the first item ends at one (then they may
 * hold commas: "Xuất bản, In và Phát hành"), else at "," (and "và" before the last); the list ends at
 * a full stop, a line break or, for a comma list, a ";". Items that name a unit of their own ("Sở
 * Y tế") stay as they are, and a list of kinds ("Các trường: Đại học, Cao đẳng ...") stays whole.
 */
function expandColonLists(text: string): string {
  let result = '';
  let rest = text;
  for (let colon = rest.indexOf(':'); colon >= 0; colon = rest.indexOf(':')) {
    const before = rest.slice(0, colon);
    // The head is a few words: look back no further than a short window.
    const windowStart = Math.max(0, colon - 80);
    const near = before.slice(windowStart);
    const cut = Math.max(near.lastIndexOf(';'), near.lastIndexOf(','), near.lastIndexOf('\n'), near.lastIndexOf('. '));
    const headStart = cut >= 0 ? windowStart + cut + 1 : windowStart;
    const type = listType(before.slice(headStart).replace(/^\s*\.?\s*/, ''));
    const after = rest.slice(colon + 1);
    if (!type) {
      result += rest.slice(0, colon + 1);
      rest = after;
      continue;
    }
    const sentence = /\.\s+(?=\p{Lu})|\n/u.exec(after);
    const scopeEnd = sentence ? sentence.index : after.length;
    const firstSemicolon = after.indexOf(';');
    const firstComma = after.indexOf(',');
    const bySemicolon = firstSemicolon >= 0 && firstSemicolon < scopeEnd && (firstComma < 0 || firstSemicolon < firstComma);
    const end = bySemicolon ? scopeEnd : Math.min(scopeEnd, firstSemicolon >= 0 ? firstSemicolon : after.length);
    const itemsText = after.slice(0, end);
    let items = bySemicolon ? itemsText.split(';') : itemsText.split(',');
    const last = items.at(-1);
    if (!bySemicolon && last !== undefined) items = [...items.slice(0, -1), ...splitLastAnd(last)];
    items = items.map((item) => squish(item)).filter(Boolean);
    const kinds = items.every((item) => KINDS.test(foldedWords(item).join(' ')) || isGenericOnly(foldedWords(item)));
    if (items.length === 0 || kinds) {
      result += rest.slice(0, colon + 1);
      rest = after;
      continue;
    }
    const typeOpener = openerOf(foldedWords(type));
    const named = items.map((item) => {
      const words = foldedWords(item);
      const opener = openerOf(words);
      const ownUnit = (opener !== null && (opener === typeOpener || STRONG_OPENERS.has(opener))) || opensCollective(words);
      return ownUnit ? item : `${type} ${item}`;
    });
    result += `${rest.slice(0, headStart)}${headStart > 0 ? ' ' : ''}${named.join('; ')}`;
    rest = after.slice(end);
  }
  return result + rest;
}

/** Cuts a cell into segments at ";", bulleted lines, "và + unit", commas and line breaks before a unit. */
function segment(cell: string): Segment[] {
  const prepared = expandColonLists(
    nfc(cell)
      .replace(/-[ \t]*\r?\n\s*/g, '-')
      // A bullet that continues a name cut by the line ("Vụ Tổ chức\n- cán bộ") joins it; other bullets separate.
      .replace(/\r?\n\s*[-+•]\s*(?=(\S+(?:\s+\S+){0,3}))/gu, (_, next: string) => {
        const words = foldedWords(next);
        return startsUpper(next) || opensUnit(words) || COLLECTIVE_OPENERS.has(words[0] ?? '') ? ';' : ' ';
      }),
  );
  const tokens = tokenize(prepared);
  let current: Segment = { tokens: [], after: 'hard' };
  const segments: Segment[] = [current];
  tokens.forEach((token, i) => {
    const boundary = boundaryAt(tokens, token, i, current.tokens);
    // A second name of the same type starts with its own first word; other boundaries are dropped.
    if (boundary === 'restart') segments.push((current = { tokens: [token], after: 'hard' }));
    else if (boundary) segments.push((current = { tokens: [], after: boundary }));
    else current.tokens.push(token);
  });
  return segments.filter((s) => wordsOf(s.tokens).length > 0);
}

function cleanName(tokens: readonly Token[]): string {
  return squish(joinLines(tokens.map((t) => t.text).join('')))
    .replace(/^[\s\-–—+•.:/]+/, '')
    .replace(/[\s.:;,/(]+$/, '');
}

/** A piece opening with a capital "Các" that is no collective ("Các vấn đề chung ...") lost its type word: it takes its neighbour's. */
function lostTypeWord(tokens: readonly Token[], previous: readonly Token[] | undefined): string | null {
  const words = wordsOf(tokens);
  const first = tokens.find((t) => t.word);
  if (!previous || words[0] !== 'cac' || opensCollective(words) || !first || !startsUpper(first.text)) return null;
  const opener = openerOf(wordsOf(previous));
  if (!opener) return null;
  const openerTokens = previous.filter((t) => t.word).slice(0, opener.split(' ').length);
  return openerTokens.map((t) => t.text).join(' ');
}

/** Splits a cell that names units and nothing else. */
function splitPlain(cell: string): Unit[] {
  const groups: Token[][] = [];
  let previousWords: string[] = [];
  for (const { tokens, after } of segment(cell)) {
    const words = wordsOf(tokens);
    const last = groups.at(-1);
    const continues =
      after === 'comma' &&
      last !== undefined &&
      (isGenericOnly(words) ? isGenericOnly(previousWords) || isCollectiveName(cleanName(last)) : !opensUnit(words) && !COLLECTIVE_OPENERS.has(words[0] ?? ''));
    if (last && continues) {
      last.push({ text: ', ', word: null }, ...tokens);
      previousWords = [...previousWords, ...words];
    } else {
      const typeWord = lostTypeWord(tokens, last);
      groups.push(typeWord ? [{ text: `${typeWord} `, word: null }, ...tokens] : [...tokens]);
      previousWords = words;
    }
  }
  const units: Unit[] = [];
  for (const group of groups) {
    const name = cleanName(group);
    if (!name || PLACEHOLDERS.has(foldedWords(name).join(' '))) continue;
    units.push({ name, key: unitKey(name), collective: isCollectiveName(name) });
  }
  return units;
}

/** "chủ trì" / "phối hợp" as words of a cell: a lead cell written as a sentence. */
const ROLE_WORDS = /(?:^|[^a-z])(?:chu tri|phoi hop|chiu trach nhiem)(?![a-z])/;

/**
 * Splits a lead or support cell into units. Comma-separated pieces join the unit before them
 * unless they open a unit of their own; generic pieces ("ban", "ngành", "địa phương") join a
 * collective. A cell written as a sentence ("Sở KH&CN chủ trì ...; các sở, ngành phối hợp") gives
 * the units it names as leading (readLeadCell reads both roles), or, when it names none as leading,
 * the units it names.
 */
export function splitUnits(cell: string): Unit[] {
  if (!ROLE_WORDS.test(fold(cell))) return splitPlain(cell);
  const { lead, support } = readLeadCell(cell);
  return lead.length > 0 ? lead : support;
}

/** Words that introduce the units a sentence assigns: "Giao Sở Y tế chủ trì", "Đề nghị Công an tỉnh chủ trì". */
const ASSIGNING = /^(?:giao (?:cho )?|de nghi |yeu cau |do |(?:don vi|co quan) (?=chu tri|phoi hop))/;

/** Verbs that end the units a "phối hợp với ..." names. */
const VERBS = /\s(?:de|nham|trong viec|thuc hien|trien khai|tham muu|huong dan|bao cao|tong hop|xay dung|theo doi|kiem tra|to chuc|ra soat)(?![a-z])/;

interface Marker {
  role: 'lead' | 'support';
  /** Character offsets of the marker in the clause. */
  start: number;
  end: number;
}

/** The role words of a clause, in order, by their offsets in the clause (folding keeps offsets in NFC text). */
function markers(clause: string): Marker[] {
  const folded = fold(clause);
  if (folded.length !== clause.length) return [];
  const found: Marker[] = [];
  for (const m of folded.matchAll(/(?:^|[^a-z])((chu tri|chiu trach nhiem(?: chinh)?)|(phoi hop(?: (?:voi|cung))?))(?![a-z])/g)) {
    const [whole, marker] = m;
    if (marker === undefined) continue;
    const start = m.index + whole.length - marker.length;
    found.push({ role: m[2] ? 'lead' : 'support', start, end: start + marker.length });
  }
  return found;
}

/** Units a stretch of a sentence names, without its verbs: "Sở Tài chính và các địa phương để triển khai" → the two units. */
function namedIn(text: string, keepAll: boolean): Unit[] {
  let stripped = squish(text).replace(/^[\s,:;.\-–]+|[\s,:;.\-–]+$/g, '');
  const folded = fold(stripped);
  const start = ASSIGNING.exec(folded)?.[0].length ?? 0;
  if (!keepAll && folded.length === stripped.length) {
    // The units end where the sentence goes on with what they do: "... và các địa phương để triển khai".
    const verb = VERBS.exec(folded.slice(start));
    if (verb) stripped = stripped.slice(0, start + verb.index);
  }
  const units = splitPlain(stripped.slice(start));
  return keepAll ? units : units.filter((u) => u.collective || opensUnit(foldedWords(u.name)));
}

/**
 * Reads a lead cell that may be written as a sentence: "Sở KH&CN chủ trì hướng dẫn, tổng hợp; các
 * sở, ngành phối hợp" → lead Sở KH&CN, support [các sở, ngành]; "Sở Y tế chủ trì, phối hợp với Sở Tài
 * chính" → lead Sở Y tế, support Sở Tài chính; "Chủ trì: Sở A. Phối hợp: Sở B" by its labels. A cell
 * without role words is its units, all leading. The recogniser adds `support` to the task's support
 * units.
 */
export function readLeadCell(cell: string): LeadCell {
  const text = nfc(cell);
  if (!ROLE_WORDS.test(fold(text))) return { lead: splitPlain(text), support: [] };
  const lead: Unit[] = [];
  const support: Unit[] = [];
  for (const clause of joinLines(text.replace(/\r?\n\s*[-+•]\s*/g, '; ')).split(/;|\.\s+(?=\p{Lu})/u)) {
    const found = markers(clause);
    const [first] = found;
    if (!first) {
      if (foldedWords(clause).length > 0) lead.push(...namedIn(clause, true));
      continue;
    }
    const before = clause.slice(0, first.start);
    const hasSubject = foldedWords(before).filter((w) => !/^(?:giao|cho|de|nghi|yeu|cau|do|don|vi|co|quan)$/.test(w)).length > 0;
    if (hasSubject) (first.role === 'lead' ? lead : support).push(...namedIn(before, true));
    // After each marker: a label's units ("Chủ trì: Sở A"), or those a "phối hợp với" names.
    found.forEach((marker, i) => {
      const after = clause.slice(marker.end, found[i + 1]?.start ?? clause.length);
      // "Chủ trì: Sở A", "Chủ trì thực hiện: Sở A".
      const labelled = /^(?:\s*\p{L}+){0,2}\s*:/u.test(after);
      if (labelled) (marker.role === 'lead' ? lead : support).push(...namedIn(after, true));
      else if (marker.role === 'support' && (i > 0 || !hasSubject)) support.push(...namedIn(after, false));
      else if (marker.role === 'lead' && !hasSubject) lead.push(...namedIn(after, false));
      else {
        // Units right after the role words name the next role's units, or more of this one's:
        // "Sở A (chủ trì), Sở B (phối hợp)", "Sở Nội vụ (chủ trì), Sở Tài chính". Verbs are no units.
        const rest = after.replace(/^[\s),;.]+/, '');
        const words = foldedWords(rest);
        if ((startsUpper(rest) && opensUnit(words)) || opensCollective(words))
          (found[i + 1] ?? marker).role === 'lead' ? lead.push(...namedIn(rest, false)) : support.push(...namedIn(rest, false));
      }
    });
  }
  const unique = (units: Unit[]) => units.filter((u, i) => units.findIndex((v) => v.key === u.key) === i);
  return { lead: unique(lead), support: unique(support) };
}

/** Words that only connect the parts of a name ("và", "&", "-", ","): a name is the same unit with or without them. */
const CONNECTORS = new Set(['va', '&']);

/**
 * The key units are compared by: "VP UBND tỉnh" and "Văn phòng Ủy ban nhân dân tỉnh" are equal, and
 * so are "HĐND-UBND", "HĐND & UBND" and "Hội đồng nhân dân và Ủy ban nhân dân", "Sở Văn hóa, Thể thao
 * và Du lịch" and "Sở Văn hóa Thể thao và Du lịch". A collective is the same however its list is
 * punctuated: "Các sở, ban, ngành, địa phương" = "Các sở, ban ngành, địa phương" = "Sở, ban, ngành và
 * địa phương".
 */
export const unitKey = remembered((name: string): string => {
  const expanded = nfc(name)
    .split(/\s+/)
    .map((word) => (word === 'CA' ? 'cong an' : word))
    .join(' ');
  const words = (
    fold(expanded)
      .replace(/[-–—,/]+/g, ' ')
      .match(/[a-z0-9&]+/g) ?? []
  ).flatMap((w) => (ABBREVIATIONS.get(w) ?? w).split(' '));
  let key = words.filter((w) => !CONNECTORS.has(w)).join(' ');
  if (isCollectiveName(name)) key = key.replace(/\b(?:cac|nhung)\b/g, ' ').replace(/\bco (?=lien quan\b)/g, ' ');
  return squish(key.replace(/\b(\w+)(?: \1\b)+/g, '$1'));
});
