/**
 * Which unit sent a workbook, and how sure that is. A Vietnamese administrative document states its
 * sender in its letterhead (Nghị định 30/2020/NĐ-CP): the governing body on the first line, the
 * issuing body below it ("UBND THÀNH PHỐ HẢI PHÒNG" over "CÔNG AN THÀNH PHỐ HẢI PHÒNG"), so the unit
 * is the lower line. A "Đơn vị: ..." label says it outright; a file name may carry the unit's name or
 * its abbreviation ("CATP.xlsx", "SGDDT_T11.xlsx"). Every name is matched to the plan's own units and
 * the unit directory with the place name, case and diacritics set aside; a name that matches none is
 * kept as written and flagged, and a sheet name, a title or a file name that names no unit never
 * becomes a unit.
 */
import type { Language } from '../findings';
import { cellText, type Grid } from '../grid';
import { DAY_IN_DIGITS, DAY_IN_WORDS, writtenDayOf } from '../calendar';
import { TEXT } from '../i18n';
import type { DirectoryEntry } from '../unitDirectory';
import { fold, joinLines, squish } from '../text';
import { namesOneUnit, type Unit, unitKey } from '../units';

/**
 * Where a report's unit came from; `rows`: inferred from the tasks the file filled; `user`: set by
 * the user; `template`: the template phuluc made for the unit (its custom properties).
 */
export type UnitFrom = 'label' | 'letterhead' | 'file' | 'alias' | 'rows' | 'user' | 'template';

/** Rows above the table where a letterhead or label can be. */
const LETTERHEAD_ROWS = 10;

/** The text lines above the table (at most the first ten rows): where a letterhead or a "Đơn vị:" label is. */
export function letterhead(grid: Grid, headerRow: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(headerRow, LETTERHEAD_ROWS); r++) {
    for (const cell of grid.rows[r] ?? []) for (const line of cellText(cell).split(/\r?\n/)) if (line.trim()) lines.push(squish(line));
  }
  return lines;
}

const LABEL = /^(?:ten )?don vi(?: bao cao| thuc hien)?\s*:\s*/;
/** Lines of the letterhead block that are not the sender: the national motto, the number, the place and date. */
const NOT_SENDER = /^(?:cong hoa|doc lap|so\s*:|so\s+\d|v\/v|ve viec|kinh gui)|,\s*ngay\b|^ngay\b/;
/** Where the letterhead block ends: the document's title or its addressee. */
const TITLE = /^(?:bao cao|ke hoach|phu luc|tong hop|danh muc|bieu|bang|ket qua|tinh hinh|kinh gui|so lieu)/;

/** The "Đơn vị: ..." label's text, if the file has one. */
export function labelledUnit(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (LABEL.test(fold(line))) return joinLines(line.slice(line.indexOf(':') + 1)) || null;
  }
  return null;
}

/**
 * The issuing body of the letterhead: the lowest line of the block above the title that names one
 * unit (or that `isKnown`, an alias without a unit word), with the capitalised line that continues
 * it when its name wraps ("SỞ KHOA HỌC VÀ" / "CÔNG NGHỆ").
 */
export function letterheadUnit(lines: readonly string[], isKnown: (line: string) => boolean = () => false): string | null {
  let sender: string | null = null;
  let open = false;
  for (const line of lines) {
    const folded = fold(line).trim();
    if (!/[a-z]/.test(folded)) continue; // "_______" under the letterhead
    if (TITLE.test(folded)) break;
    // The motto and the number stand in the right-hand column, between the lines of a wrapped name.
    if (NOT_SENDER.test(folded) || LABEL.test(folded)) continue;
    if (namesOneUnit(line) || isKnown(line)) {
      sender = line;
      open = true;
    } else if (open && sender && line === line.toUpperCase()) {
      sender = `${sender} ${line}`;
    } else open = false;
  }
  return sender;
}

const SIGNED_ON = new RegExp(`,\\s*(?:ngay\\s*${DAY_IN_DIGITS}|${DAY_IN_WORDS})`);

/** The day the report was signed ("Hải Phòng, ngày 13 tháng 11 năm 2025"), as an ISO day. */
export function reportDate(lines: readonly string[]): string | null {
  for (const line of lines) {
    const match = SIGNED_ON.exec(fold(line));
    if (match) return writtenDayOf(match);
  }
  return null;
}

/** Words that name an administrative level in front of a place ("thành phố Hải Phòng", "tỉnh Đồng Nai"). */
const LEVEL = /\b(?:thanh pho|tinh)\s+([a-z0-9]+(?: [a-z0-9]+){0,2})/g;
const LEVEL_AT_END = / (?:thanh pho|tinh)$/;

/** The place names a plan speaks of ("hai phong"): what a letterhead may add after a unit's name. */
function placesIn(text: string): Set<string> {
  const places = new Set<string>();
  for (const match of unitKey(text).matchAll(LEVEL)) {
    const [, place] = match;
    if (place === undefined) continue;
    const words = place.split(' ').filter((w) => w !== 'va');
    for (let n = 1; n <= words.length; n++) places.add(words.slice(0, n).join(' '));
  }
  return places;
}

/**
 * The plan's own place: what its title names, and what at least two of its units' names share
 * ("Thuế thành phố Hải Phòng", "BHXH thành phố Hải Phòng"). A place one unit names is that unit's
 * own ("UBND thành phố Thủy Nguyên"): setting it aside would make Công an thành phố Thủy Nguyên the
 * city's Công an thành phố.
 */
function planPlaces(titles: readonly string[], unitNames: readonly string[]): string[] {
  const places = new Set(titles.flatMap((title) => [...placesIn(title)]));
  const named = new Map<string, number>();
  for (const name of new Set(unitNames)) for (const place of placesIn(name)) named.set(place, (named.get(place) ?? 0) + 1);
  for (const [place, count] of named) if (count >= 2) places.add(place);
  return [...places].sort((a, b) => b.length - a.length);
}

/** The initials of a key's words ("so giao duc va dao tao" → "sgddt"), numbers kept whole. */
function initials(key: string): string {
  return key
    .split(' ')
    .filter((w) => w && w !== 'va')
    .map((w) => (/^\d+$/.test(w) ? w : w[0]))
    .join('');
}

/** The words of a file's name: split at punctuation, case changes and digits ("BaoCao_CATP-T11" → bao cao catp t 11). */
function fileWords(file: string): string[] {
  const stem = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]+$/, '');
  return fold(stem.replace(/([a-zà-ỹđ])([A-ZÀ-ỸĐ])/g, '$1 $2'))
    .split(/[^a-z0-9&]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    .filter(Boolean);
}

export interface UnitCatalogue {
  /** The unit a whole text names (a letterhead line, a label), in the plan's spelling; null when none. */
  named(text: string): { unit: string; alias: boolean } | null;
  /** The unit a file's name names, by its full name or an abbreviation; null when none or several. */
  inFileName(file: string): { unit: string; text: string; alias: boolean } | null;
  /** The plan's spelling of a unit (the most used, when the plan spells it several ways). */
  canonical(name: string): string;
  isKnown(name: string): boolean;
}

/**
 * The units a report may come from: the plan's named units (lead and support) and the directory's
 * with their aliases. `placeTexts` are the plan's title and unit names, where its place is named.
 */
export function unitCatalogue(units: readonly Unit[], directory: readonly DirectoryEntry[], placeTexts: readonly string[]): UnitCatalogue {
  const places = planPlaces(
    placeTexts,
    units.filter((u) => !u.collective).map((u) => u.name),
  );
  /** The key without the plan's place and the level word: "cong an thanh pho hai phong" → "cong an". */
  const core = (key: string): string => {
    let stripped = key;
    for (const place of places) {
      if (!stripped.endsWith(` ${place}`)) continue;
      const rest = stripped.slice(0, -place.length - 1);
      if (LEVEL_AT_END.test(rest) || place.includes(' ')) stripped = rest;
      break;
    }
    return stripped.replace(LEVEL_AT_END, '');
  };

  const spellings = new Map<string, Map<string, number>>();
  for (const unit of units) {
    if (unit.collective) continue;
    const counts = spellings.get(unit.key) ?? new Map<string, number>();
    counts.set(unit.name, (counts.get(unit.name) ?? 0) + 1);
    spellings.set(unit.key, counts);
  }
  const byKey = new Map<string, string>();
  // Each key's most written spelling (the first written, of equally many).
  for (const [key, counts] of spellings) {
    let most: [string, number] | null = null;
    for (const spelling of counts) if (!most || spelling[1] > most[1]) most = spelling;
    if (most) byKey.set(key, most[0]);
  }

  /** A key to the name it stands for; a key two units share stands for none. */
  const byCore = new Map<string, string | null>();
  const addCore = (key: string, name: string) => {
    const c = core(key);
    if (c) byCore.set(c, byCore.has(c) && byCore.get(c) !== name ? null : name);
  };
  for (const [key, name] of byKey) addCore(key, name);

  const resolve = (text: string): string | null => {
    const key = unitKey(text);
    return byKey.get(key) ?? byCore.get(core(key)) ?? null;
  };

  /** Directory names in the plan's spelling where the plan names them; their aliases as keys and as file-name words. */
  const aliasKeys = new Map<string, string>();
  const aliasWords = new Map<string, string>();
  for (const { name, aliases } of directory) {
    const unit = resolve(name) ?? squish(name);
    if (!byKey.has(unitKey(unit))) {
      byKey.set(unitKey(unit), unit);
      addCore(unitKey(unit), unit);
    }
    for (const alias of aliases) {
      aliasKeys.set(unitKey(alias), unit);
      aliasWords.set(fold(alias).replace(/[^a-z0-9&]/g, ''), unit);
    }
  }

  /** Abbreviations formed from every unit's name, kept only where they name one unit. */
  const abbreviations = new Map<string, string | null>();
  for (const [key, name] of byKey) {
    const full = initials(key);
    const forms = new Set([full, initials(core(key)), initials(key.replace(LEVEL_AT_END, ''))]);
    for (let n = 4; n < full.length; n++) forms.add(full.slice(0, n));
    for (const form of forms) {
      if (form.length < 3) continue; // "CA", "SO": too short to name one unit
      abbreviations.set(form, abbreviations.has(form) && abbreviations.get(form) !== name ? null : name);
    }
  }

  const named = (text: string) => {
    const unit = resolve(text);
    if (unit) return { unit, alias: false };
    const alias = aliasKeys.get(unitKey(text));
    return alias ? { unit: alias, alias: true } : null;
  };

  return {
    named,
    inFileName(file) {
      const words = fileWords(file);
      const joined = ` ${unitKey(words.join(' '))} `;
      const pieces = [...words, ...words.slice(1).map((w, i) => `${words[i]}${w}`)];
      // The directory's aliases first (the office wrote them), then a unit's full name, then abbreviations.
      const aliases = [
        ...[...aliasKeys].filter(([key]) => joined.includes(` ${key} `)).map(([key, unit]) => ({ unit, text: key })),
        ...pieces.flatMap((piece) => {
          const unit = aliasWords.get(piece);
          return unit === undefined ? [] : [{ unit, text: piece }];
        }),
      ];
      const fullNames = [...byKey].filter(([key]) => joined.includes(` ${key} `)).map(([key, unit]) => ({ unit, text: key }));
      const short = pieces.flatMap((piece) => {
        const unit = abbreviations.get(piece);
        return unit ? [{ unit, text: piece }] : [];
      });
      for (const [found, alias] of [
        [aliases, true],
        [fullNames, false],
        [short, false],
      ] as const) {
        // Of several, the longest match, when it is longer than any naming another unit ("vp-ubnd-tp": Văn phòng UBND, not UBND).
        const [best, next] = [...found].sort((a, b) => b.text.length - a.text.length);
        if (best && (!next || next.unit === best.unit || next.text.length < best.text.length)) return { ...best, alias };
        if (best) return null;
      }
      return null;
    },
    canonical: (name) => byKey.get(unitKey(name)) ?? resolve(name) ?? name,
    isKnown: (name) => resolve(name) !== null || aliasKeys.has(unitKey(name)),
  };
}

/** One thing in a file that names (or fails to name) its unit. `unit` is the plan's unit it names, if any. */
/** What names a file's unit: its label, letterhead, name, ... or the rows it filled, which carry their counts. */
export type Evidence = { from: Exclude<UnitFrom, 'rows'>; text: string; unit: string | null } | RowsEvidence;

interface RowsEvidence {
  from: 'rows';
  text: string;
  unit: string | null;
  /** The filled rows the unit leads, of all the filled rows; with no unit, the units that lead most of them. */
  rows: { led: number; filled: number; leaders?: [string, number][] };
}

export interface ReportingUnit {
  /** Null when nothing in the file names a unit. */
  unit: string | null;
  from: UnitFrom | null;
  /** One of the plan's or the directory's units. */
  known: boolean;
  /** The user should check it: inferred, contradicted by other evidence, or not a known unit. */
  confirm: boolean;
  evidence: Evidence[];
}

/** A filled row of the report: the plan's lead and support units of the task it matched. */
export interface FilledRow {
  lead: string[];
  support: string[];
}

/**
 * The unit that leads most of the filled rows, when it leads more than half of them and more than
 * any other; otherwise, when rows are filled, the units that lead them (no unit: a plan or a
 * consolidation filled for many units looks like this).
 */
function inferFromRows(filled: readonly FilledRow[]): RowsEvidence | null {
  const counts = new Map<string, number>();
  for (const row of filled) for (const unit of new Set(row.lead)) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  const leaders = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = leaders;
  if (!best) return null;
  if (best[1] * 2 <= filled.length || (second && second[1] === best[1]))
    return { from: 'rows', text: '', unit: null, rows: { led: 0, filled: filled.length, leaders: leaders.slice(0, 3) } };
  return { from: 'rows', text: best[0], unit: best[0], rows: { led: best[1], filled: filled.length } };
}

/**
 * The reporting unit of one file. The user's choice wins; then the unit a template of this plan was
 * made for (`template`: certain, phuluc wrote it); then what the file says of itself (its label, its
 * letterhead's issuing body, its file name), the first that names a known unit; then the unit that
 * leads the rows it filled, which is a guess to confirm. A written name that is no known unit is kept
 * as written, to confirm; nothing else (a title, a sheet, a file name) becomes a unit.
 */
export function reportingUnit(
  input: { file: string; lines: readonly string[]; filled: readonly FilledRow[]; user?: string; template?: string },
  catalogue: UnitCatalogue,
): ReportingUnit {
  if (input.user) {
    const unit = catalogue.canonical(input.user);
    return { unit, from: 'user', known: catalogue.isKnown(unit), confirm: false, evidence: [{ from: 'user', text: input.user, unit }] };
  }
  if (input.template) {
    const unit = catalogue.canonical(input.template);
    const known = catalogue.isKnown(unit);
    return { unit, from: 'template', known, confirm: !known, evidence: [{ from: 'template', text: input.template, unit: known ? unit : null }] };
  }
  const evidence: Evidence[] = [];
  const written = (from: 'label' | 'letterhead', text: string | null) => {
    if (text) evidence.push({ from, text, unit: catalogue.named(text)?.unit ?? null });
  };
  // A label says outright what a letterhead says by position: with a label, the letterhead's line may be the governing body.
  const label = labelledUnit(input.lines);
  if (label) written('label', label);
  else
    written(
      'letterhead',
      letterheadUnit(input.lines, (line) => catalogue.named(line) !== null),
    );
  const inName = catalogue.inFileName(input.file);
  if (inName) evidence.push({ from: inName.alias ? 'alias' : 'file', text: input.file.split(/[\\/]/).pop() ?? input.file, unit: inName.unit });
  const rows = inferFromRows(input.filled);
  const inferred = rows?.unit ? rows : null;

  const named = evidence.flatMap((e) => (e.unit === null ? [] : [{ from: e.from, unit: e.unit }]));
  const first = named[0];
  if (first) {
    const { unit } = first;
    // Evidence that disagrees: two known units, or a label or letterhead naming a unit that is no known one.
    let confirm = new Set(named.map((e) => e.unit)).size > 1 || evidence.some((e) => (e.from === 'label' || e.from === 'letterhead') && e.unit === null);
    // Rows that all belong to another unit, none to this one: the file says one thing and its content another.
    if (inferred && inferred.unit !== unit && !input.filled.some((row) => row.lead.includes(unit) || row.support.includes(unit))) {
      evidence.push(inferred);
      confirm = true;
    }
    return { unit, from: first.from, known: true, confirm, evidence };
  }
  if (inferred) return { unit: inferred.unit, from: 'rows', known: true, confirm: true, evidence: [...evidence, inferred] };
  if (rows) evidence.push(rows);
  const unknown = evidence.find((e) => e.from === 'label' || e.from === 'letterhead');
  if (unknown) return { unit: squish(unknown.text), from: unknown.from, known: false, confirm: true, evidence };
  return { unit: null, from: null, known: false, confirm: true, evidence };
}

/** The units that lead most of the rows: "Sở A 2, Sở B 2". */
function leaders(e: RowsEvidence): string {
  return (e.rows.leaders ?? []).map(([unit, count]) => `${unit} ${count}`).join(', ');
}

/** The evidence as the user reads it: "tiêu đề văn bản "CÔNG AN THÀNH PHỐ HẢI PHÒNG"; tên tệp "CATP.xlsx"". */
export function describeEvidence(evidence: readonly Evidence[], lang: Language): string {
  const words = TEXT[lang].consolidation.evidence;
  if (!evidence.length) return words.nothing;
  const rows = (e: RowsEvidence) => (e.unit ? words.rowsLed(e.rows.led, e.rows.filled, e.text) : words.rowsOfSeveral(e.rows.filled, leaders(e)));
  return evidence.map((e) => (e.from === 'rows' ? rows(e) : words.from[e.from](e.text) + (e.unit === null ? ` (${words.notAKnownUnit})` : ''))).join('; ');
}
