/**
 * Text typed in the pre-Unicode Vietnamese encodings, still common in old templates: TCVN3 (ABC,
 * ".VnTime" fonts, "Danh s¸ch") and VNI ("VNI-Times", "Vieät Nam"). Excel stores such text as the
 * Windows-1252 characters of its bytes; these tables turn them back into Vietnamese.
 */
import { nfc } from './text';

/** TCVN 5712 VN3, the part the ABC fonts use: 7 capitals and the lowercase letters (from glibc's TCVN5712-1 table). */
const TCVN3_CODES = '¡¢£¤¥¦§¨©ª«¬\u00ad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ';
const TCVN3_LETTERS = 'ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ';
const TCVN3 = new Map([...TCVN3_CODES].map((code, i) => [code, [...TCVN3_LETTERS][i]!]));

const TONES = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'] as const;
/** VNI writes a tone (or a shape and a tone) as a second character after the base letter. */
const VNI_TONE = ['', 'ù', 'ø', 'û', 'õ', 'ï'];
const VNI_CIRCUMFLEX = ['â', 'á', 'à', 'å', 'ã', 'ä'];
const VNI_BREVE = ['ê', 'é', 'è', 'ú', 'ü', 'ë'];
const VNI_I = ['i', 'í', 'ì', 'æ', 'ó', 'ò'];

/** [base as VNI writes it, Unicode base, the tone suffixes] for each Vietnamese vowel. */
const VNI_VOWELS: [string, string, string[]][] = [
  ['a', 'a', VNI_TONE],
  ['a', 'a\u0302', VNI_CIRCUMFLEX],
  ['a', 'a\u0306', VNI_BREVE],
  ['e', 'e', VNI_TONE],
  ['e', 'e\u0302', VNI_CIRCUMFLEX],
  ['o', 'o', VNI_TONE],
  ['o', 'o\u0302', VNI_CIRCUMFLEX],
  ['ô', 'o\u031b', VNI_TONE],
  ['u', 'u', VNI_TONE],
  ['ö', 'u\u031b', VNI_TONE],
  ['', 'i', VNI_I],
  ['y', 'y', ['', 'ù', 'ø', 'û', 'õ']],
];

function vniTable(): Map<string, string> {
  const table = new Map<string, string>();
  const add = (code: string, letter: string) => {
    table.set(code, nfc(letter));
    table.set(code.toUpperCase(), nfc(letter).toUpperCase());
  };
  for (const [base, unicode, suffixes] of VNI_VOWELS) {
    suffixes.forEach((suffix, tone) => {
      if (base + suffix !== unicode) add(base + suffix, unicode + TONES[tone]);
    });
  }
  add('î', 'y\u0323');
  add('ñ', 'đ');
  return table;
}
const VNI = vniTable();

/** Every letter Vietnamese writes, composed: what Unicode text is made of besides ASCII. */
const VIETNAMESE_LETTERS = new Set(
  ['a', 'a\u0302', 'a\u0306', 'e', 'e\u0302', 'i', 'o', 'o\u0302', 'o\u031b', 'u', 'u\u031b', 'y'].flatMap((vowel) =>
    TONES.flatMap((tone) => [nfc(vowel + tone), nfc(vowel + tone).toUpperCase()]),
  ),
);
VIETNAMESE_LETTERS.add('đ').add('Đ');

/** Characters TCVN3 text is full of and no Unicode Vietnamese word holds (à á ả ạ đ â ê ô ơ ư ă). */
const TCVN3_MARK = /[\u00a1-\u00be]/;
/** Characters of VNI text that are no Vietnamese letter. */
const VNI_MARK = /[øûïåäëüîæñöØÛÏÅÄËÜÎÆÑÖ]/;

export type LegacyEncoding = 'tcvn3' | 'vni';

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

/** Marks that are also punctuation in Unicode text: they count only between two letters ("C«ng"). */
const QUOTE_LIKE = /[«»·]/;

/** Marks standing in a word: next to a letter or another mark, so "«học tập số»" is no TCVN3. */
function marksInWords(text: string, mark: RegExp): number {
  const chars = [...text];
  const wordy = (c: string | undefined) => isLetter(c) || (c !== undefined && mark.test(c));
  return chars.filter((c, i) => {
    if (!mark.test(c)) return false;
    const before = wordy(chars[i - 1]);
    const after = wordy(chars[i + 1]);
    return QUOTE_LIKE.test(c) ? before && after : before || after;
  }).length;
}

/** Nothing left but ASCII, Vietnamese letters and ordinary punctuation. */
function isCleanVietnamese(text: string): boolean {
  return [...text].every((c) => c <= '\u007f' || VIETNAMESE_LETTERS.has(c) || (/[\p{P}\p{Z}\p{N}\p{S}]/u.test(c) && !TCVN3_MARK.test(c) && !VNI_MARK.test(c)));
}

export function decodeLegacy(text: string, encoding: LegacyEncoding): string {
  if (encoding === 'tcvn3') return [...text].map((c) => TCVN3.get(c) ?? c).join('');
  let out = '';
  for (let i = 0; i < text.length;) {
    const pair = VNI.get(text.slice(i, i + 2));
    if (pair) {
      out += pair;
      i += 2;
      continue;
    }
    const c = text.charAt(i);
    out += VNI.get(c) ?? c;
    i += 1;
  }
  return out;
}

/**
 * The legacy encoding a cell's text is written in, or null for Unicode text. A few marks inside
 * words are needed (one per 40 letters), and the text must decode to clean Vietnamese.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!TCVN3_MARK.test(text) && !VNI_MARK.test(text)) return null; // nearly every cell: one look
  const letters = [...text].filter((c) => isLetter(c)).length;
  const needed = Math.max(1, Math.ceil(letters / 40));
  for (const [encoding, mark] of [
    ['tcvn3', TCVN3_MARK],
    ['vni', VNI_MARK],
  ] as const) {
    if (encoding === 'vni' && TCVN3_MARK.test(text)) continue;
    if (marksInWords(text, mark) >= needed && isCleanVietnamese(decodeLegacy(text, encoding))) return encoding;
  }
  return null;
}
