/**
 * The units a report can be from, and what the pane remembers when the user sets or confirms a
 * file's unit: the name the file wrote (its letterhead or label), else its file name, as an alias
 * of that unit in the workbook's unit directory, so next month's file from the same unit is
 * recognised without asking.
 */
import { unitCatalogue } from '../core/consolidate/reportingUnit';
import type { AppendixTable } from '../core/table';
import { fold, squish } from '../core/text';
import type { DirectoryEntry } from '../core/unitDirectory';
import { type Unit, unitKey } from '../core/units';

/** The plan's named units, lead and support (no collectives such as "Các sở, ban, ngành"), one per key. */
export function planUnits(tables: readonly AppendixTable[]): Unit[] {
  const units = new Map<string, Unit>();
  for (const unit of tables.flatMap((table) => table.tasks.flatMap((task) => [...task.lead, ...task.support]))) {
    if (!unit.collective && !units.has(unit.key)) units.set(unit.key, unit);
  }
  return [...units.values()];
}

/** The names the user can choose a file's unit from: the plan's units and the directory's, alphabetically. */
export function unitChoices(tables: readonly AppendixTable[], directory: readonly DirectoryEntry[]): string[] {
  const names = new Map<string, string>();
  for (const name of [...planUnits(tables).map((u) => u.name), ...directory.map((e) => e.name)]) if (!names.has(unitKey(name))) names.set(unitKey(name), name);
  return [...names.values()].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Words of the names Excel, Windows and clerks give a file that says nothing of its sender. */
const GENERIC_WORDS = new Set(
  (
    'book sheet new microsoft excel worksheet workbook copy of untitled document file final tep ban sao chinh sua moi cu ' +
    'bao cao baocao bc tong hop tonghop th ke hoach kh phu luc pl bieu mau so lieu du danh sach ket qua kq thuc hien tinh hinh ' +
    'nhiem vu de an thang nam quy ky dot lan gui nop t q v'
  ).split(' '),
);

/** "Book1", "Sheet1", "Bao cao thang 11", "New Microsoft Excel Worksheet (2)": a name that names no unit. */
export function isGenericName(stem: string): boolean {
  return fold(stem)
    .replace(/(\d+)/g, ' $1 ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !/^\d+$/.test(word))
    .every((word) => GENERIC_WORDS.has(word));
}

/** The file's name without folder and extension, separators as spaces ("bao-cao_CATP.xlsx" → "bao cao CATP"). */
function stem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  return squish(name.replace(/\.[^.]+$/, '').replace(/[-_.]+/g, ' '));
}

/** What to remember for a file: the unit's name as the file writes it, else its file name unless that is a generic one. */
export function aliasOf(file: string, written: string | null): { text: string; fileName: boolean } | null {
  if (written?.trim()) return { text: squish(written), fileName: false };
  const text = stem(file);
  return text && !isGenericName(text) ? { text, fileName: true } : null;
}

/** A change to the directory: the unit in the plan's spelling, and the alias added to it (null when only the unit was added). */
export interface Remembered {
  directory: DirectoryEntry[];
  unit: string;
  alias: string | null;
}

/**
 * The directory with `alias` remembered as a name of `unit`, or null when there is nothing new to
 * remember: the alias already leads to that unit, or it names another of the plan's units (a
 * letterhead of Công an on a file the user gives to Sở Tư pháp must not send Công an's files to Sở
 * Tư pháp next month). A unit that is neither the plan's nor in the directory gets an entry of its
 * own, so it is known from then on. An alias the directory gave another unit before moves to this
 * one: the user's latest word wins.
 */
export function rememberUnit(
  directory: readonly DirectoryEntry[],
  tables: readonly AppendixTable[],
  unit: string,
  alias: { text: string; fileName: boolean } | null,
): Remembered | null {
  const catalogue = unitCatalogue(planUnits(tables), directory, tables.map((t) => t.title));
  const target = catalogue.canonical(unit);
  const key = unitKey(target);
  const entryOf = (entry: DirectoryEntry) => unitKey(catalogue.canonical(entry.name)) === key || unitKey(entry.name) === key;

  let remembered = alias;
  if (alias) {
    const named = alias.fileName ? catalogue.inFileName(alias.text) : catalogue.named(alias.text);
    if (named && unitKey(named.unit) !== key && !named.alias) return null; // another unit's own name
    if ((named && unitKey(named.unit) === key) || unitKey(alias.text) === key) remembered = null; // already leads to this unit
  }
  const known = catalogue.isKnown(target) || directory.some(entryOf);
  if (!remembered && known) return null;

  const aliasKey = remembered ? unitKey(remembered.text) : null;
  const next = directory.map((entry) => (entryOf(entry) ? entry : { ...entry, aliases: entry.aliases.filter((a) => unitKey(a) !== aliasKey) }));
  const own = next.findIndex(entryOf);
  const added = { unit: target, alias: remembered?.text ?? null };
  if (own < 0) return { directory: [...next, { name: target, aliases: remembered ? [remembered.text] : [] }], ...added };
  const entry = next[own]!;
  if (remembered && !entry.aliases.some((a) => unitKey(a) === aliasKey)) next[own] = { ...entry, aliases: [...entry.aliases, remembered.text] };
  return { directory: next, ...added };
}
